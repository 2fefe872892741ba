"""The errors a screen or command may catch from the use cases, in one place (each
renders a translated message)."""

from vp_desk.storage.errors import VaultDamaged, VaultError, WrongPassphrase
from vp_desk.storage.register import NotLastEntry
from vp_desk.storage.repository import NotFound, OrganisationInUse
from vp_desk.usecases.desk import Invalid

__all__ = ["Invalid", "NotFound", "NotLastEntry", "OrganisationInUse", "VaultDamaged", "VaultError",
           "WrongPassphrase"]
