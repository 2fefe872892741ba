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
import sys
from collections.abc import Callable, Sequence

from vp_desk.cli import backup, demo, report
from vp_desk.cli.common import CliError, Parser, one_line
from vp_desk.usecases.errors import VaultError

# Every sub-command: its parser(s) and what runs it. Listed here, in the order of --help.
PARSERS: tuple[Callable[[argparse._SubParsersAction], None], ...] = (
    demo.add_parser, report.add_parser, backup.add_parsers)
COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo-data": demo.run, "report": report.run, "backup": backup.run_backup, "verify": backup.run_verify}


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="vp-desk", description="VP Desk command line")
    sub = parser.add_subparsers(dest="command", parser_class=Parser)
    for func in PARSERS:
        func(sub)
    return parser


def main(argv: Sequence[str]) -> int:
    try:
        parser = build_parser()
        args = parser.parse_args(list(argv))
        if not args.command:
            raise CliError("no command given")
        return COMMANDS[args.command](args)
    except CliError as exc:
        print(f"vp-desk: {one_line(str(exc))}", file=sys.stderr)
        return 2
    except VaultError as exc:
        print(f"vp-desk: {one_line(exc.render())}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("vp-desk: interrupted", file=sys.stderr)
        return 130
    except OSError as exc:
        text = f"{exc.strerror or exc.__class__.__name__}: {exc.filename or ''}".rstrip(": ")
        print(f"vp-desk: {one_line(text)}", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - last line of defence: one line, no traceback
        if exc.__class__.__module__.startswith("sqlcipher3"):
            # SQLCipher found a page it cannot read (its HMAC failed) or a broken b-tree
            from vp_desk.usecases.errors import VaultDamaged

            print(f"vp-desk: {one_line(VaultDamaged(detail=str(exc)[:100]).render())}", file=sys.stderr)
            return 1
        print(f"vp-desk: unexpected error ({exc.__class__.__name__}); the command stopped", file=sys.stderr)
        return 1
