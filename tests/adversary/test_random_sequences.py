"""Random small vaults and random sequences of exports and late registrations; the reader
holds every PDF that was written and must not pin any small group count.

One organisation, 2-4 reporting years, 0-25 requesters a year; steps: export a year (at a
threshold of 3-5, with or without breakdowns), a 2..5-year summary, re-export a year, add
a late request to a year and re-export it (plain or as a corrected edition). Shrinking is
off by default to keep the folder fast; ``VP_ADVERSARY_SHRINK=1`` turns it on to get the
smallest failing sequence.
"""

from __future__ import annotations

import os
import random
import tempfile
from dataclasses import fields
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from tests.adversary.archive import Archive, Requester, year_cuts
from tests.adversary.reader import attack
from vp_desk.domain.catalog import profile as get_profile
from vp_desk.domain.models import Organisation

LAST_YEAR = 2024  # the last reporting period ends before the vault's today (2026-11-23) in every calendar
HAS_CALENDAR = "report_start_month" in {f.name for f in fields(Organisation)}
PHASES = tuple(Phase) if os.environ.get("VP_ADVERSARY_SHRINK") else (Phase.explicit, Phase.reuse, Phase.generate)


def requester(rng: random.Random, year: int, prof_code: str, skew: float, start_month: int = 1) -> Requester:
    """One requester; ``skew`` near 1 makes most requesters alike (small and homogeneous cells)."""
    prof = get_profile(prof_code)

    def pick(options: tuple[str, ...]) -> str:
        return options[0] if rng.random() < skew else rng.choice(options)

    themes = prof.keys("themes")
    month = start_month - 1 + rng.randint(1, 12)  # a day of the reporting period that starts in ``year``
    return Requester(
        request=date(year + (month - 1) // 12, (month - 1) % 12 + 1, rng.randint(1, 28)),
        channel=pick(prof.keys("channels")[:4]), sphere=pick(prof.keys("spheres")),
        relation=pick(prof.keys("relations")),
        themes=tuple(sorted({pick(themes[:6]) for _ in range(rng.choice((1, 1, 2, 3)))})),
        gender=rng.choice((None, *prof.keys("genders"))) if rng.random() > skew else "woman",
        age_band=rng.choice((None, *prof.keys("age_bands"))) if rng.random() > skew else "55plus",
        role=rng.choice((None, *prof.keys("roles"))),
        senior=rng.random() < 0.1, group=rng.random() < 0.1,
        closed_after=rng.choice((None, None, 15, 60, 200, 400)), outcome=pick(prof.keys("outcomes")),
        conversation=rng.random() < 0.5,
        referral=rng.choice(prof.keys("referral_destinations")[:3]) if rng.random() < 0.2 else None,
    )


threshold = st.sampled_from((5, 5, 4, 3))
breakdowns = st.sampled_from(((), (), ("gender",), ("gender", "age_band", "role")))
step = st.one_of(
    st.tuples(st.just("year"), st.integers(0, 3), threshold, breakdowns),
    st.tuples(st.just("summary"), st.integers(0, 3), st.integers(2, 5), threshold),
    st.tuples(st.just("late"), st.integers(0, 3), st.booleans(), st.integers(0, 2**16)),
)


@st.composite
def scenarios(draw):
    n_years = draw(st.integers(2, 4))
    sizes = draw(st.lists(st.integers(0, 25), min_size=n_years, max_size=n_years))
    return {
        "profile": draw(st.sampled_from(("BE", "NL"))),
        "years": list(range(LAST_YEAR - n_years + 1, LAST_YEAR + 1)),
        "sizes": sizes,
        "seed": draw(st.integers(0, 2**16)),
        "skew": draw(st.sampled_from((0.0, 0.5, 0.8))),
        "start_month": draw(st.sampled_from((1, 1, 9))) if HAS_CALENDAR else 1,
        "steps": draw(st.lists(step, min_size=2, max_size=6)),
    }


def play(scn: dict, folder: Path) -> Archive:
    years = scn["years"]
    month = scn.get("start_month", 1)
    a = Archive(folder, profile=scn["profile"], cuts=year_cuts(years[0], years[-1], start_month=month),
                start_month=month)
    rng = random.Random(scn["seed"])
    for y, n in zip(years, scn["sizes"], strict=True):
        for _ in range(n):
            a.add(requester(rng, y, scn["profile"], scn["skew"], month))
    a.log.append("vault: " + ", ".join(f"{y}: {n} requesters" for y, n in zip(years, scn["sizes"], strict=True))
                 + f" (seed {scn['seed']}, skew {scn['skew']}, {scn['profile']}, periods start in month {month})")
    for s in scn["steps"]:
        kind, i = s[0], s[1] % len(years)
        y = years[i]
        if kind == "year":
            a.year(y, threshold=s[2], breakdowns=s[3])
        elif kind == "summary":
            count = min(s[2], len(years) - i)
            if count >= 2:
                a.summary(y, count, threshold=s[3])
        else:  # a late registration in year y, then y again (plain re-export or corrected edition)
            a.add(requester(random.Random(s[3]), y, scn["profile"], 0.5, month), late=True)
            a.year(y, corrected=s[2])
    return a


@pytest.mark.slow
@settings(max_examples=int(os.environ.get("VP_ADVERSARY_EXAMPLES", "12")), deadline=None, phases=PHASES,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large], database=None)
@given(scn=scenarios())
# found by this test on the first issue-12 code: the audit raised "model not solved: Infeasible"
@example(scn={"profile": "NL", "years": [2022, 2023, 2024], "sizes": [4, 21, 17], "seed": 41848, "skew": 0.5,
              "start_month": 1, "steps": [("summary", 1, 5, 4), ("late", 2, True, 16499), ("summary", 1, 5, 3),
                                          ("late", 1, False, 37437), ("summary", 2, 4, 3), ("summary", 1, 4, 5)]})
def test_no_export_sequence_pins_a_small_count(scn: dict) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        a = play(scn, Path(tmp))
        try:
            if not a.editions:
                return
            v = attack(a.reader())
        finally:
            a.close()
    lines = ["export sequence:", a.story()]
    lines += [f"  pinned: {f}" for f in v.pinned[:10]]
    lines += [f"  group disclosure: {f}" for f in v.homogeneous[:5]]
    assert v.safe, "\n".join(lines)
