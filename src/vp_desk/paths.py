"""Where VP Desk keeps things (platformdirs), always owner-only.

- the vault: ``<user data dir>/vault.vpvault`` by default (the user may choose any path);
- ``config.json``: non-secret preferences (language, last vault path, idle minutes).
  It never holds case data, names or passphrases.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

import platformdirs

from vp_desk import APP_ID
from vp_desk.settings import CONFIG_DEFAULTS, ConfigKey

VAULT_SUFFIX = ".vpvault"


def data_dir() -> Path:
    return Path(os.environ.get("VP_DESK_DATA_DIR") or platformdirs.user_data_dir(APP_ID, appauthor=False))


def config_dir() -> Path:
    return Path(os.environ.get("VP_DESK_CONFIG_DIR") or platformdirs.user_config_dir(APP_ID, appauthor=False))


def default_vault_path() -> Path:
    return data_dir() / f"vault{VAULT_SUFFIX}"


def backup_dir() -> Path:
    return data_dir() / "backups"


def removable_media_dirs() -> list[Path]:
    """Where this system mounts USB sticks and other removable disks (that exist now)."""
    user = os.environ.get("USER") or os.environ.get("USERNAME") or ""
    candidates = [Path("/run/media") / user, Path("/media") / user] if user else []
    return [p for p in [*candidates, Path("/Volumes")] if p.is_dir()]


def backup_start_folder(remembered: str | None) -> Path:
    """Where File → Back up to… opens: the folder chosen last time when it is still there
    (a USB stick plugged in again), else the removable disks, else the home folder —
    never the program's own folder."""
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    media = removable_media_dirs()
    return media[0] if media else Path.home()


def ensure_private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o700)
    return path


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temp file in the same folder and an atomic rename;
    the file is owner-only. A crash leaves either the old file or the new one."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


class Config:
    """Small JSON preferences file; unknown or damaged content falls back to defaults."""

    DEFAULTS: dict[str, Any] = dict(CONFIG_DEFAULTS)  # the keys: vp_desk.settings.ConfigKey

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / "config.json"
        self.values = dict(self.DEFAULTS)
        try:
            loaded = json.loads(self.path.read_text("utf-8"))
            if isinstance(loaded, dict):
                self.values.update({k: v for k, v in loaded.items() if k in self.DEFAULTS})
        except (OSError, ValueError):
            pass

    def get(self, key: ConfigKey) -> Any:
        return self.values.get(key, self.DEFAULTS.get(key))

    def set(self, key: ConfigKey, value: Any) -> None:
        self.values[key] = value
        ensure_private_dir(self.path.parent)
        atomic_write_bytes(self.path, json.dumps(self.values, indent=1).encode("utf-8"))
