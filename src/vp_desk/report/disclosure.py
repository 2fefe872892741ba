"""Disclosure control for one release, checked against everything released before.

1. Counts 1..t-1 are shown "<t" (t defaults to 5, never below 3); 0 stays 0.
2. In every table with a "<t" cell, one more of its counts of t or more is hidden ("x"),
   chosen in an order set by a secret key kept in the vault. Which cells qualify is printed
   anyway, so a reader who replays the code (even with the key) finds the same choice for
   every table consistent with the print: replaying teaches nothing the audit has not
   already allowed for. An "x" is therefore a count of t or more, and the audit knows it.
3. The audit (``audit``) then models what a reader holding this release *and every earlier
   release of the organisation* can work out. While it finds a count about a group of
   requesters it can pin (see ``audit.disclosed``), the part of the report that holds it
   is left out whole (a table, or a fact); when only the headline count would be left to
   drop, the release is refused with the reason.
4. A count disclosed by earlier releases alone cannot be taken back; it is reported, and
   this release may not narrow it any further.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field

from vp_desk.report import tables as tb
from vp_desk.report.audit import Finding, Memo, ReaderModel, disclosed

DEFAULT_THRESHOLD = 5
MIN_THRESHOLD = 3
SECONDARY = "x"
MAX_ROUNDS = 400


def clamp_threshold(t: int | str | None) -> int:
    try:
        t = int(t) if t is not None else DEFAULT_THRESHOLD
    except (TypeError, ValueError):
        t = DEFAULT_THRESHOLD
    return max(MIN_THRESHOLD, t)


def is_hidden(shown: str) -> bool:
    return shown == SECONDARY or shown.startswith("<")


def primary(value: int, t: int) -> str:
    return f"<{t}" if 0 < value < t else str(value)


@dataclass
class Publication:
    """What one release shows: a value per statistic key, the parts left out, and why each
    hidden value is hidden (``small``, ``protects:<target>``, ``shared:<table.key>``,
    ``withheld``)."""
    values: dict[str, str]
    withheld: set[str] = field(default_factory=set)
    reasons: dict[str, str] = field(default_factory=dict)
    reduced: bool = False
    prior: list[Finding] = field(default_factory=list)

    def published(self) -> dict[str, str]:
        out = {k: v for k, v in self.values.items() if k.partition(".")[0] not in self.withheld}
        out.update({f"{t}.__withheld__": "1" for t in self.withheld})
        if self.reduced:
            out["reduced"] = "1"
        return out


class ReleaseRefused(Exception):
    def __init__(self, finding: Finding) -> None:
        self.finding = finding
        super().__init__(finding.describe())


def _order_key(secret: bytes, salt: str, key: str) -> bytes:
    return hashlib.blake2s(f"{salt}\x00{key}".encode(), key=secret[:32]).digest()


PARTNERS = 1  # extra cells hidden beside the small ones of a table (1 loses least on the demo data: benchmarks/info_loss.py)


def partner_cells(values: dict[str, str], secret: bytes, salt: str,
                  subtotals: dict[str, list[str]] | None = None) -> dict[str, str]:
    """Step 1, the same for every table consistent with what is printed: in each table
    that has a "<t" cell, hide ``PARTNERS`` more of its counts of t or more ("x"), in the
    vault's secret order. Then the same within every part of a table whose sum is printed
    elsewhere (``subtotals``: the themes of one theme group, added up by the theme-group
    table), unless that part already has an "x": else two small themes of one group would
    be pinned by their group's total. Which cells qualify is printed anyway (zeros stay 0,
    small ones say "<t", and the first step's choice is itself such a function), so the
    choice never depends on a hidden value."""
    tables: dict[str, list[str]] = {}
    for key in values:
        if "." in key:
            tables.setdefault(key.partition(".")[0], []).append(key)
    out = dict(values)
    parts = list(tables.values()) + [[k for k in keys if k in values] for keys in (subtotals or {}).values()]
    for keys in parts:
        if not any(out[k].startswith("<") for k in keys) or any(out[k] == SECONDARY for k in keys):
            continue
        big = sorted((k for k in keys if not is_hidden(out[k]) and out[k] != "0"),
                     key=lambda k: _order_key(secret, salt, k))
        for k in big[:PARTNERS]:
            out[k] = SECONDARY
    return out


def protect(values: dict[str, str], truth: dict[str, int], t: int,
            model_of: Callable[[dict[str, str] | None], ReaderModel], secret: bytes, salt: str,
            expr_of: Callable[[str], dict[str, int]] | None = None,
            subtotals: dict[str, list[str]] | None = None) -> Publication:
    """Step 1: ``partner_cells``. Step 2: while the audit of this release together with
    every earlier one finds a count it can pin, leave out the part of the report that holds
    it (a table, or a fact), one part per round; refuse when the headline would have to go."""
    pub = Publication(partner_cells(values, secret, salt, subtotals))
    for key, shown in pub.values.items():
        if shown.startswith("<"):
            pub.reasons[key] = "small"
        elif shown == SECONDARY:
            pub.reasons[key] = "partner"
    memo = Memo()
    pub.prior = disclosed(model_of(None), memo=memo)
    # what earlier releases already gave away is no reason to refuse; narrowing it further is
    prior = {f.target.key: f.hi - f.lo for f in pub.prior}
    for _ in range(MAX_ROUNDS):
        findings = [f for f in disclosed(model_of(pub.published()), memo=memo)
                    if f.target.key not in prior or f.hi - f.lo < prior[f.target.key]]
        if not findings:
            return pub
        if not _leave_out(pub, findings[0], expr_of):
            raise ReleaseRefused(findings[0])
    raise ReleaseRefused(findings[0])


def _leave_out(pub: Publication, finding: Finding, expr_of: Callable[[str], dict[str, int]] | None) -> bool:
    """Leave out the printed part that holds the threatened count: the tables whose cells
    share its unknowns (else the tables of its family), or else its facts. False when only
    the headline is left."""
    target_vars = set(finding.target.expr)
    printed = [k for k in pub.values if k.partition(".")[0] not in pub.withheld and k != "new_requests"]

    def holds(k: str) -> bool:
        return bool(expr_of and target_vars & set(expr_of(k)))

    tables = {k.partition(".")[0] for k in printed if "." in k and holds(k)}
    if not tables:
        tables = {k.partition(".")[0] for k in printed if "." in k and tb.family(k) == finding.target.family}
    if tables:
        pub.withheld |= tables
        for k in pub.values:
            if k.partition(".")[0] in tables:
                pub.reasons[k] = "withheld"
        return True
    facts = [k for k in printed if "." not in k and (holds(k) or tb.family(k) == finding.target.family)]
    for k in facts:
        del pub.values[k]
        pub.reasons[k] = "withheld"
    return bool(facts)
