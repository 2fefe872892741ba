"""Leftovers of killed backups and restores: the ``.part`` names and their cleanup."""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from pathlib import Path

from vp_desk.paths import VAULT_SUFFIX


def part_name(final: Path) -> Path:
    """The temporary name a backup is written under: ``.<final name>.<pid>-<random>.part``."""
    return final.with_name(f".{final.name}.{os.getpid()}-{secrets.token_hex(4)}.part")


_PART = re.compile(r"^\.(?P<name>.+?)\.(?:restore-[0-9a-f]+|(?:(?P<pid>\d+)-)?[0-9a-f]+)\.part"
                   r"(?:-journal|-wal|-shm)?$")


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def remove_stale_parts(vault_path: Path, folder: Path | None = None) -> list[Path]:
    """Delete the ``.part`` files a killed backup or restore of this vault left in ``folder``
    (default: beside the vault). Called with the vault's lock held, so no live restore or
    backup of this vault can own them; a part that names a live process id (a same-named
    vault elsewhere backing up into the same folder) and files of other users are kept."""
    folder = folder or vault_path.parent
    own = vault_path.name
    stem = own[: -len(VAULT_SUFFIX)] if own.endswith(VAULT_SUFFIX) else own
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        found = _PART.match(entry.name)
        if not found or not entry.is_file(follow_symlinks=False):
            continue
        name = found.group("name")
        if name != own and not (name.startswith(stem + "-") and ".restore-" not in entry.name):
            continue
        if hasattr(os, "getuid") and entry.stat(follow_symlinks=False).st_uid != os.getuid():
            continue
        if found.group("pid") and _pid_alive(int(found.group("pid"))):
            continue
        with contextlib.suppress(OSError):
            os.unlink(entry.path)
            removed.append(Path(entry.path))
    return removed
