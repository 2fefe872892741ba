"""`vp-desk backup` and `vp-desk verify`.

    vp-desk backup VAULT --to DIR --passphrase-file F
    vp-desk verify VAULT --passphrase-file F

Both open the file only after it passed the vault checks; a refused file is never
written to. A failure prints one line on stderr and exits non-zero.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from vp_desk.cli.common import CliError, read_passphrase


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="write a verified encrypted copy of a vault into a folder")
    p.add_argument("vault")
    p.add_argument("--to", required=True, help="the folder for the copy (created if needed)")
    p.add_argument("--passphrase-file")
    v = sub.add_parser("verify", help="check a vault or backup completely (read-only)")
    v.add_argument("vault")
    v.add_argument("--passphrase-file")


def run_backup(args: argparse.Namespace) -> int:
    from vp_desk.usecases import backups
    from vp_desk.usecases.session import open_vault

    path = Path(args.vault)
    target = Path(args.to)
    if target.exists() and not target.is_dir():
        raise CliError(f"--to must be a folder: {target}")
    phrase = read_passphrase(args.passphrase_file)
    with open_vault(path, phrase, migrate=False) as desk:
        result = backups.backup_to(desk, target)
    rows = result.counts.get("dossiers", 0)
    print(f"{result.path}: verified backup ({rows} dossiers, {result.size // 1024} KiB)")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    from vp_desk.usecases.backups import verify_file

    phrase = read_passphrase(args.passphrase_file)
    report = verify_file(Path(args.vault), phrase)
    if not report.ok:
        raise CliError(f"{args.vault}: DAMAGED ({report.problems[0][:120]}); the file was left untouched")
    print(f"{report.path}: OK (format {report.schema_version}, {report.dossiers} dossiers, "
          f"{sum(report.counts.values())} rows)")
    return 0
