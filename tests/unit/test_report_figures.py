"""Report figures equal a brute-force count over the synthetic data, for several seeds."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta

import pytest

from vp_desk import demo
from vp_desk.domain.models import RegisterEntry
from vp_desk.report import figures
from vp_desk.storage.register import RegisterStore
from vp_desk.storage.repository import Repository
from vp_desk.storage.vault import Vault

from ..conftest import PASSPHRASE

TODAY = date(2026, 11, 23)


def brute_force(repo: Repository, org_id: int, start: date, end: date) -> dict:
    inside = lambda d: d is not None and start <= d <= end  # noqa: E731
    new, themes, channel, interventions, referrals, outcomes = 0, Counter(), Counter(), Counter(), Counter(), Counter()
    sphere, relation, senior, group = Counter(), Counter(), 0, 0
    contacts = minutes = open_start = open_end = formal = 0
    for s in repo.dossier_summaries(org_id=org_id):
        d = repo.dossier(s.id)
        if inside(d.request_date):
            new += 1
            themes.update(d.themes)
            channel[d.channel] += 1
            sphere[d.sphere] += 1
            relation[d.relation] += 1
            senior += d.senior_involved
            group += d.group_problem
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
    own_hours, own_count = Counter(), Counter()
    for a in repo.own_activities(org_id):
        if inside(a.date):
            own_hours[a.kind] += a.hours
            own_count[a.kind] += 1
    register, entries = Counter(), 0
    for e in RegisterStore(repo.vault).entries(org_id):
        if inside(e.registered_date):
            entries += 1
            register.update(e.types)
    return dict(sphere=dict(sphere), relation=dict(relation), senior_involved=senior, group_problem=group,
                own_hours=dict(own_hours), own_count=dict(own_count), register=dict(register),
                register_entries=entries,
                new_requests=new, themes=dict(themes), channel=dict(channel), contacts=contacts, minutes=minutes,
                open_at_start=open_start, open_at_end=open_end, interventions=dict(interventions),
                referrals=dict(referrals), outcomes=dict(outcomes), formal_referrals=formal)


@pytest.mark.parametrize("seed", [1, 7, 42])
def test_figures_match_brute_force(tmp_path, seed):
    with Vault.create(tmp_path / "f.vpvault", PASSPHRASE) as v:
        demo.fill(v, 150, orgs=3, years=3, seed=seed, today=TODAY)
        repo = Repository(v)
        rng = random.Random(seed)
        store = RegisterStore(v)
        for org in repo.organisations():
            if org.profile != "BE":
                continue
            day = date(2024, 12, 1)
            for _ in range(rng.randint(3, 15)):
                day += timedelta(days=rng.randint(5, 60))
                types = tuple(rng.sample(("violence", "harassment", "sexual"), rng.randint(1, 2)))
                store.save(RegisterEntry(org_id=org.id, registered_date=day, facts_from=day - timedelta(days=2),
                                         facts_to=None, types=types))
        seen_register = 0
        for org in repo.organisations():
            for year in (2025, 2026):
                start, end = figures.year_period(year)
                f = figures.compute(v, org.id, org.profile, start, end)
                expected = brute_force(repo, org.id, start, end)
                for key, value in expected.items():
                    assert getattr(f, key) == value, (seed, org.name, year, key)
                assert f.closed == sum(expected["outcomes"].values())
                seen_register += f.register_entries
        assert seen_register > 0  # the register part was really compared


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
