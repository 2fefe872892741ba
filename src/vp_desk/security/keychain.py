"""One wrapper over ``keyring`` that says where a secret is kept, and refuses to keep it
anywhere that is not a real, encrypted OS keychain (design rule 3).

Trusted backends: Windows Credential Locker, macOS Keychain, the Secret Service
(GNOME Keyring, KWallet ≥ 5.97, KeePassXC) and KWallet. Everything else counts as
*unavailable*, with a reason: the ``fail`` backend (no keychain on this machine),
``null`` (keyring switched off), a chainer with no usable backend, and any plaintext or
third-party backend (e.g. ``keyrings.alt``'s file stores). There is never a silent
fallback: when the keychain is unavailable, "remember" is greyed out and nothing is stored.

Remembering is opt-in per vault (the key is the vault's absolute path). The list of
vaults that opted in lives in ``config.json`` (paths only, never a secret), so the app
asks the keychain only for vaults the user chose to remember.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vp_desk.settings import ConfigKey
from vp_desk.storage.errors import QT_TRANSLATE_NOOP, VaultError

if TYPE_CHECKING:
    from vp_desk.storage.vault import Vault

SERVICE = "VP Desk vault"
CONFIG_KEY = ConfigKey.KEYCHAIN_VAULTS

# module of the backend class -> where the secret is kept (English source, context "Keychain")
TRUSTED: dict[str, str] = {
    "keyring.backends.Windows": QT_TRANSLATE_NOOP("Keychain", "Windows Credential Locker"),
    "keyring.backends.macOS": QT_TRANSLATE_NOOP("Keychain", "macOS Keychain"),
    "keyring.backends.SecretService": QT_TRANSLATE_NOOP("Keychain", "the desktop keyring (Secret Service)"),
    "keyring.backends.libsecret": QT_TRANSLATE_NOOP("Keychain", "the desktop keyring (Secret Service)"),
    "keyring.backends.kwallet": QT_TRANSLATE_NOOP("Keychain", "KWallet"),
}

NO_KEYCHAIN = QT_TRANSLATE_NOOP("Keychain", "No keychain was found on this computer.")
SWITCHED_OFF = QT_TRANSLATE_NOOP("Keychain", "The keychain is switched off on this computer.")
NOT_SECURE = QT_TRANSLATE_NOOP(
    "Keychain", "The only keychain found ({name}) does not encrypt what it keeps; VP Desk will not use it.")
NOT_WORKING = QT_TRANSLATE_NOOP("Keychain", "The keychain did not answer (it may be locked or closed).")


@dataclass(frozen=True)
class KeychainStatus:
    available: bool
    where: str  # English source (context "Keychain"); empty when unavailable
    reason: str  # English source (context "Keychain"); empty when available
    params: dict[str, str]

    def render(self, translate=None) -> str:
        text = self.where if self.available else self.reason
        if translate:
            text = translate("Keychain", text)
        return text.format(**self.params)


class KeychainUnavailable(Exception):
    def __init__(self, status: KeychainStatus) -> None:
        self.status = status
        super().__init__(status.render())


def _module(backend: Any) -> str:
    return type(backend).__module__


def classify(backend: Any) -> KeychainStatus:
    """Is this keyring backend a real, encrypted keychain? Never guesses in favour."""
    from keyring.backends import chainer, fail, null

    mod = _module(backend)
    name = type(backend).__module__ + "." + type(backend).__name__
    if isinstance(backend, fail.Keyring):
        return KeychainStatus(False, "", NO_KEYCHAIN, {})
    if isinstance(backend, null.Keyring):
        return KeychainStatus(False, "", SWITCHED_OFF, {})
    if isinstance(backend, chainer.ChainerBackend):
        members = list(getattr(backend, "backends", []) or [])
        if not members:
            return KeychainStatus(False, "", NO_KEYCHAIN, {})
        for m in members:  # a chain stores in whichever member accepts: all must be trusted
            s = classify(m)
            if not s.available:
                return s
        return classify(members[0])
    if mod in TRUSTED:
        return KeychainStatus(True, TRUSTED[mod], "", {})
    return KeychainStatus(False, "", NOT_SECURE, {"name": name})


class Keychain:
    """Remember/recall/forget a vault passphrase in the OS keychain, or refuse clearly."""

    def __init__(self, backend: Any = None, config: Any = None) -> None:
        self._backend = backend
        self.config = config

    @property
    def backend(self) -> Any:
        if self._backend is None:
            import keyring

            self._backend = keyring.get_keyring()
        return self._backend

    def status(self) -> KeychainStatus:
        try:
            return classify(self.backend)
        except Exception:  # noqa: BLE001 - a broken keyring install is "unavailable"
            return KeychainStatus(False, "", NO_KEYCHAIN, {})

    @staticmethod
    def key_for(vault_path: str | os.PathLike[str]) -> str:
        return str(Path(vault_path).expanduser().resolve())

    # -- the config list of vaults that opted in (paths only) ---------------------
    def _opted(self) -> list[str]:
        if self.config is None:
            return []
        value = self.config.get(CONFIG_KEY)
        return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []

    def _set_opted(self, key: str, on: bool) -> None:
        if self.config is None:
            return
        items = [v for v in self._opted() if v != key]
        if on:
            items.append(key)
        self.config.set(CONFIG_KEY, items)

    def is_remembered(self, vault_path: str | os.PathLike[str]) -> bool:
        """Opted in for this vault (cheap: does not ask the keychain)."""
        return self.key_for(vault_path) in self._opted()

    # -- the secret itself --------------------------------------------------------
    def _require(self) -> Any:
        s = self.status()
        if not s.available:
            raise KeychainUnavailable(s)
        return self.backend

    def remember(self, vault_path: str | os.PathLike[str], passphrase: str) -> None:
        backend = self._require()
        key = self.key_for(vault_path)
        try:
            backend.set_password(SERVICE, key, passphrase)
        except Exception:  # noqa: BLE001 - keyring raises many kinds
            raise KeychainUnavailable(KeychainStatus(False, "", NOT_WORKING, {})) from None
        self._set_opted(key, True)

    def recall(self, vault_path: str | os.PathLike[str]) -> str | None:
        """The remembered passphrase, or None (not opted in, not stored, keychain away)."""
        key = self.key_for(vault_path)
        if self.config is not None and key not in self._opted():
            return None
        if not self.status().available:
            return None
        try:
            value = self.backend.get_password(SERVICE, key)
        except Exception:  # noqa: BLE001
            return None
        return value or None

    def forget(self, vault_path: str | os.PathLike[str]) -> bool:
        """Remove the entry (if any). True when the keychain no longer holds it; False
        when the keychain refused (e.g. locked): the vault then stays opted in, so the
        entry is not lost sight of and the caller can say so and try again."""
        key = self.key_for(vault_path)
        if self.status().available:
            try:
                if self.backend.get_password(SERVICE, key) is not None:
                    self.backend.delete_password(SERVICE, key)
            except Exception:  # noqa: BLE001 - keyring raises many kinds
                return False
        self._set_opted(key, False)
        return True


class KeychainKeepsOld(VaultError):
    message = QT_TRANSLATE_NOOP(
        "VaultError", "The passphrase was not changed: the keychain remembers the current one and did "
        "not let VP Desk remove it (it may be locked). Unlock the keychain and try again.")


def change_passphrase(vault: Vault, keychain: Keychain, old: str, new: str) -> None:
    """Change the vault's passphrase and never leave the old one in the keychain: the
    entry is removed first (KeychainKeepsOld, nothing changed, if the keychain refuses)
    and put back if the vault did not take the new passphrase (e.g. a full disk)."""
    from vp_desk.storage.keys import opening_form

    opening_form(vault.path, old)  # WrongPassphrase before the keychain is touched
    saved = keychain.recall(vault.path)
    if not keychain.forget(vault.path):
        raise KeychainKeepsOld()
    try:
        vault.rekey(old, new)
    except BaseException:
        if saved is not None:
            with contextlib.suppress(KeychainUnavailable):
                keychain.remember(vault.path, saved)
        raise
