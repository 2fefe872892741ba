"""Register of facts by third parties: numbering unique and gap-free across edits,
deletions and expiry; validation; worker identity only with consent."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vp_desk.domain.catalog import profile
from vp_desk.domain.models import RegisterEntry
from vp_desk.domain.register import validate_register_entry
from vp_desk.domain.retention import RECORD_REGISTER
from vp_desk.storage.register import NotLastEntry, RegisterStore
from vp_desk.storage.retention import RetentionStore

TODAY = date(2026, 11, 23)


def entry(org, day=date(2026, 1, 5), **kw) -> RegisterEntry:
    return RegisterEntry(org_id=org.id, registered_date=day, facts_from=kw.pop("facts_from", day), facts_to=None,
                         types=kw.pop("types", ("violence",)), third_party_capacity="client",
                         description=kw.pop("description", "Klant sloeg met de vuist op de balie."), **kw)


def seqs(store, org):
    return [e.seq for e in store.entries(org.id)]


def test_numbers_follow_and_stay_unique_per_organisation(vault, service, be_org):
    from vp_desk.domain.models import Organisation

    other = Organisation(name="Tweede BE", profile="BE")
    service.save_organisation(other)
    store = RegisterStore(vault)
    for i in range(3):
        store.save(entry(be_org, date(2026, 1, 1 + i)))
    store.save(entry(other))
    assert seqs(store, be_org) == [1, 2, 3]
    assert seqs(store, other) == [1]


def test_edit_keeps_number_and_types_replaced(vault, be_org):
    store = RegisterStore(vault)
    e = entry(be_org)
    store.save(e)
    store.save(entry(be_org, date(2026, 2, 1)))
    e.types = ("harassment", "sexual")
    e.place = "Parking"
    store.save(e)
    again = store.entry(e.id)
    assert again.seq == 1 and again.types == ("harassment", "sexual") and again.place == "Parking"
    assert seqs(store, be_org) == [1, 2]


def test_only_last_entry_can_be_deleted_and_its_number_is_given_again(vault, be_org):
    store = RegisterStore(vault)
    entries = [entry(be_org, date(2026, 1, 1 + i)) for i in range(3)]
    for e in entries:
        store.save(e)
    with pytest.raises(NotLastEntry):
        store.delete_last(entries[1].id)
    assert seqs(store, be_org) == [1, 2, 3]
    store.delete_last(entries[2].id)
    assert seqs(store, be_org) == [1, 2]
    new = entry(be_org, date(2026, 1, 9))
    store.save(new)
    assert new.seq == 3 and seqs(store, be_org) == [1, 2, 3]


def test_numbering_continues_after_expiry_never_reusing(vault, service, be_org):
    store = RegisterStore(vault)
    old = [entry(be_org, date(2020, 5, 1 + i)) for i in range(2)]
    for e in old:
        store.save(e)
    ret = RetentionStore(vault)
    items = [i for i in ret.review(TODAY) if i.record_type == RECORD_REGISTER]
    assert [i.label for i in items] == ["1", "2"]
    ret.erase(items, TODAY)
    assert seqs(store, be_org) == []
    fresh = entry(be_org, date(2026, 3, 1))
    store.save(fresh)
    assert fresh.seq == 3


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(st.sampled_from(["add", "edit", "delete_last", "delete_other"]), min_size=1, max_size=12))
def test_any_sequence_of_operations_keeps_numbers_gap_free(tmp_path_factory, ops):
    from vp_desk.domain.models import Organisation
    from vp_desk.storage.repository import Repository
    from vp_desk.storage.vault import Vault

    with Vault.create(tmp_path_factory.mktemp("h") / "v.vpvault", "kwartel pinda regenjas 7") as v:
        org = Organisation(name="BE", profile="BE")
        Repository(v).save_organisation(org)
        store = RegisterStore(v)
        for op in ops:
            rows = store.entries(org.id)
            if op == "add":
                store.save(entry(org))
            elif op == "edit" and rows:
                rows[0].description += " (aangevuld)"
                store.save(rows[0])
            elif op == "delete_last" and rows:
                store.delete_last(rows[-1].id)
            elif op == "delete_other" and len(rows) > 1:
                with pytest.raises(NotLastEntry):
                    store.delete_last(rows[0].id)
            got = seqs(store, org)
            assert got == list(range(1, len(got) + 1))


def test_worker_identity_only_with_consent(vault, be_org):
    prof = profile("BE")
    e = entry(be_org, worker_identity="Jan Peeters", worker_consent=False)
    msgs = validate_register_entry(e, prof, TODAY)
    assert [m.field for m in msgs] == ["worker_identity"]
    store = RegisterStore(vault)
    store.save(e)  # storage drops an identity without consent (and the table refuses it)
    assert store.entry(e.id).worker_identity is None
    e2 = entry(be_org, worker_identity="Jan Peeters", worker_consent=True)
    assert validate_register_entry(e2, prof, TODAY) == []
    store.save(e2)
    assert store.entry(e2.id).worker_identity == "Jan Peeters"


def test_validation_messages(be_org, nl_org):
    prof = profile("BE")
    bad = entry(be_org, date(2027, 1, 1), types=(), description=" ")
    fields = {m.field for m in validate_register_entry(bad, prof, TODAY)}
    assert {"registered_date", "types", "description"} <= fields
    later = entry(be_org, date(2026, 1, 1), facts_from=date(2026, 2, 1))
    assert "facts_from" in {m.field for m in validate_register_entry(later, prof, TODAY)}
    before = entry(be_org, date(2026, 1, 1))
    assert [m.field for m in validate_register_entry(before, prof, TODAY, earliest=date(2026, 3, 1))] == \
        ["registered_date"]
    assert [m.field for m in validate_register_entry(entry(nl_org), profile("NL"), TODAY)] == ["org"]


def test_counts_per_type_for_the_report(vault, be_org):
    store = RegisterStore(vault)
    store.save(entry(be_org, date(2025, 3, 1), types=("violence", "harassment")))
    store.save(entry(be_org, date(2025, 6, 1), types=("violence",)))
    store.save(entry(be_org, date(2026, 1, 1), types=("sexual",)))
    assert store.counts_per_type(be_org.id, date(2025, 1, 1), date(2025, 12, 31)) == {"violence": 2,
                                                                                    "harassment": 1}
