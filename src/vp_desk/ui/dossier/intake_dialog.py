"""New intake / edit intake: the first conversation, recorded in under a minute.

What is typed is autosaved every few seconds as a draft inside the vault (never anywhere
else) and on lock; reopening the dialog restores it."""

from __future__ import annotations

import contextlib
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox

from vp_desk.domain import rules
from vp_desk.domain.catalog import Profile, profile
from vp_desk.domain.dates import format_day
from vp_desk.domain.models import Dossier
from vp_desk.domain.validation import QT_TRANSLATE_NOOP, Message
from vp_desk.i18n import current_language
from vp_desk.ui.common.fit import fit_to_screen
from vp_desk.ui.common.form_base import AUTOSAVE_MS, fill_combo, pydate, qdate
from vp_desk.ui.dossier.checklist import checked_keys, fill_checklist, set_checked
from vp_desk.ui.dossier.crisis_card import CrisisCard
from vp_desk.ui.dossier.intake_form import IntakeForm
from vp_desk.usecases.desk import DeskService, Invalid


class IntakeDialog(IntakeForm):
    saved = Signal(int)
    draft_kind = "intake"

    def __init__(self, service: DeskService, dossier: Dossier | None = None, org_id: int | None = None,
                 parent=None, autosave_ms: int = AUTOSAVE_MS) -> None:
        super().__init__(service, parent)
        self.dossier = dossier
        self.saved_id: int | None = None
        self.dossier_title(self.tr("New intake") if dossier is None else self.tr("Edit intake"), dossier)
        fit_to_screen(self, 940, 720)
        self._build_request_fields(dossier, org_id)
        self._build_count_fields(dossier)
        self._build_layout()
        self._start(dossier, org_id, autosave_ms)
        self.crisis_card = CrisisCard.follow_intake(self)  # issue 15, i15-care: help lines on a suicide theme

    def _start(self, dossier: Dossier | None, org_id: int | None, autosave_ms: int) -> None:
        """Fill the choices of the organisation's profile, restore a draft, start autosaving."""
        self._profile_code = ""
        self._apply_profile(dossier)
        self.org.currentIndexChanged.connect(lambda _i: self._org_changed())
        self.request_date.dateChanged.connect(lambda _d: self._request_date_changed())
        self.intake_date.dateChanged.connect(lambda _d: self._update_deadline())
        self.heard.toggled.connect(lambda _c: self._update_deadline())
        for cb in (self.senior, self.group, self.paps):
            cb.toggled.connect(lambda _c: self._update_reminder())
        self.themes.itemChanged.connect(lambda _i: self._update_reminder())
        if dossier is None:
            self._suggest_code()
        self._update_deadline()
        self._update_reminder()
        self.start_drafts(autosave_ms)
        # start where a choice is needed: the organisation when there are several to pick from
        ambiguous = dossier is None and org_id is None and self.org.count() > 1
        self.first_field = self.org if ambiguous else self.request_date
        self.first_field.setFocus()

    # -- helpers ------------------------------------------------------------------
    @property
    def dossier_id(self) -> int | None:
        return self.dossier.id if self.dossier is not None else None

    def profile(self) -> Profile:
        org_id = self.org.currentData()
        if org_id is None:
            return profile("BE")
        return self.service.profile_of(org_id)

    def _apply_profile(self, dossier: Dossier | None = None) -> None:
        prof = self.profile()
        self._profile_code = prof.code
        d = dossier
        fill_combo(self.channel, prof, "channels", d.channel if d else None)
        fill_combo(self.sphere, prof, "spheres", d.sphere if d else None)
        fill_combo(self.relation, prof, "relations", d.relation if d else None)
        fill_combo(self.gender, prof, "genders", d.gender if d else None, optional=True)
        fill_combo(self.age_band, prof, "age_bands", d.age_band if d else None, optional=True)
        fill_combo(self.role, prof, "roles", d.role if d else None, optional=True)
        if d is not None:
            if d.gender is None:
                self.gender.setCurrentIndex(0)
            if d.age_band is None:
                self.age_band.setCurrentIndex(0)
            if d.role is None:
                self.role.setCurrentIndex(0)
        fill_combo(self.requester, prof, "requester_positions", d.requester if d else None, optional=True)
        if d is not None and d.requester is None:
            self.requester.setCurrentIndex(0)  # an older dossier: not recorded
        elif d is None and self.requester.currentData() is None:
            self.requester.setCurrentIndex(self.requester.findData("concerned"))  # most requests
        fill_checklist(self.themes, prof.items("themes"), set(d.themes) if d else set(self.checked_themes()))
        fill_checklist(self.domains, prof.items("risk_domains"),
                       set(d.domains) if d else set(checked_keys(self.domains)))
        self.domains.setToolTip(prof.list_source("risk_domains", current_language()))
        be = prof.code == "BE"
        self.domains_label.setVisible(bool(prof.items("risk_domains")))
        self.domains_box.setVisible(bool(prof.items("risk_domains")))
        self.paps.setVisible(be)
        if d is not None:
            self.senior.setChecked(d.senior_involved)
            self.group.setChecked(d.group_problem)
            self.formal.setChecked(d.formal_request_considered)
            self.paps.setChecked(d.paps_involved)

    def _org_changed(self) -> None:
        if self.profile().code != self._profile_code:
            self._apply_profile()
        self._suggest_code()
        self._update_deadline()
        self._update_reminder()

    def _request_date_changed(self) -> None:
        self._suggest_code()
        self._update_deadline()

    def _suggest_code(self) -> None:
        if self.dossier is not None or self.org.currentData() is None:
            return
        if self.code.text() and self.code.text() != self._suggested:
            return  # the user typed their own pseudonym: keep it
        self._suggested = self.service.suggest_code(self.org.currentData(), pydate(self.request_date.date()))
        self.code.setText(self._suggested)

    def _update_deadline(self) -> None:
        deadline = rules.first_hearing_deadline(self.profile(), pydate(self.request_date.date()))
        if deadline is None:
            self.deadline.clear()
            self.deadline.hide()
            return
        when = format_day(deadline)
        if not self.heard.isChecked():
            text = self.tr("Not heard yet: hear the requester by %1 (10 calendar days after the request).")
        elif pydate(self.intake_date.date()) <= deadline:
            text = self.tr("Heard within the 10 calendar days (deadline %1). Untick \"Heard\" if the intake "
                           "has not taken place yet.")
        else:
            text = self.tr("Heard after the 10-day deadline (%1).")
        self.deadline.setText(text.replace("%1", when))
        self.deadline.show()

    def _update_reminder(self) -> None:
        prof = self.profile()
        probe = Dossier(org_id=0, code="", intake_date=None, request_date=date.today(), channel="",
                        themes=tuple(self.checked_themes()), requester=self.requester.currentData(),
            domains=tuple(checked_keys(self.domains)), senior_involved=self.senior.isChecked(),
                        group_problem=self.group.isChecked())
        if rules.paps_support_mandatory(prof, probe, self.service.rule_switches(self.org.currentData())):
            text = self.tr("Support by the prevention adviser psychosocial aspects (PAPS) is mandatory for "
                           "unwanted sexual behaviour, cases involving a department head or senior official, "
                           "and group problems.")
            text += " (" + prof.rule("paps_support").source(current_language()) + ")"
            if not self.paps.isChecked():
                text += " " + self.tr("Involve the PAPS and tick \"The PAPS is involved\".")
            self.reminder.setText(text)
            self.reminder.show()
        else:
            self.reminder.hide()

    def checked_themes(self) -> list[str]:
        return checked_keys(self.themes)

    def set_themes(self, keys) -> None:
        set_checked(self.themes, keys)

    # -- form state (drafts) ------------------------------------------------------
    def state(self) -> dict:
        return {
            "org_id": self.org.currentData(),
            "request_date": pydate(self.request_date.date()).isoformat(),
            "heard": self.heard.isChecked(),
            "intake_date": pydate(self.intake_date.date()).isoformat(),
            "channel": self.channel.currentData(), "code": self.code.text(),
            "real_name": self.real_name.text(), "gender": self.gender.currentData(),
            "age_band": self.age_band.currentData(), "role": self.role.currentData(),
            "sphere": self.sphere.currentData(), "relation": self.relation.currentData(),
            "requester": self.requester.currentData(), "domains": sorted(checked_keys(self.domains)),
            "themes": sorted(self.checked_themes()), "senior": self.senior.isChecked(),
            "group": self.group.isChecked(), "formal": self.formal.isChecked(),
            "paps": self.paps.isChecked(), "notes": self.notes.toPlainText(),
        }

    def apply_state(self, s: dict) -> None:
        def pick(combo: QComboBox, key) -> None:
            idx = combo.findData(key)
            if idx >= 0:
                combo.setCurrentIndex(idx)

        if self.dossier is None and s.get("org_id") is not None:
            pick(self.org, s["org_id"])
        for name, widget in (("request_date", self.request_date), ("intake_date", self.intake_date)):
            with contextlib.suppress(KeyError, TypeError, ValueError):
                widget.setDate(qdate(date.fromisoformat(s[name])))
        self.heard.setChecked(bool(s.get("heard", True)))
        for name, combo in (("channel", self.channel), ("gender", self.gender), ("age_band", self.age_band),
                            ("role", self.role), ("sphere", self.sphere), ("relation", self.relation),
                            ("requester", self.requester)):
            if name in s:
                pick(combo, s[name])
        if isinstance(s.get("code"), str):
            self.code.setText(s["code"])
        if isinstance(s.get("real_name"), str):
            self.real_name.setText(s["real_name"])
        self.set_themes(s.get("themes") or [])
        if isinstance(s.get("domains"), list):
            set_checked(self.domains, s["domains"])
        for name, cb in (("senior", self.senior), ("group", self.group), ("formal", self.formal),
                         ("paps", self.paps)):
            cb.setChecked(bool(s.get(name)))
        if isinstance(s.get("notes"), str):
            self.notes.setPlainText(s["notes"])
        self._update_reminder()

    # -- saving -------------------------------------------------------------------
    def build(self) -> Dossier:
        base = self.dossier or Dossier(org_id=self.org.currentData(), code="", intake_date=None,
                                       request_date=date.today(), channel="")
        return replace(
            base, org_id=self.org.currentData() if self.dossier is None else base.org_id,
            code=self.code.text(), real_name=self.real_name.text().strip() or None,
            request_date=pydate(self.request_date.date()),
            intake_date=pydate(self.intake_date.date()) if self.heard.isChecked() else None,
            channel=self.channel.currentData(), sphere=self.sphere.currentData(),
            relation=self.relation.currentData(), gender=self.gender.currentData(),
            age_band=self.age_band.currentData(), role=self.role.currentData(),
            themes=tuple(self.checked_themes()), requester=self.requester.currentData(),
            domains=tuple(checked_keys(self.domains)), senior_involved=self.senior.isChecked(),
            group_problem=self.group.isChecked(), formal_request_considered=self.formal.isChecked(),
            paps_involved=self.paps.isChecked() and self.profile().code == "BE",
            intake_notes=self.notes.toPlainText())

    def save(self) -> None:
        if self.org.currentData() is None:
            raise Invalid([Message("org_id", QT_TRANSLATE_NOOP("Validation", "Please make a choice."))])
        d = self.build()
        new_id = self.service.save_dossier(d)
        self.saved_id = new_id
        self.drop_draft()
        self.saved.emit(new_id)

    def unsaved_title(self) -> str:
        return self.tr("Unsaved intake")
