"""Drive the real window offscreen as a person would."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLineEdit,
    QMenuBar,
    QSpinBox,
    QTabBar,
    QWidget,
)

from mxpolicy_gui.models.policy_table import COL_NAME, IdRole
from tests.helpers import select_rows


def type_search(qtbot, tab, text: str) -> None:
    tab.search.setFocus()
    qtbot.keyClicks(tab.search, text)
    qtbot.waitUntil(lambda: tab.model.query.text == tab.search.text(), timeout=2000)


def test_tabs_show_their_counts(window):
    titles = [window.tabs_widget.tabText(i) for i in range(window.tabs_widget.count())]
    assert titles == ["Innovations 2019–2022 (12)", "Reforms 2012–2018 (13)", "Timeline"]


def test_typing_jovenes_finds_one_row_with_its_stipend(qtbot, window):
    tab = window.tabs[0]
    type_search(qtbot, tab, "jovenes")
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, 0).data(IdRole) == "jovenes-construyendo-el-futuro"
    assert tab.count_label.text() == "1 of 12"
    detail = tab.detail
    # The detail pane follows just after the rows have painted.
    qtbot.waitUntil(
        lambda: detail.policy is not None and detail.policy.id == tab.current_policy_id()
    )
    assert detail.subtitle.text() == "Jóvenes Construyendo el Futuro"
    model = detail.figures_model
    values = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert "MXN 4,310 per month" in values
    labels = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert any("stipend" in label.lower() for label in labels)


def test_empty_state_explains_and_widens(qtbot, window):
    tab = window.tabs[0]
    type_search(qtbot, tab, "zzzqqq")
    assert tab.model.rowCount() == 0
    assert tab.results.currentWidget() is tab.empty
    assert "zzzqqq" in tab.empty_text.text() and "clear the filters" in tab.empty_text.text()
    qtbot.mouseClick(tab.widen_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 12 and tab.search.text() == ""
    assert tab.results.currentWidget() is tab.table


def test_escape_clears_search(qtbot, window):
    tab = window.tabs[0]
    type_search(qtbot, tab, "energ")
    assert tab.model.rowCount() < 12
    qtbot.keyClick(tab.search, Qt.Key.Key_Escape)
    assert tab.search.text() == "" and tab.model.rowCount() == 12


def test_sort_by_clicking_name_header(qtbot, window):
    tab = window.tabs[1]
    window.tabs_widget.setCurrentIndex(1)
    header = tab.table.horizontalHeader()
    x = header.sectionViewportPosition(COL_NAME) + header.sectionSize(COL_NAME) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    names = [tab.model.index(r, COL_NAME).data() for r in range(tab.model.rowCount())]
    assert names == sorted(names, key=str.lower)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    names = [tab.model.index(r, COL_NAME).data() for r in range(tab.model.rowCount())]
    assert names == sorted(names, key=str.lower, reverse=True)


def test_keyboard_switches_tabs_and_focuses_search(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs_widget.currentIndex() == 1
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs_widget.currentIndex() == 0
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.tabs[0].search


def test_arrow_keys_move_rows_and_update_detail(qtbot, window):
    tab = window.tabs[0]
    tab.table.setFocus()
    tab.select_row(0)
    first = tab.detail.policy.id
    qtbot.keyClick(tab.table, Qt.Key.Key_Down)
    assert tab.detail.policy.id != first
    assert tab.detail.policy.id == tab.model.index(1, 0).data(IdRole)


def test_three_selected_rows_in_status_bar(qtbot, window):
    tab = window.tabs[0]
    select_rows(qtbot, tab, [0, 2, 4])
    assert window.selection_label.text() == "3 selected"
    assert len(tab.selected_ids()) == 3


def test_ctrl_a_selects_all_rows(qtbot, window):
    tab = window.tabs[1]
    window.tabs_widget.setCurrentIndex(1)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert window.selection_label.text() == "13 selected"


def test_facets_combine_with_search(qtbot, window):
    tab = window.tabs[0]
    sector = tab.facet_panel.models["sector"]
    tab.refresh_facets()
    energy_row = next(
        r for r in range(sector.rowCount()) if sector.index(r).data().startswith("Energy ")
    )
    sector.setData(sector.index(energy_row), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    energy_total = tab.model.rowCount()
    assert 0 < energy_total < 12
    type_search(qtbot, tab, "pemex")
    assert 0 < tab.model.rowCount() <= energy_total
    ids = [tab.model.index(r, 0).data(IdRole) for r in range(tab.model.rowCount())]
    assert "pemex-refinacion" in ids


def test_year_range_filters(qtbot, window):
    tab = window.tabs[1]
    tab.facet_panel.year_from.setValue(2014)
    tab.facet_panel.year_to.setValue(2014)
    dates = [tab.model.row_record(r).date for r in range(tab.model.rowCount())]
    assert dates and all(d.startswith("2014") for d in dates)


def test_about_dialog_states_dataset_version(qtbot, window):
    window.actions["about"].trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
    assert dialogs
    text = dialogs[0].text.text()
    assert window.info.dataset_version in text and "Licence" in text
    dialogs[0].close()


def test_settings_restored_in_a_second_window(qtbot, make_window):
    # The offscreen screen is 800×600 and Qt keeps restored geometry on screen: stay inside.
    first = make_window()
    first.resize(760, 560)
    qtbot.waitUntil(lambda: first.width() == 760)
    first.tabs_widget.setCurrentIndex(1)
    tab = first.tabs[1]
    qtbot.waitUntil(lambda: tab.splitter.width() > 700)
    # Built on this first show: its filters are counted (and the pane widened) just after.
    qtbot.waitUntil(lambda: tab.facet_panel.models["sector"].rowCount() > 0, timeout=5000)
    tab.splitter.setSizes([150, 300, 260])
    sizes = tab.splitter.sizes()
    tab.table.sortByColumn(COL_NAME, Qt.SortOrder.DescendingOrder)
    tab.table.horizontalHeader().resizeSection(COL_NAME, 333)
    first.close()

    second = make_window()
    assert second.tabs_widget.currentIndex() == 1
    again = second.tabs[1]
    assert again.splitter.sizes() == sizes
    assert again.model.query.sort.value == "name_en" and again.model.query.descending
    assert again.table.horizontalHeader().sortIndicatorSection() == COL_NAME
    assert second.size().width() == 760


def test_corrupt_settings_fall_back_to_defaults(qtbot, make_window, settings_path):
    settings_path.write_text(
        "[window]\ngeometry=garbage\ntab=not-a-number\nstate=@ByteArray(xx)\n"
        "[tabs]\nreform\\header=@ByteArray(\\x1\\x2)\ninnovation\\splitter=12\n",
        encoding="utf-8",
    )
    window = make_window()
    assert window.tabs_widget.currentIndex() == 0
    assert window.tabs[0].model.rowCount() == 12


def test_every_interactive_widget_has_an_accessible_name(window):
    kinds = (QAbstractButton, QLineEdit, QAbstractItemView, QSpinBox)
    unnamed = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, kinds):
            continue
        # Parts Qt builds inside a named widget (a line edit's clear button, a spin box's
        # editor, a table's headers and corner button, the tab bar's arrows) are described by it.
        parent = widget.parentWidget()
        if isinstance(widget, QHeaderView) or isinstance(parent, (*kinds, QTabBar, QMenuBar)):
            continue
        if not widget.accessibleName():
            unnamed.append(f"{type(widget).__name__} in {type(parent).__name__}")
    assert unnamed == []
