"""``vp-desk report VAULT --org NAME --year YYYY --out FILE.pdf --passphrase-file F``"""

from __future__ import annotations

import argparse
from pathlib import Path

from vp_desk.cli import CliError, add_parser, command, read_passphrase


@add_parser
def _parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="export the anonymous yearly report of one organisation as PDF")
    p.add_argument("vault")
    p.add_argument("--org", required=True, help="organisation name as in the vault")
    p.add_argument("--year", required=True)
    p.add_argument("--out", required=True, help="the PDF to write")
    p.add_argument("--passphrase-file")


@command("report")
def _report(args: argparse.Namespace) -> int:
    from vp_desk.report import api
    from vp_desk.storage.repository import Repository
    from vp_desk.storage.vault import Vault

    try:
        year = int(args.year)
    except ValueError:
        raise CliError(f"--year must be a year such as 2025, not {args.year!r}") from None
    if not 1990 <= year <= 2100:
        raise CliError(f"--year {year} is out of range")
    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise CliError("--out must name a .pdf file")
    if not out.parent.exists() or not out.parent.is_dir():
        raise CliError(f"the folder {out.parent} does not exist")
    if out.exists() and out.is_dir():
        raise CliError(f"{out} is a folder")
    phrase = read_passphrase(args.passphrase_file)
    with Vault.open(args.vault, phrase) as vault:
        org = Repository(vault).organisation_by_name(args.org)
        if org is None:
            names = ", ".join(o.name for o in Repository(vault).organisations(include_archived=True))
            raise CliError(f"no organisation named {args.org!r} in this vault (there are: {names or 'none'})")
        prepared = api.export_pdf(vault, org.id, year, out)
    note = f"; {len(prepared.changes)} figure(s) differ from an earlier export" if prepared.changes else ""
    print(f"{out}: yearly report {year} for {org.name}{note}")
    return 0
