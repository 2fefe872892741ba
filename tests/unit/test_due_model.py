"""The due-items model without widgets: texts, tones (a rule's item stands out, "open longer
than" is quiet information without a deadline), the action each item's button does, sort
keys (what stands out first, then ISO dates behind local dates, "now" first) and a sort-key
cache that belongs to one set of rows."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSortFilterProxyModel, Qt

from vp_desk.domain.catalog import profile
from vp_desk.domain.rules import DueItem
from vp_desk.i18n import current_language
from vp_desk.ui.common.styles import ERROR_COLOUR, QUIET_TEXT
from vp_desk.ui.dossier.due_panel import (
    ACTION_ROLE,
    DOSSIER_ID_ROLE,
    SORT_ROLE,
    TONE_ROLE,
    DueModel,
    DueRow,
)


def _rows() -> list[DueRow]:
    return [
        DueRow(DueItem("first_hearing", 1, date(2026, 12, 3), False, profile("BE").rule("first_hearing")),
               "B-1", "Bakkerij"),
        DueRow(DueItem("long_open", 2, date(2025, 1, 9), True), "A-2", "Atelier", since=date(2024, 7, 13)),
        DueRow(DueItem("paps_support", 3, None, False, profile("BE").rule("paps_support")), "C-3", "College"),
    ]


def test_texts_roles_and_headers(qapp):
    m = DueModel()
    m.set_rows(_rows())
    m.today = date(2025, 1, 20)
    assert (m.rowCount(), m.columnCount()) == (3, 6)
    assert [m.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "Pseudonym", "Organisation", "To do", "Due", "Source", "Action"]
    assert m.data(m.index(0, DueModel.COL_DUE)) == "03-12-2026"
    # "open longer than" is information: no invented deadline, not in the error colour
    assert m.data(m.index(1, DueModel.COL_DUE)) == "for information"
    what = m.data(m.index(1, DueModel.COL_WHAT))
    assert what.startswith("Open for 191 day") and what.endswith("since 13-07-2024")
    assert m.data(m.index(1, 0), Qt.ItemDataRole.ForegroundRole).color().name() == QUIET_TEXT
    assert m.data(m.index(1, 0), TONE_ROLE) == "info"
    assert m.data(m.index(2, DueModel.COL_DUE)) == "now"
    assert m.data(m.index(1, 0), DOSSIER_ID_ROLE) == 2
    assert m.data(m.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert m.data(m.index(0, DueModel.COL_WHAT), Qt.ItemDataRole.FontRole).bold()  # a rule that applies
    # each item says what its button does
    assert [m.data(m.index(r, 0), ACTION_ROLE) for r in range(3)] == ["edit_intake", "open", "add_referral"]
    assert [m.data(m.index(r, DueModel.COL_ACTION)) for r in range(3)] == [
        "Record the intake…", "Open the dossier", "Refer to the PAPS…"]


def test_a_legal_deadline_that_passed_is_in_the_error_colour_and_a_new_kind_shows_its_rule(qapp):
    m = DueModel()
    rule = profile("BE").rule("first_hearing")
    m.set_rows([DueRow(DueItem("first_hearing", 1, date(2025, 1, 9), True, rule), "B-1", "Bakkerij"),
                DueRow(DueItem("aftercare_check", 2, date(2025, 2, 1), False, rule), "B-2", "Bakkerij")])
    assert m.data(m.index(0, DueModel.COL_DUE)) == "09-01-2025 (overdue)"
    assert m.data(m.index(0, 0), Qt.ItemDataRole.ForegroundRole).color().name() == ERROR_COLOUR
    # a kind this screen does not know yet (another part of the domain adds it) still shows
    assert m.data(m.index(1, DueModel.COL_WHAT)) == rule.label(current_language())
    assert m.data(m.index(1, DueModel.COL_ACTION)) == "Open the dossier"
    # a date the confidant set (no rule behind it) is neither red nor "for information"
    m.set_rows([DueRow(DueItem("aftercare", 3, date(2025, 2, 1), True), "B-3", "Bakkerij"),
                DueRow(DueItem("some_new_kind", 4, date(2025, 3, 1), False), "B-4", "Bakkerij")])
    assert m.data(m.index(0, DueModel.COL_WHAT)) == "Aftercare conversation with B-3"
    assert m.data(m.index(0, DueModel.COL_DUE)) == "01-02-2025 (overdue)"
    assert m.data(m.index(0, 0), TONE_ROLE) == "planned"
    assert m.data(m.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert m.data(m.index(1, DueModel.COL_WHAT)) == "Follow up on this dossier"
    assert m.data(m.index(1, DueModel.COL_ACTION)) == "Open the dossier"


def test_sorting_by_due_date_and_a_fresh_cache_for_new_rows(qapp):
    m = DueModel()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(m)
    proxy.setSortRole(SORT_ROLE)
    m.set_rows(_rows())
    proxy.sort(DueModel.COL_DUE, Qt.SortOrder.AscendingOrder)
    # rules first ("now" first, then by date), information last
    assert [proxy.index(r, 0).data() for r in range(3)] == ["C-3", "B-1", "A-2"]
    proxy.sort(DueModel.COL_CODE, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["A-2", "B-1", "C-3"]
    m.set_rows(list(reversed(_rows())))  # the cached keys of the old rows must not be reused
    proxy.sort(DueModel.COL_DUE, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["C-3", "B-1", "A-2"]
    m.clear()
    assert m.rowCount() == 0 and m._sort_keys == {}


def test_each_rule_shows_its_catalog_source(qapp):
    """Issue 15: the PAPS-support reminder is the Flemish government's practice, not law for
    every Belgian employer, and the panel says so; a user setting has no legal source."""
    m = DueModel()
    m.set_rows(_rows())
    paps = m.data(m.index(2, DueModel.COL_SOURCE))
    assert "GDPB, seed 004" in paps  # the Flemish government's practice, in any language
    assert "10 calendar days" in m.data(m.index(0, DueModel.COL_SOURCE))
    assert m.data(m.index(1, DueModel.COL_SOURCE)) == "your setting"


def test_the_list_sorts_the_rows_themselves_and_keeps_the_selection(qapp):
    """The panel's proxy passes the sort to the model (one key per row instead of Qt asking
    each row's key log(n) times); a sort moves persistent indexes (the selection) along, and
    new rows come in the chosen order."""
    from PySide6.QtCore import QPersistentModelIndex

    from vp_desk.ui.dossier.due_panel import ModelSortProxy

    m = DueModel()
    proxy = ModelSortProxy()
    proxy.setSourceModel(m)
    m.set_rows(_rows())
    keep = QPersistentModelIndex(m.index(0, 0))  # B-1
    proxy.sort(DueModel.COL_CODE, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["C-3", "B-1", "A-2"]
    assert keep.row() == 1 and keep.data() == "B-1"
    proxy.sort(DueModel.COL_DUE, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["C-3", "B-1", "A-2"]
    m.set_rows(list(reversed(_rows())))
    assert [proxy.index(r, 0).data() for r in range(3)] == ["C-3", "B-1", "A-2"]
