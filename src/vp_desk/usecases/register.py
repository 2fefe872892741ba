"""Use cases of the register of facts by third parties (BE): numbered entries per
organisation, the correction rule and the deletion of the last entry only."""

from __future__ import annotations

from datetime import date

from vp_desk.domain.models import Organisation, RegisterEntry
from vp_desk.storage.register import RegisterStore
from vp_desk.usecases.desk import DeskService


class RegisterBook:
    def __init__(self, service: DeskService) -> None:
        self.service = service
        self._store = RegisterStore(service.vault)

    def organisations(self) -> list[Organisation]:
        return self.service.organisations()

    def organisation(self, org_id: int) -> Organisation:
        return self.service.organisation(org_id)

    def entries(self, org_id: int, start: date | None = None, end: date | None = None) -> list[RegisterEntry]:
        return self._store.entries(org_id, start, end)

    def entry(self, entry_id: int) -> RegisterEntry:
        return self._store.entry(entry_id)

    def last_seq(self, org_id: int) -> int:
        return self._store.last_seq(org_id)

    def neighbours(self, org_id: int, seq: int | None) -> tuple[date | None, date | None]:
        """Registration dates of the entries before and after ``seq`` (the numbering rule)."""
        return self._store.neighbours(org_id, seq)

    def save(self, e: RegisterEntry) -> int:
        return self._store.save(e)

    def delete_last(self, entry_id: int) -> None:
        """Refused (``NotLastEntry``) unless the entry is the last one: numbers stay gap-free."""
        self._store.delete_last(entry_id)
