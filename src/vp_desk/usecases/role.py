"""Use cases of the own-role screen: the confidant's own activities (training,
intervision, prevention work) and the dossier counts the obligations are judged on."""

from __future__ import annotations

from datetime import date

from vp_desk.domain import obligations as ob
from vp_desk.domain.catalog import profile
from vp_desk.domain.models import Organisation, OwnActivity
from vp_desk.usecases.desk import DeskService, Invalid


class RoleDesk:
    def __init__(self, service: DeskService) -> None:
        self.service = service

    def organisations(self) -> list[Organisation]:
        return self.service.organisations()

    def organisation(self, org_id: int) -> Organisation:
        return self.service.organisation(org_id)

    def organisation_names(self) -> dict[int, str]:
        return self.service.organisation_names()

    def activities(self, org_id: int | None = None) -> list[OwnActivity]:
        """Activities of ``org_id`` and those for every organisation; all when ``None``."""
        return self.service.repo.own_activities(org_id) if org_id is not None else self.service.repo.own_activities()

    def save_activity(self, a: OwnActivity) -> int:
        """Checked against the BE catalogue of activities; :class:`Invalid` if it is wrong."""
        msgs = ob.validate_own_activity(a, profile("BE").keys("own_activities"), self.service.today())
        if msgs:
            raise Invalid(msgs)
        return self.service.repo.save_own_activity(a)

    def file_certificate(self, a: OwnActivity, day: date | None) -> OwnActivity:
        """Record that the paper certificate of ``a`` was filed on ``day`` (None: not yet)."""
        from dataclasses import replace

        b = replace(a, certificate_date=day)
        self.save_activity(b)
        return b

    def delete_activity(self, activity_id: int) -> None:
        self.service.repo.delete("own_activity", activity_id)

    def rule_switches(self, org_id: int) -> dict[str, bool]:
        """The organisation's switches of its profile's practice rules (see :mod:`.desk`)."""
        return self.service.rule_switches(org_id)

    def dossiers_per_year(self, org_id: int) -> dict[int, int]:
        return self.service.repo.dossiers_per_year(org_id)
