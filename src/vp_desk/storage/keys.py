"""Passphrases: the forms tried when opening, quoting for PRAGMA key, and the masked
copy an open vault keeps for backups."""

from __future__ import annotations

import secrets
import unicodedata
from pathlib import Path

import sqlcipher3
from sqlcipher3 import dbapi2

from vp_desk.storage.errors import BadPassphrase, VaultError, WrongPassphrase


def quote_passphrase(passphrase: str) -> str:
    """A SQL string literal for PRAGMA key/rekey, which cannot take a bound parameter."""
    check_passphrase_chars(passphrase)
    return "'" + passphrase.replace("'", "''") + "'"


def check_passphrase_chars(passphrase: str) -> None:
    if not passphrase or any(ord(ch) < 32 or ord(ch) == 127 for ch in passphrase):
        raise BadPassphrase()


def normalise_passphrase(passphrase: str) -> str:
    """The form a passphrase is stored in: Unicode NFC, so "é" typed as one character
    (Windows, Linux) or as "e" plus an accent (macOS) is the same key."""
    return unicodedata.normalize("NFC", passphrase)


def passphrase_forms(passphrase: str) -> list[str]:
    """The forms to try when opening: NFC first (every vault made or rekeyed since
    normalising), then as typed and NFD (vaults made before, e.g. on macOS)."""
    forms: list[str] = []
    for form in (normalise_passphrase(passphrase), passphrase, unicodedata.normalize("NFD", passphrase)):
        if form not in forms:
            forms.append(form)
    return forms


def key_opens(path: Path, passphrase: str) -> bool:
    """Does exactly this passphrase open the file (main file plus WAL, as a reader sees
    it)? A fresh connection that only reads; works while the vault is open here."""
    try:
        key = quote_passphrase(passphrase)
    except VaultError:
        return False
    probe = sqlcipher3.connect(":memory:")
    try:
        probe.execute("PRAGMA cipher_log_level = NONE")
        probe.execute(f"ATTACH DATABASE ? AS chk KEY {key}", (str(path),))
        probe.execute("SELECT count(*) FROM chk.sqlite_master").fetchone()
        return True
    except dbapi2.DatabaseError:
        return False
    finally:
        probe.close()


def opening_form(path: Path, passphrase: str) -> str:
    """The form of ``passphrase`` that opens the file; WrongPassphrase if none does."""
    for form in passphrase_forms(passphrase):
        if key_opens(path, form):
            return form
    raise WrongPassphrase()


class _Secret:
    """The passphrase of an open vault, kept masked (XOR with a random pad) in two
    mutable buffers that are zeroed when the vault closes. Backups need it to derive
    their own key with a fresh salt."""

    def __init__(self, text: str) -> None:
        self.set(text)

    def set(self, text: str) -> None:
        data = text.encode("utf-8")
        self._pad = bytearray(secrets.token_bytes(len(data)))
        self._masked = bytearray(a ^ b for a, b in zip(data, self._pad, strict=True))

    def reveal(self) -> str:
        return bytes(a ^ b for a, b in zip(self._masked, self._pad, strict=True)).decode("utf-8")

    def wipe(self) -> None:
        for buf in (self._masked, self._pad):
            buf[:] = bytes(len(buf))

