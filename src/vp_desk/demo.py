"""Synthetic, realistic-looking demo data. Every name and note is invented.

Used by ``vp-desk --demo`` (a throwaway vault), ``vp-desk demo-data`` and the tests and
benchmarks. Deterministic for a given seed.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from vp_desk.domain import rules
from vp_desk.domain.catalog import profile
from vp_desk.domain.models import (
    Consent,
    Contact,
    Dossier,
    Intervention,
    Organisation,
    OwnActivity,
    Referral,
)
from vp_desk.domain.signals import Signal
from vp_desk.storage import care
from vp_desk.storage.repository import Repository
from vp_desk.storage.signals import SignalStore
from vp_desk.storage.vault import Vault

ORG_NAMES = [
    ("Gemeente Heuvelrode", "NL", "nl"), ("Zorgcentrum De Linde", "BE", "nl"),
    ("Atelier Brons & Zn.", "NL", "nl"), ("Hôpital Saint-Rémy", "BE", "fr"),
    ("Transport Vermeulen", "BE", "nl"), ("Scholengroep Kempenland", "BE", "nl"),
    ("Bakkerij Van Dam", "NL", "nl"), ("Logistiek Noord BV", "NL", "nl"),
    ("Imprimerie Lemaire", "BE", "fr"), ("Woonzorg Oosterpark", "NL", "nl"),
]

OPENINGS = [
    "Verzoeker vertelt over aanhoudende spanningen met", "Medewerker meldt zich na een incident met",
    "Eerste gesprek over de samenwerking met", "Verzoeker ervaart al maanden druk door",
    "Zij beschrijft herhaalde opmerkingen van", "Hij voelt zich buitengesloten door",
]
OTHERS = ["een collega van de dienst", "de teamleider", "een klant aan het loket", "twee collega's",
          "de afdelingsverantwoordelijke", "een bezoeker", "een nieuwe leidinggevende"]
MIDDLES = [
    "sinds de reorganisatie in het voorjaar.", "tijdens de late diensten.", "na een discussie over de planning.",
    "bij het verdelen van het werk.", "op het werkoverleg van vorige week.", "via berichten buiten de werkuren.",
]
FOLLOWUPS = [
    "Besproken welke stappen verzoeker zelf kan zetten.", "Verzoeker wil eerst zelf het gesprek aangaan.",
    "Mogelijkheden toegelicht: informele interventie of doorverwijzing.", "Verzoeker voelt zich gehoord en neemt bedenktijd.",
    "Afgesproken om over twee weken opnieuw contact te nemen.", "Slaapproblemen en vermoeidheid besproken.",
    "Verzoeker heeft inmiddels met de huisarts gesproken.", "Situatie lijkt te stabiliseren.",
]


# BE: the risk domains a theme usually touches (the five domains of the Welzijnswet)
THEME_DOMAINS = {
    "stress": ("work_organisation", "work_content"), "burnout": ("work_content", "work_organisation"),
    "workload": ("work_organisation",), "conflict": ("interpersonal_relations",),
    "violence": ("interpersonal_relations",), "bullying": ("interpersonal_relations",),
    "sexual_harassment": ("interpersonal_relations",), "aggression": ("interpersonal_relations", "working_conditions"),
    "discrimination": ("interpersonal_relations", "employment_conditions"), "trauma": ("working_conditions",),
}


def _who_and_domains(code: str, prof_code: str, themes: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """Who asks (mostly the person concerned) and, in Belgium, the risk domains of the themes.
    A random stream of its own, so the rest of the demo data stays as it was."""
    aux = random.Random(f"intake-{code}")
    requester = aux.choices(["concerned", "witness", "manager", "former_employee"], [75, 10, 10, 5])[0]
    if prof_code != "BE" or aux.random() < 0.1:
        return requester, ()
    domains = {d for t in themes for d in THEME_DOMAINS.get(t, ())}
    if aux.random() < 0.1:
        domains.add("employment_conditions")
    return requester, tuple(sorted(domains))


def _note(rng: random.Random) -> str:
    return f"{rng.choice(OPENINGS)} {rng.choice(OTHERS)} {rng.choice(MIDDLES)} {rng.choice(FOLLOWUPS)}"


def fill(vault: Vault, dossiers: int, orgs: int = 3, years: int = 3, seed: int = 1,
         today: date | None = None, progress: Callable[[int, int], None] | None = None,
         contacts_per_dossier: int | None = None) -> None:
    """Add ``orgs`` organisations (reusing existing demo names) and ``dossiers`` dossiers
    spread over the last ``years`` years, with contacts, consents, interventions, referrals,
    closures and the confidant's own activities. One transaction per 500 dossiers.
    ``contacts_per_dossier`` fixes the number of follow-up contacts (benchmarks); by default
    it varies from 0 to 6."""
    rng = random.Random(seed)
    repo = Repository(vault)
    today = today or date.today()
    start = date(today.year - years + 1, 1, 1)
    span = (today - start).days
    org_ids: list[tuple[int, str]] = []
    for i in range(orgs):
        base, prof, lang = ORG_NAMES[i % len(ORG_NAMES)]
        name = base if i < len(ORG_NAMES) else f"{base} {i // len(ORG_NAMES) + 1}"
        existing = repo.organisation_by_name(name)
        if existing:
            org_ids.append((existing.id, existing.profile))
            continue
        appointed = date(start.year - rng.randint(0, 3), rng.randint(1, 12), 1)
        oid = repo.save_organisation(Organisation(name=name, profile=prof, language=lang,
                                                  appointment_date=appointed))
        org_ids.append((oid, prof))
        with vault.transaction():
            for y in range(start.year, today.year + 1):
                repo.save_own_activity(OwnActivity("intervisie", date(y, 3, 14), 3.5, oid))
                repo.save_own_activity(OwnActivity("intervisie", date(y, 10, 3), 3.5, oid))
                repo.save_own_activity(OwnActivity("paps_consultation", date(y, 5, 20), 1.5, oid))
                repo.save_own_activity(OwnActivity("prevention", date(y, 9, 9), 4.0, oid,
                                                   "Infosessie psychosociale risico's"))
            repo.save_own_activity(OwnActivity("basic_training", appointed + timedelta(days=200), 35.0, oid))
            _signals(vault, name, oid, prof, start, today)
    if not org_ids:
        return
    counters: dict[tuple[int, int], int] = {}
    done = 0
    while done < dossiers:
        batch = min(500, dossiers - done)
        with vault.transaction():
            for _ in range(batch):
                _one_dossier(repo, rng, org_ids, start, span, today, counters, contacts_per_dossier)
        done += batch
        if progress:
            progress(done, dossiers)


SIGNAL_NOTES = (
    "Werkdruk in het team besproken; voorstel om de planning samen te bekijken.",
    "Advies om een infosessie over grensoverschrijdend gedrag te organiseren.",
    "Gevraagd advies over de aanpak van conflicten na de reorganisatie.",
    "Signaal over toon in de communicatie van leidinggevenden.",
)


def _signals(vault: Vault, name: str, org_id: int, prof_code: str, start: date, today: date) -> None:
    """Two or three signals and advices a year, on a random stream of their own (the rest of the
    demo data is the same with or without them)."""
    aux = random.Random(f"signals-{name}")
    prof = profile(prof_code)
    store = SignalStore(vault)
    for y in range(start.year, today.year + 1):
        for _ in range(aux.choice([2, 2, 3])):
            day = date(y, aux.randint(1, 12), aux.randint(1, 28))
            if day > today:  # this year's: spread over the months so far, not piled on today
                day = today - timedelta(days=aux.randint(1, max(1, (today - date(y, 1, 1)).days)))
            themes = tuple(sorted({aux.choice(prof.keys("themes")) for _ in range(aux.choice([1, 2]))}))
            store.save(Signal(org_id, day, aux.choice(prof.keys("signal_addressees")), asked=aux.random() < 0.4,
                              themes=themes, note=aux.choice(SIGNAL_NOTES)))


def _one_dossier(repo: Repository, rng: random.Random, org_ids, start: date, span: int, today: date,
                 counters: dict[tuple[int, int], int], n_contacts: int | None = None) -> None:
    oid, prof_code = rng.choice(org_ids)
    prof = profile(prof_code)
    request = start + timedelta(days=rng.randint(0, max(span - 1, 0)))
    heard = request + timedelta(days=rng.choice([0, 1, 2, 3, 5, 7, 9, 12]))
    intake = heard if heard <= today else None
    key = (oid, request.year)
    counters[key] = counters.get(key, 0) + 1
    code = f"{request.year}-{counters[key]:03d}-{rng.randint(100, 999)}"
    themes = tuple(sorted({rng.choice(prof.keys("themes")) for _ in range(rng.choice([1, 1, 2, 3]))}))
    requester, domains = _who_and_domains(code, prof_code, themes)
    d = Dossier(
        org_id=oid, code=code, request_date=request, intake_date=intake,
        channel=rng.choice(prof.keys("channels")), sphere=rng.choice(["work", "work", "individual", "both"]),
        relation=rng.choice(prof.keys("relations")), themes=themes,
        gender=rng.choice([None, "woman", "man", "woman", "x"]),
        age_band=rng.choice([None, *prof.keys("age_bands")]),
        role=rng.choice([None, "employee", "employee", "supervisor"]),
        senior_involved=rng.random() < 0.08, group_problem=rng.random() < 0.06,
        intake_notes=_note(rng), requester=requester, domains=domains,
    )
    repo.save_dossier(d)
    if intake is None:
        return
    day = intake
    for _ in range(rng.choice([0, 1, 2, 3, 4, 6]) if n_contacts is None else n_contacts):
        day = day + timedelta(days=rng.randint(3, 30))
        if day > today:
            if n_contacts is None:
                break
            day = today
        repo.save_contact(Contact(d.id, day, rng.choice(prof.keys("contact_kinds")),
                                  rng.choice([15, 30, 45, 60, 90]), rng.choice(FOLLOWUPS)))
    repo.save_intervention(Intervention(d.id, intake, "conversation", notes=rng.choice(FOLLOWUPS)))
    if rng.random() < 0.25 and day <= today:
        kind = rng.choice(["intervention_other", "reconciliation"])
        c = Consent(d.id, rules.consent_scope_for(kind), day, description="Mondeling akkoord, genoteerd tijdens gesprek.")
        repo.save_consent(c)
        repo.save_intervention(Intervention(d.id, day, kind, consent_id=c.id,
                                            other_party_agreed=kind == "reconciliation",
                                            notes=rng.choice(FOLLOWUPS)))
    if rng.random() < 0.3 and day <= today:
        c = Consent(d.id, "referral", day, description="Akkoord met doorverwijzing.")
        repo.save_consent(c)
        repo.save_referral(Referral(d.id, day, rng.choice(prof.keys("referral_destinations")), consent_id=c.id,
                                    formal_request=rng.random() < 0.1, outcome="Verzoeker neemt zelf contact op."))
    close_day = day + timedelta(days=rng.randint(7, 60))
    if close_day <= today and rng.random() < 0.8:
        repo.close_dossier(d.id, close_day, rng.choice(prof.keys("outcomes")))
        # some recently closed ones get an aftercare conversation six weeks on (no draw: same data)
        if counters[key] % 3 == 0 and close_day >= today - timedelta(days=90):
            care.set_aftercare_date(repo.vault, d.id, close_day + timedelta(weeks=6))
