"""``YearFigures``: the numbers of one organisation's report period, nothing else.

Only integers, floats (hours) and catalog keys; no text from the vault can be carried.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date

from vp_desk.domain.catalog import profile as get_profile
from vp_desk.storage import report_queries
from vp_desk.storage.vault import Vault

Counts = dict[str, int]


@dataclass(frozen=True)
class YearFigures:
    profile: str
    start: date
    end: date
    new_requests: int
    open_at_start: int
    open_at_end: int
    closed: int
    contacts: int
    minutes: int
    channel: Counts = field(default_factory=dict)
    sphere: Counts = field(default_factory=dict)
    relation: Counts = field(default_factory=dict)
    themes: Counts = field(default_factory=dict)
    gender: Counts = field(default_factory=dict)
    age_band: Counts = field(default_factory=dict)
    role: Counts = field(default_factory=dict)
    senior_involved: int = 0
    group_problem: int = 0
    interventions: Counts = field(default_factory=dict)
    referrals: Counts = field(default_factory=dict)
    formal_referrals: int = 0
    outcomes: Counts = field(default_factory=dict)
    register: Counts = field(default_factory=dict)
    register_entries: int = 0
    own_hours: dict[str, float] = field(default_factory=dict)
    own_count: Counts = field(default_factory=dict)
    # issue 15: who asks (single choice; not recorded = the rest), the risk domains (BE, several
    # per request; "_unknown" = requests without one) and the requests per theme group (a
    # request counts once per group). Figures frozen before these existed read requester and
    # domains as not recorded, and have no group_requests (None): such a period prints none.
    requester: Counts = field(default_factory=dict)
    domains: Counts = field(default_factory=dict)
    group_requests: Counts | None = None
    # signals and advice the confidant gave (own activity, not requests): per addressee kind,
    # and how many of them were asked for
    signals: Counts = field(default_factory=dict)
    signals_asked: int = 0

    def __post_init__(self) -> None:
        for name, value in asdict(self).items():
            if name in ("profile", "start", "end") or value is None and name == "group_requests":
                continue
            values = value.values() if isinstance(value, dict) else [value]
            if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
                raise TypeError(f"YearFigures.{name} holds a non-number")
            if isinstance(value, dict) and not all(isinstance(k, str) and k.isidentifier() or
                                                   (isinstance(k, str) and k.replace("_", "").isalnum())
                                                   for k in value):
                raise TypeError(f"YearFigures.{name} has a key that is not a catalog key")

    @property
    def hours(self) -> float:
        return round(self.minutes / 60, 1)

    def to_json(self) -> str:
        d = asdict(self)
        d["start"], d["end"] = self.start.isoformat(), self.end.isoformat()
        return json.dumps(d, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> YearFigures:
        d = json.loads(text)
        d["start"], d["end"] = date.fromisoformat(d["start"]), date.fromisoformat(d["end"])
        return cls(**d)


def compute(vault: Vault, org_id: int, profile: str, start: date, end: date) -> YearFigures:
    c = report_queries.period_counts(vault, org_id, start, end, get_profile(profile).groups("themes"))
    return YearFigures(profile=profile, start=start, end=end, **c)  # type: ignore[arg-type]


def year_period(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)
