"""Models obey Qt's rules (qtmodeltester) and load rows lazily."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mxpolicy_gui.models.facets import FacetModel
from mxpolicy_gui.models.figures import FiguresModel
from mxpolicy_gui.models.policy_table import (
    COL_AGENCY,
    PolicyTableModel,
    RecordRole,
    short_agencies,
)
from mxpolicy_gui.store import FacetValue, PolicyQuery, PolicyRow


def fake_rows(n: int):
    rows = [
        PolicyRow(
            f"p{i}",
            "reform",
            i,
            f"Policy {i}",
            f"Política {i}",
            ("Energy",),
            ("X (XX)",),
            "2014-01-02",
            "dof",
            "In force",
            "Peña Nieto (2012–2018)",
        )
        for i in range(1, n + 1)
    ]
    calls = []

    def fetch(query, offset, limit):
        calls.append((offset, limit))
        return rows[offset : offset + limit]

    return rows, calls, fetch


def test_policy_table_model_passes_modeltester(qtmodeltester, store):
    model = PolicyTableModel(store.rows, store.count)
    model.set_query(PolicyQuery(kind="innovation"))
    qtmodeltester.check(model, force_py=True)


def test_lazy_loading_fetches_pages(qtmodeltester):
    rows, calls, fetch = fake_rows(1000)
    model = PolicyTableModel(fetch, lambda q: len(rows), page_size=256, first_page=256)
    model.set_query(PolicyQuery(kind="reform"))
    assert model.rowCount() == 256 and model.total == 1000
    assert calls == [(0, 256)]
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 512 and calls[-1] == (256, 256)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 1000
    assert model.index(999, 0).data(RecordRole).id == "p1000"
    qtmodeltester.check(model, force_py=True)


def test_small_result_needs_no_count_query():
    rows, _calls, fetch = fake_rows(10)
    counted = []
    model = PolicyTableModel(fetch, lambda q: counted.append(q) or len(rows))
    model.set_query(PolicyQuery(kind="reform", text="x"))
    assert model.total == 10
    assert all(q.text == "" for q in counted), "only the unfiltered total is counted"


def test_sort_goes_to_the_query(store):
    model = PolicyTableModel(store.rows, store.count)
    model.set_query(PolicyQuery(kind="reform"))
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.query.sort.value == "name_en" and model.query.descending


def test_agency_column_shows_acronyms(store):
    assert (
        short_agencies(
            ("Comisión Federal de Electricidad (CFE)", "Secretaría de Energía (SENER)")
        )
        == "CFE, SENER"
    )
    assert short_agencies(("Banco del Bienestar",)) == "Banco del Bienestar"
    model = PolicyTableModel(store.rows, store.count)
    model.set_query(PolicyQuery(kind="reform"))
    tip = model.index(0, COL_AGENCY).data(Qt.ItemDataRole.ToolTipRole)
    assert "(" in tip


def test_figures_model_passes_modeltester(qtmodeltester, store):
    model = FiguresModel()
    model.set_policy(store.policy("pemex-refinacion"))
    assert model.rowCount() >= 11
    qtmodeltester.check(model, force_py=True)
    model.set_policy(None)
    assert model.rowCount() == 0


def test_facet_model_checks_and_keeps_checked_values(qtmodeltester):
    model = FacetModel()
    model.set_values([FacetValue("Energy", 5), FacetValue("Health", 2)])
    qtmodeltester.check(model, force_py=True)
    assert model.setData(
        model.index(0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert model.checked() == {"Energy"}
    model.set_values([FacetValue("Health", 1)])
    assert [model.index(r).data() for r in range(model.rowCount())] == ["Energy (0)", "Health (1)"]


def test_status_facet_lists_values_in_the_closed_vocabulary_order(qtbot):
    from mxpolicy_gui.dataset import STATUSES
    from mxpolicy_gui.models.facets import FacetModel, ValueRole
    from mxpolicy_gui.store import FacetValue

    model = FacetModel(order=STATUSES)
    model.set_values([FacetValue("Superseded", 2), FacetValue("In force", 1),
                      FacetValue("Continued", 3), FacetValue("Zz legacy", 1)])
    shown = [model.index(r).data(ValueRole) for r in range(model.rowCount())]
    assert shown == ["In force", "Superseded", "Continued", "Zz legacy"]


def test_facet_model_changes_counts_in_place_and_resets_for_other_values(qtbot):
    """New counts for the same values (most search keys) are a dataChanged of the rows whose
    count moved, so the list is not laid out again; other values are a reset."""
    model = FacetModel()
    model.set_values([FacetValue("Energy", 5), FacetValue("Health", 2), FacetValue("Water", 1)])
    resets: list[int] = []
    changes: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda top, bottom, *_: changes.append((top.row(), bottom.row())))

    model.set_values([FacetValue("Water", 1), FacetValue("Energy", 3), FacetValue("Health", 2)])
    assert (resets, changes) == ([], [(0, 0)])
    assert [model.index(r).data() for r in range(3)] == ["Energy (3)", "Health (2)", "Water (1)"]

    model.set_values([FacetValue("Energy", 3), FacetValue("Health", 2), FacetValue("Water", 1)])
    assert (resets, changes) == ([], [(0, 0)])  # nothing moved: no signal at all

    model.set_values([FacetValue("Energy", 3), FacetValue("Health", 2)])
    assert resets == [1]
    assert [model.index(r).data() for r in range(model.rowCount())] == ["Energy (3)", "Health (2)"]


def test_a_new_query_loads_a_screenful_and_more_and_reaches_for_the_kept_policy():
    rows, calls, fetch = fake_rows(1000)
    model = PolicyTableModel(fetch, lambda q: len(rows), page_size=256, first_page=64)
    model.set_query(PolicyQuery(kind="reform"))
    assert model.rowCount() == 64 and model.total == 1000 and calls == [(0, 64)]
    model.fetchMore()
    assert model.rowCount() == 320 and calls[-1] == (64, 256)

    # The person is on the 150th policy: the next query loads up to a full page to keep it.
    model.keep_loaded = lambda: "p150"
    calls.clear()
    model.set_query(PolicyQuery(kind="reform", text="x"))
    assert calls == [(0, 64), (64, 192)]
    assert model.rowCount() == 256 and model.row_of("p150") == 149 and model.total == 1000

    # Among the first rows, or not a row the person went down to: the first 64 only.
    for keep in ("p10", "p9999"):
        model.keep_loaded = lambda keep=keep: keep
        calls.clear()
        model.set_query(PolicyQuery(kind="reform", text="y"))
        assert calls == [(0, 64)] and model.rowCount() == 64
    model.keep_loaded = lambda: None
    calls.clear()
    model.set_query(PolicyQuery(kind="reform", text="z"))
    assert calls == [(0, 64)] and model.rowCount() == 64


def test_a_short_result_is_counted_by_its_rows_even_after_reaching_for_the_kept_policy():
    rows, _calls, fetch = fake_rows(100)
    counted: list[PolicyQuery] = []
    model = PolicyTableModel(fetch, lambda q: counted.append(q) or len(rows),
                             page_size=256, first_page=64)
    model.set_query(PolicyQuery(kind="reform"))
    model.fetchMore()
    model.keep_loaded = lambda: "p90"  # the person went down to it
    counted.clear()
    model.set_query(PolicyQuery(kind="reform", text="x"))
    assert model.rowCount() == 100 and model.total == 100 and model.row_of("p90") == 89
    assert counted == []  # the rows ran out before the page did: no count query


def test_a_full_first_page_leaves_the_count_until_it_is_asked_for():
    """The table paints its rows before the count line: a first page that came back full
    runs no count query until someone reads `total`."""
    rows, _calls, fetch = fake_rows(1000)
    counted: list[PolicyQuery] = []
    model = PolicyTableModel(fetch, lambda q: counted.append(q) or len(rows),
                             page_size=256, first_page=64)
    model.set_query(PolicyQuery(kind="reform"))  # the first query also counts the kind
    counted.clear()
    totals: list[tuple[int, int]] = []
    model.totalsChanged.connect(lambda total, all_: totals.append((total, all_)))
    model.set_query(PolicyQuery(kind="reform", text="x"))
    assert counted == [] and not model.total_known() and model.canFetchMore()
    assert model.total == 1000 and counted == [PolicyQuery(kind="reform", text="x")]
    assert model.total_known() and totals == [(1000, 1000)]
    assert model.total == 1000 and len(counted) == 1  # counted once


def test_the_last_page_tells_the_count_when_it_was_never_asked_for():
    rows, _calls, fetch = fake_rows(100)
    model = PolicyTableModel(fetch, lambda q: len(rows), page_size=32, first_page=32)
    model.set_query(PolicyQuery(kind="reform"))
    model.set_query(PolicyQuery(kind="reform", text="x"))
    assert not model.total_known()
    while model.canFetchMore():
        model.fetchMore()
    assert model.total_known() and model.total == 100 == model.rowCount()
