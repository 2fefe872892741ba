"""``vp-desk report VAULT --org NAME --year YYYY --out FILE.pdf --passphrase-file F``

``--from YYYY-MM-DD --to YYYY-MM-DD`` reports another period than a calendar year (as the
Reports window's "Other period"); then ``--year`` may be left out."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from vp_desk.cli import CliError, add_parser, command, read_passphrase


@add_parser
def _parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="export the anonymous yearly report of one organisation as PDF")
    p.add_argument("vault")
    p.add_argument("--org", required=True, help="organisation name as in the vault")
    p.add_argument("--year", help="the calendar year to report (or give --from and --to)")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="first day of another period")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="last day of that period")
    p.add_argument("--out", required=True, help="the PDF to write")
    p.add_argument("--passphrase-file")


@command("report")
def _report(args: argparse.Namespace) -> int:
    from vp_desk.report import api
    from vp_desk.report.figures import year_period
    from vp_desk.storage.repository import Repository
    from vp_desk.storage.vault import Vault

    start, end = _period(args)
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
        prepared = api.prepare(vault, org.id, start, end)
        api.write(vault, prepared, out)
    note = f"; {len(prepared.changes)} figure(s) differ from an earlier export" if prepared.changes else ""
    what = f"yearly report {start.year}" if (start, end) == year_period(start.year) else f"report {start} to {end}"
    print(f"{out}: {what} for {org.name}{note}")
    return 0


def _day(option: str, text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CliError(f"{option} must be a date such as 2025-01-01, not {text!r}") from None


def _period(args: argparse.Namespace) -> tuple[date, date]:
    from vp_desk.report.figures import year_period

    if args.date_from or args.date_to:
        if not (args.date_from and args.date_to):
            raise CliError("give both --from and --to, or --year alone")
        if args.year:
            raise CliError("give either --year or --from/--to, not both")
        start, end = _day("--from", args.date_from), _day("--to", args.date_to)
        if start > end:
            raise CliError(f"the period ends ({end}) before it starts ({start})")
        if start.year < 1990 or end.year > 2100:
            raise CliError("the period is out of range (1990-2100)")
        return start, end
    if not args.year:
        raise CliError("give --year YYYY (or --from and --to)")
    try:
        year = int(args.year)
    except ValueError:
        raise CliError(f"--year must be a year such as 2025, not {args.year!r}") from None
    if not 1990 <= year <= 2100:
        raise CliError(f"--year {year} is out of range")
    return year_period(year)
