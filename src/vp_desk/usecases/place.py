"""Where the user was when the vault locked (organisation, filters, search text, the
dossier in view, the page), kept inside the vault so that unlocking brings it back and
nothing of it stays in memory or on disk outside the vault while locked. Qt-free."""

from __future__ import annotations

import contextlib
import json
from typing import Any

from vp_desk.settings import VaultKey
from vp_desk.usecases.desk import DeskService

KEYS = {"org": int, "status": str, "year": int, "theme": str, "search": str, "dossier": int, "page": str}


def load_place(desk: DeskService) -> dict[str, Any]:
    """The place saved at the last lock; unknown keys and wrong types are dropped (a place
    that cannot be read is no reason to refuse an unlock)."""
    try:
        raw = desk.repo.get_setting(VaultKey.UI_PLACE)
        data = json.loads(raw) if raw else {}
    except Exception:  # noqa: BLE001 - damaged text or a damaged page: start without it
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if k in KEYS and isinstance(v, KEYS[k]) and not isinstance(v, bool)}


def save_place(desk: DeskService, place: dict[str, Any]) -> None:
    """Keep ``place`` inside the vault; a vault that refuses writes (damaged, read-only,
    full disk) only loses the place, the lock goes on."""
    clean = {k: v for k, v in place.items() if k in KEYS and isinstance(v, KEYS[k])}
    with contextlib.suppress(Exception):
        desk.repo.set_setting(VaultKey.UI_PLACE, json.dumps(clean, ensure_ascii=False))
