"""``vp-desk demo-data VAULT --dossiers N [--orgs K] [--years Y] [--seed S] --passphrase-file F``:
create or fill a vault with synthetic dossiers (for trying VP Desk and for benchmarks)."""

from __future__ import annotations

import argparse
from pathlib import Path

from vp_desk.cli.common import CliError, positive, read_passphrase


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo-data", help="create or fill a vault with synthetic dossiers")
    p.add_argument("vault")
    p.add_argument("--dossiers", type=positive, required=True)
    p.add_argument("--orgs", type=positive, default=3)
    p.add_argument("--years", type=positive, default=3)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--passphrase-file")


def run(args: argparse.Namespace) -> int:
    from vp_desk.security.passphrase import METER_WORDS, check_strength_or_raise, estimate
    from vp_desk.usecases.session import create_vault, fill_demo, open_vault

    if args.years < 1 or args.orgs < 1:
        raise CliError("--orgs and --years must be at least 1")
    path = Path(args.vault)
    phrase = read_passphrase(args.passphrase_file, confirm=not path.exists())
    strength = ""
    if path.exists():
        desk = open_vault(path, phrase)
    else:
        check_strength_or_raise(phrase)  # the gate and the meter the GUI uses
        strength = f"; new vault, passphrase strength: {METER_WORDS[estimate(phrase).score]}"
        desk = create_vault(path, phrase)
    with desk:
        fill_demo(desk, args.dossiers, orgs=args.orgs, years=args.years, seed=args.seed)
    print(f"{path}: added {args.dossiers} synthetic dossiers in {args.orgs} organisation(s){strength}")
    return 0
