"""Disclosure control for one release, checked against everything released before.

1. Counts 1..t-1 are shown "<t" (t defaults to 5, never below 3); 0 stays 0.
2. The audit (``audit``) then models what a reader holding this release *and every earlier
   release of the organisation* can work out. For every count about a group of requesters
   it finds pinned (see ``audit.disclosed``) it hides one more cell of the same part of the
   report ("x"), and audits again, until nothing new is disclosed; a part that cannot be
   protected is left out whole; when even that does not help (the headline count itself
   would give a small number away) the release is refused with the reason.
3. Which extra cell is hidden next is chosen by cost (as few extra cells as possible, one
   at a time; cells that hold the threatened count first), never by value, with ties ordered
   by a secret key kept in the vault, so a reader who replays the code cannot tell which
   values made it choose (property-tested in tests/unit/test_release_audit.py).
4. A count disclosed by earlier releases alone cannot be taken back; it is reported, not
   counted against this release.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field

from vp_desk.report import tables as tb
from vp_desk.report.audit import HOMOGENEOUS, Finding, Memo, ReaderModel, disclosed

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


def protect(values: dict[str, str], truth: dict[str, int], t: int,
            model_of: Callable[[dict[str, str] | None], ReaderModel], secret: bytes, salt: str,
            expr_of: Callable[[str], dict[str, int]] | None = None) -> Publication:
    """Add suppression to ``values`` (already "<t"-protected) until the audit of the
    release together with every earlier one discloses nothing new."""
    pub = Publication(dict(values))
    for key, shown in values.items():
        if shown.startswith("<"):
            pub.reasons[key] = "small"
    memo = Memo()
    pub.prior = disclosed(model_of(None), memo=memo)
    prior_keys = {f.target.key for f in pub.prior}
    for _ in range(MAX_ROUNDS):
        findings = [f for f in disclosed(model_of(pub.published()), memo=memo) if f.target.key not in prior_keys]
        if not findings:
            return pub
        touched: set[str] = set()  # variables of the cells hidden in this round
        for f in findings:
            if touched & set(f.target.expr):
                continue  # this round already hides a cell that holds this target
            hidden = _hide_more(pub, f, truth, secret, salt, expr_of)
            if hidden is None:
                raise ReleaseRefused(f)
            for key in hidden:
                touched |= set(expr_of(key)) if expr_of else {key}
    raise ReleaseRefused(findings[0])


def _hide_more(pub: Publication, finding: Finding, truth: dict[str, int], secret: bytes, salt: str,
               expr_of: Callable[[str], dict[str, int]] | None) -> list[str] | None:
    """Hide one more value (or leave a part out) to protect ``finding``; the keys hidden,
    or None when nothing is left to hide. Cells that hold the target's own counts come
    first, then the rest of the same part of the report; within each in the secret order."""
    fam = finding.target.family
    reason = f"protects:{finding.target.key}"
    visible = [k for k, v in pub.values.items() if tb.family(k) == fam and k != "new_requests"
               and not is_hidden(v) and k.partition(".")[0] not in pub.withheld]
    if finding.target.kind == HOMOGENEOUS:
        table_cat = finding.target.key.split(":")[-2]
        reason = f"shared:{table_cat}"
        table = table_cat.partition(".")[0]
        same = [k for k in visible if k.partition(".")[0] == table]
        if table_cat in same:
            pub.values[table_cat] = SECONDARY
            pub.reasons[table_cat] = reason
            return [table_cat]
        visible = same or visible
    if visible:
        target_vars = set(finding.target.expr)
        # the order never depends on the cells' values: a reader replaying it learns nothing
        visible.sort(key=lambda k: (not (expr_of and target_vars & set(expr_of(k))), _order_key(secret, salt, k)))
        pub.values[visible[0]] = SECONDARY
        pub.reasons[visible[0]] = reason
        return [visible[0]]
    # nothing left to hide cell by cell: leave out the family's tables, hide its facts
    tables = {k.partition(".")[0] for k in pub.values if "." in k and tb.family(k) == fam} - pub.withheld
    facts = [k for k in pub.values if "." not in k and tb.family(k) == fam and k != "new_requests"
             and not is_hidden(pub.values[k])]
    if not tables and not facts:
        # only hidden facts remain ("<t" still narrows too much): leave them out
        gone = [k for k in pub.values if "." not in k and tb.family(k) == fam and k != "new_requests"]
        for k in gone:
            del pub.values[k]
            pub.reasons[k] = "withheld"
        return gone or None
    pub.withheld |= tables
    for k in facts:
        pub.values[k] = SECONDARY
        pub.reasons[k] = reason
    for k in pub.values:
        if k.partition(".")[0] in tables:
            pub.reasons[k] = "withheld"
    return [k for k in pub.values if k.partition(".")[0] in tables] + facts
