"""Command-line forms (stable public interface):

    vp-desk demo-data VAULT --dossiers N [--orgs K] [--years Y] [--seed S] --passphrase-file F
    vp-desk report VAULT --org NAME --year YYYY --out FILE.pdf --passphrase-file F
    vp-desk backup VAULT --to DIR --passphrase-file F
    vp-desk verify VAULT --passphrase-file F

A failing command prints one clear line on stderr and exits non-zero; never a traceback,
and a file it refused is left untouched. Passphrases come from the first line of
``--passphrase-file`` or an interactive prompt, never from an argument or the environment.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from vp_desk.storage.errors import VaultError

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}
_PARSERS: list[Callable[[argparse._SubParsersAction], None]] = []


class CliError(Exception):
    """One line for the user; exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, no usage block
        raise CliError(f"{message} (see: vp-desk {self.prog.split()[-1]} --help)")


def read_passphrase(file: str | None, prompt: str = "Passphrase: ", confirm: bool = False) -> str:
    """The first line of ``file`` (a UTF-8 byte-order mark, as Notepad writes, is not part
    of it) or a prompt; refused when longer than the GUI's passphrase field can hold."""
    from vp_desk.security.passphrase import MAX_PASSPHRASE_LENGTH

    if file:
        try:
            with open(file, encoding="utf-8-sig") as fh:
                line = fh.readline()
        except OSError as exc:
            raise CliError(f"cannot read the passphrase file {file}: {exc.strerror}") from None
        except UnicodeDecodeError:
            raise CliError(f"the passphrase file {file} is not UTF-8 text") from None
        phrase = line.rstrip("\r\n")
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


def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {text}")
    return n


def command(name: str):
    """Register ``func(args) -> exit code`` for a sub-command."""
    def deco(func):
        COMMANDS[name] = func
        return func
    return deco


def add_parser(func: Callable[[argparse._SubParsersAction], None]):
    _PARSERS.append(func)
    return func


@add_parser
def _demo_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo-data", help="create or fill a vault with synthetic dossiers")
    p.add_argument("vault")
    p.add_argument("--dossiers", type=_positive, required=True)
    p.add_argument("--orgs", type=_positive, default=3)
    p.add_argument("--years", type=_positive, default=3)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--passphrase-file")


@command("demo-data")
def _demo_data(args: argparse.Namespace) -> int:
    from vp_desk import demo
    from vp_desk.security.passphrase import METER_WORDS, check_strength_or_raise, estimate
    from vp_desk.storage.vault import Vault

    if args.years < 1 or args.orgs < 1:
        raise CliError("--orgs and --years must be at least 1")
    path = Path(args.vault)
    phrase = read_passphrase(args.passphrase_file, confirm=not path.exists())
    strength = ""
    if path.exists():
        vault = Vault.open(path, phrase)
    else:
        check_strength_or_raise(phrase)  # the gate and the meter the GUI uses
        strength = f"; new vault, passphrase strength: {METER_WORDS[estimate(phrase).score]}"
        vault = Vault.create(path, phrase)
    with vault:
        demo.fill(vault, args.dossiers, orgs=args.orgs, years=args.years, seed=args.seed)
    print(f"{path}: added {args.dossiers} synthetic dossiers in {args.orgs} organisation(s){strength}")
    return 0


def _load_plugins() -> None:
    # Sub-commands that live beside their feature register themselves on import.
    import importlib

    for mod in ("vp_desk.report.cli", "vp_desk.security.cli"):
        try:
            importlib.import_module(mod)
        except ModuleNotFoundError as exc:
            if not exc.name or not mod.startswith(exc.name):
                raise  # a feature module that exists but is broken must not pass silently


def build_parser() -> argparse.ArgumentParser:
    _load_plugins()
    parser = _Parser(prog="vp-desk", description="VP Desk command line")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    for func in _PARSERS:
        func(sub)
    return parser


def _one_line(text: str) -> str:
    """Arguments echoed in a message cannot break it into several lines (or hide text)."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text.strip())


def main(argv: Sequence[str]) -> int:
    try:
        parser = build_parser()
        args = parser.parse_args(list(argv))
        if not args.command:
            raise CliError("no command given")
        return COMMANDS[args.command](args)
    except CliError as exc:
        print(f"vp-desk: {_one_line(str(exc))}", file=sys.stderr)
        return 2
    except VaultError as exc:
        print(f"vp-desk: {_one_line(exc.render())}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("vp-desk: interrupted", file=sys.stderr)
        return 130
    except OSError as exc:
        text = f"{exc.strerror or exc.__class__.__name__}: {exc.filename or ''}".rstrip(": ")
        print(f"vp-desk: {_one_line(text)}", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - last line of defence: one line, no traceback
        if exc.__class__.__module__.startswith("sqlcipher3"):
            # SQLCipher found a page it cannot read (its HMAC failed) or a broken b-tree
            from vp_desk.storage.errors import VaultDamaged

            print(f"vp-desk: {_one_line(VaultDamaged(detail=str(exc)[:100]).render())}", file=sys.stderr)
            return 1
        print(f"vp-desk: unexpected error ({exc.__class__.__name__}); the command stopped", file=sys.stderr)
        return 1
