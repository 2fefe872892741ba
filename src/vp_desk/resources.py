"""One locator for resources (icons, translations, fonts) in dev, installed and frozen runs."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_root() -> Path:
    env = os.environ.get("VP_DESK_RESOURCES")
    candidates = []
    if env:
        candidates.append(Path(env))
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "resources")
    here = Path(__file__).resolve()
    candidates += [
        here.parents[2] / "resources",  # source checkout / editable install
        Path(sys.prefix) / "share" / "vp-desk" / "resources",  # wheel data files
    ]
    for c in candidates:
        if (c / "fonts").is_dir():
            return c
    return candidates[-1]


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)
