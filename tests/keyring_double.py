"""A keychain double for tests that need a trusted keychain without a Secret Service."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked


class MemoryKeyring(KeyringBackend):
    """A trusted keychain double (classified as the Secret Service) that can be made to
    refuse deletion, as a locked GNOME Keyring or KWallet does."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}
        self.refuse_delete = False

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        if self.refuse_delete:
            raise KeyringLocked("the collection is locked")
        self.store.pop((service, username), None)


MemoryKeyring.__module__ = "keyring.backends.SecretService"
