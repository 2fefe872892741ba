"""Opening, creating and filling a vault: each gives the :class:`DeskService` of the open
file (a context manager that closes it)."""

from __future__ import annotations

import os

from vp_desk.storage.journal import file_problems
from vp_desk.storage.vault import Vault
from vp_desk.usecases.desk import DeskService

__all__ = ["create_vault", "file_problems", "fill_demo", "open_vault"]


def open_vault(path: str | os.PathLike[str], passphrase: str, migrate: bool = True) -> DeskService:
    """``migrate=False`` opens an older format read-as-is (backups, checks)."""
    return DeskService(Vault.open(path, passphrase, migrate=migrate))


def create_vault(path: str | os.PathLike[str], passphrase: str) -> DeskService:
    return DeskService(Vault.create(path, passphrase))


def fill_demo(desk: DeskService, dossiers: int, orgs: int = 3, years: int = 3, seed: int = 1) -> None:
    """Synthetic organisations and dossiers (for trying VP Desk and for benchmarks)."""
    from vp_desk import demo

    demo.fill(desk.vault, dossiers, orgs=orgs, years=years, seed=seed)
