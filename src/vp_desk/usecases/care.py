"""Use cases of aftercare, the crisis card and the paper trail (issue 15), on top of
:class:`DeskService`. Nothing here imports Qt."""

from __future__ import annotations

from datetime import date

from vp_desk.domain import care
from vp_desk.domain.catalog import Item
from vp_desk.domain.models import Dossier, Intervention
from vp_desk.storage import care as care_store
from vp_desk.usecases.desk import DeskService, Invalid


class CareDesk:
    def __init__(self, service: DeskService) -> None:
        self.service = service

    # -- aftercare ------------------------------------------------------------------
    def aftercare(self, dossier_id: int) -> date | None:
        return care_store.aftercare_date(self.service.vault, dossier_id)

    def set_aftercare(self, dossier_id: int, day: date | None) -> None:
        """Plan the follow-up conversation (``day``) or remove it once done (None)."""
        msgs = care.validate_aftercare(day, self.service.dossier(dossier_id))
        if msgs:
            raise Invalid(msgs)
        care_store.set_aftercare_date(self.service.vault, dossier_id, day)

    # -- crisis ---------------------------------------------------------------------
    def crisis_card_due(self, org_id: int | None, themes) -> bool:
        if org_id is None:
            return False
        return care.crisis_card_due(self.service.profile_of(org_id), themes, self.service.rule_switches(org_id))

    def crisis_lines(self, org_id: int) -> list[tuple[str, Item]]:
        return care.crisis_lines(self.service.organisation(org_id).profile)

    def crisis_steps(self, org_id: int) -> list[str]:
        return care.crisis_steps(self.service.repo.crisis_steps(org_id))

    def crisis_text(self, org_id: int | None) -> str:
        return "" if org_id is None else self.service.repo.crisis_steps(org_id)

    # -- paper trail ----------------------------------------------------------------
    def missing_signed_requests(self, dossier: Dossier,
                                interventions: list[Intervention] | None = None) -> list[Intervention]:
        """BE: the dossier's interventions whose type has no signed request (``interventions``:
        the dossier's, when the caller has read them already)."""
        if interventions is None:
            interventions = self.service.interventions(dossier.id)
        return care.missing_signed_requests(self.service.profile_of(dossier.org_id), interventions,
                                            self.service.paper_documents(dossier.id) if interventions else [])
