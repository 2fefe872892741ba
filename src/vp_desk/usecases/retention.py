"""Use cases of the retention screen: what is due for erasure, confirming it, erasing
for real, and the deletion log."""

from __future__ import annotations

from collections.abc import Iterable

from vp_desk.domain.retention import RetentionItem
from vp_desk.storage.retention import LogRow, RetentionStore
from vp_desk.usecases.desk import DeskService


class RetentionDesk:
    def __init__(self, service: DeskService) -> None:
        self.service = service
        self._store = RetentionStore(service.vault)

    def review(self) -> list[RetentionItem]:
        return self._store.review(self.service.today())

    def log(self) -> list[LogRow]:
        return self._store.log()

    def confirm_erasure(self, dossier_ids: Iterable[int]) -> None:
        self._store.confirm_erasure(dossier_ids)

    def erase(self, items: Iterable[RetentionItem]) -> dict[str, int]:
        """Erase in one transaction and rebuild the file; returns counts per record type."""
        return self._store.erase(items, self.service.today())

    def organisation_names(self) -> dict[int, str]:
        return self.service.organisation_names()

    def language_of(self, org_id: int) -> str:
        return self.service.organisation(org_id).language
