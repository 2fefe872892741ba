"""The keychain wrapper: a real Secret Service when the test runs under dev.py (dbus-run-session
+ gnome-keyring-daemon), and every kind of unavailable backend, which must never store."""

from __future__ import annotations

import os

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.compat import properties

from vp_desk.paths import Config
from vp_desk.security.keychain import (
    NO_KEYCHAIN,
    NOT_SECURE,
    SERVICE,
    SWITCHED_OFF,
    Keychain,
    KeychainUnavailable,
    classify,
)

PHRASE = "kwartel pinda regenjas 7"


class PlainFileKeyring(KeyringBackend):
    """Stands for keyrings.alt-style stores that keep secrets unencrypted. Not viable, so
    keyring's own discovery never picks or chains it."""

    @properties.classproperty
    def priority(cls):
        raise RuntimeError("test-only backend")

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


class EmptyChain(chainer.ChainerBackend):
    viable = False
    backends: list = []


class PlainChain(chainer.ChainerBackend):
    viable = False
    backends = [PlainFileKeyring()]


@pytest.mark.parametrize(("backend", "reason"), [
    (fail.Keyring(), NO_KEYCHAIN),
    (null.Keyring(), SWITCHED_OFF),
    (EmptyChain(), NO_KEYCHAIN),
    (PlainFileKeyring(), NOT_SECURE),
    (PlainChain(), NOT_SECURE),
])
def test_unavailable_backends_refuse_and_store_nothing(tmp_path, backend, reason):
    cfg = Config(tmp_path / "c.json")
    kc = Keychain(backend=backend, config=cfg)
    status = kc.status()
    assert not status.available and status.reason == reason and status.render()
    vault = tmp_path / "v.vpvault"
    with pytest.raises(KeychainUnavailable) as info:
        kc.remember(vault, PHRASE)
    assert info.value.status.reason == reason
    assert not kc.is_remembered(vault) and kc.recall(vault) is None
    assert Config(tmp_path / "c.json").get("keychain_vaults") == []
    stores = [backend] + list(getattr(backend, "backends", []))
    assert all(getattr(b, "store", {}) == {} for b in stores)  # never a silent fallback
    assert kc.forget(vault)


def test_plaintext_reason_names_the_backend():
    s = classify(PlainFileKeyring())
    assert "PlainFileKeyring" in s.render()


def test_default_backend_here_is_classified_honestly():
    s = Keychain().status()
    name = type(keyring.get_keyring()).__module__
    if name in ("keyring.backends.fail", "keyring.backends.null"):
        assert not s.available
    if os.environ.get("VP_DESK_REAL_KEYRING"):
        assert s.available, s.render()


@pytest.mark.skipif(not os.environ.get("VP_DESK_REAL_KEYRING"),
                    reason="needs a real Secret Service (python3 dev.py test runs one)")
def test_real_secret_service_remember_recall_forget(tmp_path):
    cfg = Config(tmp_path / "c.json")
    kc = Keychain(config=cfg)
    assert kc.status().available and "Secret Service" in kc.status().render()
    vault = tmp_path / "real.vpvault"
    assert kc.recall(vault) is None
    kc.remember(vault, PHRASE)
    # a fresh process' view: new config object, default backend
    again = Keychain(config=Config(tmp_path / "c.json"))
    assert again.is_remembered(vault) and again.recall(vault) == PHRASE
    assert keyring.get_keyring().get_password(SERVICE, Keychain.key_for(vault)) == PHRASE
    # not opted in for another vault: never asked
    assert again.recall(tmp_path / "other.vpvault") is None
    assert again.forget(vault)
    assert keyring.get_keyring().get_password(SERVICE, Keychain.key_for(vault)) is None
    assert not Keychain(config=Config(tmp_path / "c.json")).is_remembered(vault)
    assert again.recall(vault) is None
