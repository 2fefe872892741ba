"""Use cases of the retention screen: what is due for erasure (dossiers, register entries,
signals and advice), confirming it, erasing for real, and the deletion log."""

from __future__ import annotations

from collections.abc import Iterable

from vp_desk.domain.catalog import profile
from vp_desk.domain.retention import RECORD_SIGNAL, RetentionItem
from vp_desk.domain.signals import ADDRESSEES
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

    def signal_labels(self, items: Iterable[RetentionItem], lang: str) -> dict[tuple[int, str], str]:
        """The addressee kind of each listed signal, as the organisation's profile names it."""
        out: dict[tuple[int, str], str] = {}
        profiles = {o.id: o.profile for o in self.service.organisations(include_archived=True)}
        for i in items:
            if i.record_type == RECORD_SIGNAL and i.org_id in profiles:
                out[(i.org_id, i.label)] = profile(profiles[i.org_id]).label(ADDRESSEES, i.label, lang)
        return out

    def language_of(self, org_id: int) -> str:
        return self.service.organisation(org_id).language
