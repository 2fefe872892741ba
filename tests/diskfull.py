"""A small disk that tests can fill: a tmpfs mounted on a folder when the tests run as
root (the real ENOSPC), otherwise RLIMIT_FSIZE while full (EFBIG on any write beyond
16 KiB of a file: the WAL a rekey or a write would need cannot grow). Skipped where
neither exists (Windows)."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

SIZE = "4m"


class SmallDisk:
    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self.mounted = False
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={SIZE},mode=0700", "tmpfs",
                                   str(root)], capture_output=True)
            self.mounted = done.returncode == 0

    @contextlib.contextmanager
    def full(self) -> Iterator[None]:
        if self.mounted:
            filler = self.root / "filler"
            fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
            try:
                with contextlib.suppress(OSError):
                    while True:
                        os.write(fd, b"\0" * 4096)
                with contextlib.suppress(OSError):  # the last bytes, below one block
                    while True:
                        os.write(fd, b"\0")
            finally:
                os.close(fd)
            try:
                yield
            finally:
                filler.unlink()
        else:
            try:
                import resource
            except ImportError:  # Windows: neither a tmpfs nor RLIMIT_FSIZE
                pytest.skip("no way to fill a small disk on this platform")
            soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
            resource.setrlimit(resource.RLIMIT_FSIZE, (16 * 1024, hard))
            try:
                yield
            finally:
                resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))

    def close(self) -> None:
        if self.mounted:
            subprocess.run(["umount", "-l", str(self.root)], check=False)
            self.mounted = False


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    disk = SmallDisk(tmp_path / "disk")
    yield disk
    disk.close()
