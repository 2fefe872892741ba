"""Report figures equal a brute-force count over the synthetic data, for several seeds."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from vp_desk import demo
from vp_desk.report import figures
from vp_desk.storage.repository import Repository
from vp_desk.storage.vault import Vault

from ..conftest import PASSPHRASE

TODAY = date(2026, 11, 23)


def brute_force(repo: Repository, org_id: int, start: date, end: date) -> dict:
    inside = lambda d: d is not None and start <= d <= end  # noqa: E731
    new, themes, channel, interventions, referrals, outcomes = 0, Counter(), Counter(), Counter(), Counter(), Counter()
    contacts = minutes = open_start = open_end = formal = 0
    for s in repo.dossier_summaries(org_id=org_id):
        d = repo.dossier(s.id)
        if inside(d.request_date):
            new += 1
            themes.update(d.themes)
            channel[d.channel] += 1
        if d.request_date < start and (d.closed_date is None or d.closed_date >= start):
            open_start += 1
        if d.request_date <= end and (d.closed_date is None or d.closed_date > end):
            open_end += 1
        if d.closed_date and inside(d.closed_date):
            outcomes[d.outcome] += 1
        for c in repo.contacts(d.id):
            if inside(c.date):
                contacts += 1
                minutes += c.minutes
        for i in repo.interventions(d.id):
            if inside(i.date):
                interventions[i.type] += 1
        for r in repo.referrals(d.id):
            if inside(r.date):
                referrals[r.destination] += 1
                formal += r.formal_request
    return dict(new_requests=new, themes=dict(themes), channel=dict(channel), contacts=contacts, minutes=minutes,
                open_at_start=open_start, open_at_end=open_end, interventions=dict(interventions),
                referrals=dict(referrals), outcomes=dict(outcomes), formal_referrals=formal)


@pytest.mark.parametrize("seed", [1, 7, 42])
def test_figures_match_brute_force(tmp_path, seed):
    with Vault.create(tmp_path / "f.vpvault", PASSPHRASE) as v:
        demo.fill(v, 150, orgs=3, years=3, seed=seed, today=TODAY)
        repo = Repository(v)
        for org in repo.organisations():
            for year in (2025, 2026):
                start, end = figures.year_period(year)
                f = figures.compute(v, org.id, org.profile, start, end)
                expected = brute_force(repo, org.id, start, end)
                for key, value in expected.items():
                    assert getattr(f, key) == value, (seed, org.name, year, key)
                assert f.closed == sum(expected["outcomes"].values())


def test_figures_hold_only_numbers_and_keys():
    with pytest.raises(TypeError):
        figures.YearFigures(profile="BE", start=date(2026, 1, 1), end=date(2026, 12, 31), new_requests=1,
                            open_at_start=0, open_at_end=0, closed=0, contacts=0, minutes=0,
                            themes={"stress": "some note text"})
    with pytest.raises(TypeError):
        figures.YearFigures(profile="BE", start=date(2026, 1, 1), end=date(2026, 12, 31), new_requests=1,
                            open_at_start=0, open_at_end=0, closed=0, contacts=0, minutes=0,
                            themes={"Jan Peeters zei dat": 1})


def test_json_round_trip(tmp_path):
    with Vault.create(tmp_path / "j.vpvault", PASSPHRASE) as v:
        demo.fill(v, 40, orgs=1, years=1, seed=3, today=TODAY)
        org = Repository(v).organisations()[0]
        f = figures.compute(v, org.id, org.profile, *figures.year_period(2026))
        assert figures.YearFigures.from_json(f.to_json()) == f
