"""``vp-desk report VAULT --org NAME --year YYYY --out FILE.pdf --passphrase-file F``

The period is the organisation's reporting year that starts in YYYY (a calendar year by
default). ``--summary K`` reports the K (2-5) reporting years ending with it; ``--from``/``--to``
are accepted only when they are exactly such a period. ``--corrected`` makes a corrected
edition of a released period when the audit allows it; without it a released period is
re-issued as it was. ``--signals-file F`` prints the UTF-8 text of F as the report's "signals and
recommendations" section after checking it against the vault: each word that could identify
someone is printed on its own line and nothing is written (a re-issue prints the text
released before)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from vp_desk.cli.common import CliError, one_line, read_passphrase, read_text


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="export the anonymous yearly report of one organisation as PDF")
    p.add_argument("vault")
    p.add_argument("--org", required=True, help="organisation name as in the vault")
    p.add_argument("--year", help="the reporting year (the one that starts in YYYY)")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD",
                   help="first day of a reporting year (or of a summary)")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="last day of that period")
    p.add_argument("--summary", type=int, metavar="K",
                   help="a multi-year summary of the K (2-5) reporting years ending with --year")
    p.add_argument("--corrected", action="store_true",
                   help="a corrected edition of a released period (only when the audit allows it)")
    p.add_argument("--signals-file", metavar="F",
                   help="UTF-8 text printed as the report's signals and recommendations (checked against the "
                        "vault for identifying words first)")
    p.add_argument("--out", required=True, help="the PDF to write")
    p.add_argument("--passphrase-file")


def run(args: argparse.Namespace) -> int:
    from vp_desk.usecases.reports import Reports
    from vp_desk.usecases.session import open_vault

    _check_period_args(args)
    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise CliError("--out must name a .pdf file")
    if not out.parent.exists() or not out.parent.is_dir():
        raise CliError(f"the folder {out.parent} does not exist")
    if out.exists() and out.is_dir():
        raise CliError(f"{out} is a folder")
    signals_text = _signals_text(args.signals_file)
    phrase = read_passphrase(args.passphrase_file)
    with open_vault(args.vault, phrase) as desk:
        reports = Reports(desk)
        org = desk.organisation_by_name(args.org)
        if org is None:
            names = ", ".join(o.name for o in reports.organisations())
            raise CliError(f"no organisation named {args.org!r} in this vault (there are: {names or 'none'})")
        cal = reports.calendar(org.id)
        start, end = _period(args, cal)
        prepared = reports.prepare(org.id, start, end, corrected=args.corrected)
        if not prepared.reissue and _refused(desk, org.id, signals_text, prepared.document.threshold):
            return 1
        reports.write(prepared, out, signals_text=signals_text)
    doc = prepared.document
    notes = []
    if prepared.reissue and signals_text is not None and signals_text.strip() != doc.signals_text:
        notes.append("the signals text released before is issued again (--signals-file not used)")
    if prepared.reissue:
        notes.append(f"re-issued exactly as exported before ({prepared.exported_before} time(s))")
        if prepared.changes:
            notes.append(f"the vault now differs in {len(prepared.changes)} figure(s); "
                         "--corrected makes a corrected edition if the audit allows it")
    elif prepared.corrected:
        notes.append(f"corrected edition; changed: {', '.join(prepared.changes[:8])}")
    hidden = doc.hidden_cells()
    if hidden:
        notes.append(f"{hidden} value(s) hidden to protect small numbers")
    left_out = sorted(k.partition(".")[0] for k, v in doc.published().items() if k.endswith(".__withheld__"))
    left_out += sorted(k for k, why in doc.reasons.items() if why == "withheld" and "." not in k)
    if left_out:
        notes.append("left out so that no small number can be worked out: " + ", ".join(left_out))
    if prepared.prior:
        notes.append(f"warning: {len(prepared.prior)} small number(s) could already be worked out "
                     "from earlier exports")
    what = ("yearly report" if cal.is_single(prepared.period) else "summary report") + f" {doc.period_text()}"
    print(f"{out}: {what} for {org.name}" + ("; " + "; ".join(notes) if notes else ""))
    return 0


def _signals_text(file: str | None) -> str | None:
    from vp_desk.domain.signals import MAX_SIGNALS_TEXT

    if not file:
        return None
    text = read_text(file, "signals file")
    if len(text.strip()) > MAX_SIGNALS_TEXT:
        raise CliError(f"the signals file {file} is too long ({len(text.strip())} characters; "
                       f"at most {MAX_SIGNALS_TEXT})")
    return text


def _refused(desk, org_id: int, text: str | None, threshold: int) -> bool:
    """Print one line per identifying word of the signals text; True when there is any."""
    from vp_desk.domain.signals import REASON_WORDS
    from vp_desk.usecases.signals import screen_text

    hits = screen_text(desk, org_id, text or "", threshold)
    for h in hits:
        why = REASON_WORDS.get(h.reason, h.reason).format(t=threshold)
        print(f"vp-desk: signals text: {one_line(h.word)!r} {why}: rewrite it", file=sys.stderr)
    if hits:
        print(f"vp-desk: the report was not written: {len(hits)} word(s) in the signals text could "
              "identify someone", file=sys.stderr)
    return bool(hits)


def _day(option: str, text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CliError(f"{option} must be a date such as 2025-01-01, not {text!r}") from None


def _year(text: str) -> int:
    try:
        year = int(text)
    except ValueError:
        raise CliError(f"--year must be a year such as 2025, not {text!r}") from None
    if not 1990 <= year <= 2100:
        raise CliError(f"--year {year} is out of range")
    return year


def _check_period_args(args: argparse.Namespace) -> None:
    """Everything that can be said about the period before the vault is opened."""
    if args.date_from or args.date_to:
        if not (args.date_from and args.date_to):
            raise CliError("give both --from and --to, or --year alone")
        if args.year or args.summary:
            raise CliError("give either --year (with --summary) or --from/--to, not both")
        start, end = _day("--from", args.date_from), _day("--to", args.date_to)
        if start > end:
            raise CliError(f"the period ends ({end}) before it starts ({start})")
        if start.year < 1990 or end.year > 2100:
            raise CliError("the period is out of range (1990-2100)")
        return
    if not args.year:
        raise CliError("give --year YYYY (or --from and --to)")
    _year(args.year)
    if args.summary is not None and not 2 <= args.summary <= 5:
        raise CliError("--summary takes 2 to 5 reporting years")


def _period(args: argparse.Namespace, cal) -> tuple[date, date]:
    if args.date_from:
        start, end = _day("--from", args.date_from), _day("--to", args.date_to)
        if cal.match(start, end) is None:
            raise CliError(f"{start} to {end} is not a reporting period of this organisation: give whole "
                           "reporting years (one, or a summary of 2 to 5)")
        return start, end
    year = _year(args.year)
    p = cal.summary(year - args.summary + 1, args.summary) if args.summary else cal.period(year)
    return p.start, p.end
