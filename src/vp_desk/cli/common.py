"""What every sub-command shares: the one-line error, the parser that fails in one line,
reading a text file and the passphrase, and the argument types."""

from __future__ import annotations

import argparse
import getpass
import sys


class CliError(Exception):
    """One line for the user; exit code 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, no usage block
        raise CliError(f"{message} (see: vp-desk {self.prog.split()[-1]} --help)")


def read_text(file: str, what: str, first_line: bool = False) -> str:
    """``file`` as UTF-8 text (a byte-order mark, as Notepad writes, is not part of it): all
    of it, or only its ``first_line`` (with its line end); one clear line naming ``what``
    the file is for when it cannot be read."""
    try:
        with open(file, encoding="utf-8-sig") as fh:
            return fh.readline() if first_line else fh.read()
    except OSError as exc:
        raise CliError(f"cannot read the {what} {file}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise CliError(f"the {what} {file} is not UTF-8 text") from None


def read_passphrase(file: str | None, prompt: str = "Passphrase: ", confirm: bool = False) -> str:
    """The first line of ``file`` (see ``read_text``) or a prompt; refused when longer than
    the GUI's passphrase field can hold."""
    from vp_desk.security.passphrase import MAX_PASSPHRASE_LENGTH

    if file:
        phrase = read_text(file, "passphrase file", first_line=True).rstrip("\r\n")
        if not phrase:
            raise CliError(f"the passphrase file {file} is empty")
    else:
        if not sys.stdin or not sys.stdin.isatty():
            raise CliError("no passphrase: give --passphrase-file FILE (first line is the passphrase)")
        phrase = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat passphrase: ") != phrase:
            raise CliError("the two passphrases differ")
    if len(phrase) > MAX_PASSPHRASE_LENGTH:
        raise CliError(f"the passphrase is longer than {MAX_PASSPHRASE_LENGTH} characters "
                       "(the most VP Desk accepts)")
    return phrase


def positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {text}")
    return n


def one_line(text: str) -> str:
    """Arguments echoed in a message cannot break it into several lines (or hide text)."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text.strip())
