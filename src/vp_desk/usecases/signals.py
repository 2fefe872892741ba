"""Use cases of the signals-and-advice log (one organisation's signals to management, the
works council, the prevention adviser or HR; the note stays in the vault) and of the
screening of a report's "signals and recommendations" text against the vault."""

from __future__ import annotations

import json

from vp_desk.domain.catalog import Profile
from vp_desk.domain.models import Organisation
from vp_desk.domain.signals import Hit, Signal, validate_signal
from vp_desk.report import api
from vp_desk.storage.signals import SignalStore
from vp_desk.usecases.desk import DeskService, Invalid


class SignalLog:
    def __init__(self, service: DeskService) -> None:
        self.service = service
        self._store = SignalStore(service.vault)

    def organisations(self) -> list[Organisation]:
        return self.service.organisations()

    def profile_of(self, org_id: int) -> Profile:
        return self.service.profile_of(org_id)

    def signals(self, org_id: int) -> list[Signal]:
        return self._store.signals(org_id)

    def signal(self, signal_id: int) -> Signal:
        return self._store.signal(signal_id)

    def save(self, s: Signal) -> int:
        """Validated (Invalid with messages per field), then saved in one transaction."""
        messages = validate_signal(s, self.profile_of(s.org_id), self.service.today())
        if messages:
            raise Invalid(messages)
        return self._store.save(s)

    def delete(self, signal_id: int) -> None:
        self._store.delete(signal_id)
        self.service.repo.delete_draft(self.draft_key(None, signal_id))

    # -- the add/edit form's draft (inside the vault) -------------------------------
    @staticmethod
    def draft_key(org_id: int | None, signal_id: int | None) -> str:
        """``signal:<org>:new`` for a new signal, ``signal:edit:<id>`` for an existing one."""
        return f"signal:edit:{signal_id}" if signal_id is not None else f"signal:{org_id}:new"

    def save_draft(self, key: str, state: dict) -> None:
        self.service.repo.save_draft(key, json.dumps(state, ensure_ascii=False))

    def load_draft(self, key: str) -> dict | None:
        raw = self.service.repo.get_draft(key)
        try:
            state = json.loads(raw) if raw else None
        except ValueError:
            return None
        return state if isinstance(state, dict) else None

    def delete_draft(self, key: str) -> None:
        self.service.repo.delete_draft(key)


def report_text_draft(service: DeskService, org_id: int) -> str:
    """The signals text typed in the report window for this organisation and not exported
    yet (kept inside the vault, like every draft)."""
    return service.repo.get_draft(f"report_signals:{org_id}") or ""


def keep_report_text(service: DeskService, org_id: int, text: str) -> None:
    """Keep (or, when empty, drop) the report window's signals text as a draft in the vault."""
    key = f"report_signals:{org_id}"
    if text.strip():
        service.repo.save_draft(key, text)
    else:
        service.repo.delete_draft(key)


def screen_text(service: DeskService, org_id: int, text: str, threshold: int) -> list[Hit]:
    """Every word of a report's signals text that could identify someone, with its reason.
    Reads the vault only (its search index, codes, names, register); writes nothing."""
    return api.screen_signals(service.vault, org_id, text, threshold)
