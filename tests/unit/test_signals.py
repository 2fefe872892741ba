"""Signals and advice (issue 15): the log's validation and storage, the report's counts of
it (the confidant's own activity: exact, outside the audit), and the screening of a
report's "signals and recommendations" text against the vault."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from vp_desk.domain.catalog import profile
from vp_desk.domain.models import Contact, RegisterEntry
from vp_desk.domain.signals import (
    PSEUDONYM,
    RARE_WORD,
    REAL_NAME,
    REGISTER_PLACE,
    REGISTER_WORDS,
    REGISTER_WORKER,
    Signal,
    fold,
    validate_signal,
    words,
)
from vp_desk.report import api
from vp_desk.report.audit import ReaderModel
from vp_desk.report.reader import ReleaseSpec, add_release
from vp_desk.storage.register import RegisterStore
from vp_desk.usecases.desk import Invalid
from vp_desk.usecases.signals import SignalLog, screen_text

TODAY = date(2026, 11, 23)


# -- domain ------------------------------------------------------------------------
def test_addressees_come_from_each_profile_with_labels_in_every_language():
    for code in ("BE", "NL"):
        items = profile(code).items("signal_addressees")
        assert {"management", "works_council", "prevention_adviser"} <= {i.key for i in items}
        for item in items:
            assert all(item.labels.get(lang) for lang in ("nl", "fr", "en"))
    assert "CPBW" in profile("BE").label("signal_addressees", "works_council", "nl")
    assert "Ondernemingsraad" in profile("NL").label("signal_addressees", "works_council", "nl-NL")
    assert "PAPS" in profile("BE").label("signal_addressees", "prevention_adviser", "nl")


def test_validation_refuses_future_date_unknown_addressee_and_foreign_theme():
    be = profile("BE")
    ok = Signal(org_id=1, date=TODAY, addressee="works_council", themes=("stress",))
    assert validate_signal(ok, be, TODAY) == []
    fields = {m.field for m in validate_signal(replace(ok, date=date(2026, 11, 24)), be, TODAY)}
    assert fields == {"date"}
    assert {m.field for m in validate_signal(replace(ok, addressee="pope"), be, TODAY)} == {"addressee"}
    assert {m.field for m in validate_signal(replace(ok, addressee=""), be, TODAY)} == {"addressee"}
    assert {m.field for m in validate_signal(replace(ok, themes=("stress", "nope")), be, TODAY)} == {"themes"}
    assert {m.field for m in validate_signal(replace(ok, note="x\x00"), be, TODAY)} == {"note"}


def test_words_fold_case_and_diacritics():
    assert fold("Élodie") == "elodie"
    assert words("Café-Noël, ÇA_va 2025!") == ["cafe", "noel", "ca", "va", "2025"]


# -- storage and use cases ---------------------------------------------------------
def test_log_saves_edits_lists_and_deletes(service, be_org):
    log = SignalLog(service)
    s = Signal(org_id=be_org.id, date=date(2026, 5, 1), addressee="prevention_adviser", asked=True,
               themes=("stress", "burnout"), note="Werkdruk op de nachtdienst besproken")
    sid = log.save(s)
    got = log.signal(sid)
    assert (got.addressee, got.asked, got.themes, got.note) == ("prevention_adviser", True, ("burnout", "stress"),
                                                                 "Werkdruk op de nachtdienst besproken")
    log.save(replace(got, themes=("stress",), asked=False))
    assert log.signal(sid).themes == ("stress",) and not log.signal(sid).asked
    log.save(Signal(org_id=be_org.id, date=date(2026, 6, 1), addressee="management"))
    assert [x.date for x in log.signals(be_org.id)] == [date(2026, 6, 1), date(2026, 5, 1)]  # newest first
    with pytest.raises(Invalid) as exc:
        log.save(Signal(org_id=be_org.id, date=date(2027, 1, 1), addressee="management"))
    assert exc.value.messages[0].field == "date"
    log.delete(sid)
    assert len(log.signals(be_org.id)) == 1


def test_draft_keys_are_kept_in_the_vault(service, be_org):
    log = SignalLog(service)
    key = log.draft_key(be_org.id, None)
    log.save_draft(key, {"note": "half af"})
    assert log.load_draft(key) == {"note": "half af"}
    log.delete_draft(key)
    assert log.load_draft(key) is None


# -- the report ----------------------------------------------------------------------
def _signals(service, org, n_asked: int, n_unasked: int, addressee: str = "works_council", year: int = 2025):
    log = SignalLog(service)
    for i in range(n_asked + n_unasked):
        log.save(Signal(org_id=org.id, date=date(year, 3, 1 + i), addressee=addressee, asked=i < n_asked,
                        note=f"geheime notitie {i}"))


def test_report_counts_signals_exactly_as_own_activity(service, be_org, make_dossier, tmp_path):
    for i in range(7):
        make_dossier(be_org, request_date=date(2025, 2, 1 + i), intake_date=date(2025, 2, 1 + i))
    _signals(service, be_org, 1, 2)  # 3 to the CPBW: below t, still printed exactly
    _signals(service, be_org, 0, 1, addressee="prevention_adviser", year=2025)
    prepared = api.prepare(service.vault, be_org.id, date(2025, 1, 1), date(2025, 12, 31))
    pub = prepared.document.published()
    assert pub["signals.total"] == "4" and pub["signals.asked"] == "1" and pub["signals.unasked"] == "3"
    assert pub["signals.to.works_council"] == "3" and pub["signals.to.prevention_adviser"] == "1"
    sec = next(s for s in prepared.document.sections if s.key == "signals")
    assert ("Aan: Comité voor preventie en bescherming op het werk (CPBW)", "3") in sec.facts
    assert prepared.document.hidden_cells() == sum(
        1 for k, v in pub.items() if "." in k and v in ("x",) or v.startswith("<") and not k.startswith("signals."))


def test_signal_counts_stay_out_of_the_readers_model():
    """They count the confidant's acts, not requesters: adding them adds no constraint and no
    target to the audit (a small count of signals is no small group of people)."""
    prof = profile("BE")
    m = ReaderModel(5)
    add_release(m, prof, ReleaseSpec("r1", [(2025, "1")], {"signals.total": "2", "signals.to.management": "2",
                                                            "signals.asked": "1", "signals.unasked": "1"}, 5))
    assert m.constraints == [] and m.targets == []


def test_signals_in_a_reduced_report_and_reissue(service, be_org, make_dossier, tmp_path):
    make_dossier(be_org, request_date=date(2025, 2, 1), intake_date=date(2025, 2, 1))
    _signals(service, be_org, 2, 0)
    first = api.prepare(service.vault, be_org.id, date(2025, 1, 1), date(2025, 12, 31))
    assert first.document.reduced and first.document.published()["signals.total"] == "2"
    api.write(service.vault, first, tmp_path / "a.pdf", signals_text="Meer aandacht voor werkdruk.")
    _signals(service, be_org, 0, 3, year=2025)  # logged later: the re-issue prints what was released
    again = api.prepare(service.vault, be_org.id, date(2025, 1, 1), date(2025, 12, 31))
    assert again.reissue and again.document.published()["signals.total"] == "2"
    assert again.document.signals_text == "Meer aandacht voor werkdruk."


# -- screening -------------------------------------------------------------------------
@pytest.fixture
def screened(service, be_org, make_dossier):
    """Six dossiers: "werkdruk" in the notes of all six, "nachtdienst" in two, "Zwaluw" is
    a pseudonym, "Élodie Van Damme" a real name; a register entry in "Kortrijk"."""
    ds = [make_dossier(be_org, request_date=date(2025, 2, 1 + i), intake_date=date(2025, 2, 1 + i))
          for i in range(6)]
    ds[0].code = "Zwaluw"
    ds[0].real_name = "Élodie Van Damme"
    service.save_dossier(ds[0])
    for i, d in enumerate(ds):
        note = "werkdruk in de ploeg" + (" en de nachtdienst" if i < 2 else "")
        service.save_contact(Contact(dossier_id=d.id, date=date(2025, 3, 1), kind="in_person", minutes=30,
                                     notes=note))
    RegisterStore(service.vault).save(RegisterEntry(
        org_id=be_org.id, registered_date=date(2025, 4, 1), facts_from=date(2025, 3, 30), facts_to=None,
        types=("violence",), place="Kortrijk station", description="Bezoeker duwde een baliemedewerker",
        worker_consent=True, worker_identity="Karel Peeters"))
    return be_org


def _reasons(service, org, text, t=5):
    return {(h.word, h.reason) for h in screen_text(service, org.id, text, t)}


def test_every_kind_of_hit(service, screened):
    text = ("Zwaluw en Elodie spraken over de nachtdienst in Kortrijk; Peeters meldde dat een "
            "baliemedewerker werd geduwd. Werkdruk blijft een thema.")
    got = _reasons(service, screened, text)
    assert ("Zwaluw", PSEUDONYM) in got
    assert ("Elodie", REAL_NAME) in got
    assert ("nachtdienst", RARE_WORD) in got
    assert ("Kortrijk", REGISTER_PLACE) in got
    assert ("Peeters", REGISTER_WORKER) in got
    assert ("baliemedewerker", REGISTER_WORDS) in got
    flagged = {w.casefold() for w, _r in got}
    assert "werkdruk" not in flagged  # in the notes of 6 >= t dossiers
    assert not flagged & {"en", "de", "een", "over", "in", "thema"}  # function words, or in no note


def test_threshold_decides_rare_words(service, screened):
    assert ("nachtdienst", RARE_WORD) in _reasons(service, screened, "nachtdienst", t=3)  # 2 < 3
    assert _reasons(service, screened, "ploeg", t=6) == set()  # 6 dossiers, t = 6: not rare
    assert ("ploeg", RARE_WORD) in _reasons(service, screened, "ploeg", t=7)  # 6 < 7
    # the catalog's own words ("Werkdruk / arbeidsorganisatie") are printed anyway: never rare
    assert _reasons(service, screened, "werkdruk", t=7) == set()


def test_screening_ignores_case_and_diacritics(service, screened):
    got = _reasons(service, screened, "ZWALUW, élodie, NÂCHTDIENST, kortrijk STATION")
    assert ("ZWALUW", PSEUDONYM) in got and ("élodie", REAL_NAME) in got
    assert ("NÂCHTDIENST", RARE_WORD) in got
    assert ("kortrijk STATION", REGISTER_PLACE) in got
    # a particle of a name alone is no hit ("van" of "Van Damme"), the whole name is
    assert not any(w == "van" for w, _r in _reasons(service, screened, "van harte"))
    assert ("Damme", REAL_NAME) in _reasons(service, screened, "Van Damme")
    assert ("ELODIE van damme", REAL_NAME) in _reasons(service, screened, "ELODIE van damme")


def test_other_organisations_notes_do_not_make_a_word_common(service, screened, nl_org, make_dossier):
    for i in range(6):
        d = make_dossier(nl_org, request_date=date(2025, 2, 1 + i), intake_date=date(2025, 2, 1 + i))
        service.save_contact(Contact(dossier_id=d.id, date=date(2025, 3, 1), kind="in_person", minutes=30,
                                     notes="nachtdienst"))
    assert ("nachtdienst", RARE_WORD) in _reasons(service, screened, "nachtdienst")


def test_export_refused_while_a_hit_remains(service, screened, tmp_path):
    prepared = api.prepare(service.vault, screened.id, date(2025, 1, 1), date(2025, 12, 31))
    with pytest.raises(api.SignalsRefused) as exc:
        api.write(service.vault, prepared, tmp_path / "r.pdf", signals_text="Zwaluw had het zwaar.")
    assert "Zwaluw" in str(exc.value)
    assert not (tmp_path / "r.pdf").exists() and api.released_periods(service.vault, screened.id) == []
    with pytest.raises(api.SignalsTooLong):
        api.write(service.vault, prepared, tmp_path / "r.pdf", signals_text="werkdruk " * 1000)
    api.write(service.vault, prepared, tmp_path / "r.pdf", signals_text="Werkdruk blijft een aandachtspunt.")
    from vp_desk.storage import releases
    assert releases.releases(service.vault, screened.id)[-1].signals_text == "Werkdruk blijft een aandachtspunt."


def test_signal_notes_never_reach_the_pdf_and_summaries_add_years(service, be_org, make_dossier, tmp_path):
    for y in (2024, 2025):
        for i in range(6):
            make_dossier(be_org, request_date=date(y, 2, 1 + i), intake_date=date(y, 2, 1 + i))
    log = SignalLog(service)
    log.save(Signal(org_id=be_org.id, date=date(2024, 6, 1), addressee="management", asked=True,
                    note="KanarieSignaalNotitieQ7x"))
    log.save(Signal(org_id=be_org.id, date=date(2025, 6, 1), addressee="hr", note="KanarieSignaalNotitieQ7x"))
    prepared = api.prepare(service.vault, be_org.id, date(2024, 1, 1), date(2025, 12, 31))
    pub = prepared.document.published()
    assert (pub["signals.total"], pub["signals.asked"], pub["signals.unasked"]) == ("2", "1", "1")
    assert pub["signals.to.management"] == "1" and pub["signals.to.hr"] == "1"
    out = tmp_path / "s.pdf"
    api.write(service.vault, prepared, out)
    from pypdf import PdfReader

    text = "\n".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "KanarieSignaalNotitieQ7x" not in text and b"KanarieSignaalNotitieQ7x" not in out.read_bytes()
    assert "Signalen en adviezen van de vertrouwenspersoon" in text


def test_demo_data_has_signals_for_every_organisation(vault):
    """`--demo` shows a filled signals log: two or three a year per organisation, from the
    profile's addressee kinds and themes, none in the future."""
    from vp_desk import demo
    from vp_desk.domain.catalog import profile
    from vp_desk.storage.repository import Repository
    from vp_desk.storage.signals import SignalStore

    today = date(2026, 11, 23)
    demo.fill(vault, 20, orgs=2, years=2, today=today)
    store = SignalStore(vault)
    for org in Repository(vault).organisations():
        signals = store.signals(org.id)
        assert 4 <= len(signals) <= 6
        prof = profile(org.profile)
        for s in signals:
            assert s.date <= today and s.addressee in prof.keys("signal_addressees")
            assert set(s.themes) <= set(prof.keys("themes")) and s.note
