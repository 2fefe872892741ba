"""The errors a screen or command may catch from the use cases, in one place (each
renders a translated message). The vault's own errors load with this module; the rest on
first use, so that the unlock screen does not load storage."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from vp_desk.storage.errors import VaultDamaged, VaultError, WrongPassphrase

if TYPE_CHECKING:
    from vp_desk.storage.register import NotLastEntry
    from vp_desk.storage.repository import OrganisationInUse
    from vp_desk.storage.rows import NotFound
    from vp_desk.usecases.desk import Invalid

__all__ = ["Invalid", "NotFound", "NotLastEntry", "OrganisationInUse", "VaultDamaged", "VaultError",
           "WrongPassphrase"]


def __getattr__(name: str) -> Any:
    if name == "NotLastEntry":
        from vp_desk.storage.register import NotLastEntry

        return NotLastEntry
    if name in ("NotFound", "OrganisationInUse"):
        from vp_desk.storage import repository

        return getattr(repository, name)
    if name == "Invalid":
        from vp_desk.usecases.desk import Invalid

        return Invalid
    raise AttributeError(name)
