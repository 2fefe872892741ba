"""Issue 16: messages write days as the screens do (dd-mm-yyyy, domain/dates.py), and a
dossier starts at its request date (a contact between the request and the intake is fine)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from vp_desk.domain.catalog import profile
from vp_desk.domain.dates import day_params, format_day
from vp_desk.domain.models import Contact, Dossier, RegisterEntry
from vp_desk.domain.register import validate_register_entry
from vp_desk.domain.validation import Message
from vp_desk.storage.errors import VaultError
from vp_desk.usecases.desk import Invalid
from vp_desk.usecases.dossiers import DossierFlow

ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def _texts(messages: list[Message]) -> list[str]:
    return [m.render() for m in messages]


def test_day_params_write_dates_with_the_one_formatter():
    assert day_params({"start": date(2026, 3, 2), "n": 3}) == {"start": "02-03-2026", "n": 3}
    assert Message("x", "before {start}", {"start": date(2026, 3, 2)}).render() == "before 02-03-2026"
    err = VaultError("{start} to {end}", start=date(2025, 1, 1), end=date(2025, 12, 31))
    assert err.render() == "01-01-2025 to 31-12-2025"


def test_contact_before_the_dossier_names_the_day_as_dd_mm_yyyy(service, be_org, make_dossier):
    d = make_dossier(be_org, request_date=date(2026, 3, 2), intake_date=date(2026, 3, 4))
    with pytest.raises(Invalid) as exc:
        service.save_contact(Contact(dossier_id=d.id, date=date(2026, 3, 1), kind="in_person", minutes=30))
    text = " ".join(_texts(exc.value.messages))
    assert "02-03-2026" in text and not ISO.search(text)


def test_a_contact_between_request_and_intake_is_accepted(service, be_org, make_dossier):
    """The dossier starts at its request date, not at the intake."""
    d = make_dossier(be_org, request_date=date(2026, 3, 2), intake_date=date(2026, 3, 20))
    service.save_contact(Contact(dossier_id=d.id, date=date(2026, 3, 10), kind="in_person", minutes=30))
    assert [c.date for c in service.contacts(d.id)] == [date(2026, 3, 10)]
    assert DossierFlow(service).start_of(d) == date(2026, 3, 2)


def test_reopen_before_closing_names_the_day_as_dd_mm_yyyy(service, be_org, make_dossier):
    d = make_dossier(be_org)
    flow = DossierFlow(service)
    flow.close(d.id, date(2026, 6, 1), service.profile_of(be_org.id).keys("outcomes")[0])
    with pytest.raises(Invalid) as exc:
        flow.reopen(d.id, date(2026, 5, 1))
    text = " ".join(_texts(exc.value.messages))
    assert format_day(date(2026, 6, 1)) in text and not ISO.search(text)


def test_register_messages_use_dd_mm_yyyy_and_name_the_facts_not_the_dossier():
    prof = profile("BE")
    e = RegisterEntry(org_id=1, registered_date=date(2026, 3, 1), facts_from=date(2026, 2, 10),
                      facts_to=date(2026, 2, 1), types=("violence",))
    texts = _texts(validate_register_entry(e, prof, date(2026, 11, 1), earliest=date(2026, 3, 5)))
    joined = " ".join(texts)
    assert "05-03-2026" in joined and "10-02-2026" in joined and not ISO.search(joined)
    assert "dossier" not in joined  # facts ending before they start are not "before the dossier"


def test_the_aftercare_date_message_writes_the_day_as_the_screens_do():
    from vp_desk.domain.care import validate_aftercare

    d = Dossier(org_id=1, code="A", intake_date=date(2026, 3, 4), request_date=date(2026, 3, 2), channel="phone")
    [msg] = validate_aftercare(date(2026, 3, 1), d)
    assert "02-03-2026" in msg.render() and "2026-03-02" not in msg.render()
