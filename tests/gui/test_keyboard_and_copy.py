"""Keyboard paths, copying, context menus and column widths in the real window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mxpolicy_gui.models.policy_table import COL_AGENCY, COL_DATE, COL_NAME, HEADERS
from mxpolicy_gui.views.column_fit import NAME_MIN_CHARS
from mxpolicy_gui.views.detail_menu import detail_menu
from mxpolicy_gui.views.table_menus import header_menu, row_menu
from tests.helpers import select_rows


def focus() -> object:
    return QApplication.focusWidget()


def inside(widget, pane) -> bool:
    return widget is pane or pane.isAncestorOf(widget)


def action_texts(menu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_focus_starts_in_the_search_field(qtbot, window):
    qtbot.waitUntil(lambda: focus() is window.tabs[0].search, timeout=2000)


def test_tab_leaves_the_table_for_the_detail_pane(qtbot, window):
    tab = window.tabs[0]
    tab.table.setFocus()
    qtbot.waitUntil(lambda: focus() is tab.table, timeout=2000)
    qtbot.keyClick(tab.table, Qt.Key.Key_Tab)
    assert inside(focus(), tab.detail)
    # Tab goes on through the detail pane to its citation buttons, never back into the table.
    seen = []
    for _ in range(100):  # each source row adds two buttons; the first record has many
        qtbot.keyClick(focus(), Qt.Key.Key_Tab)
        seen.append(focus())
        if focus() is tab.search:
            break
    names = [w.accessibleName() for w in seen]
    assert "Copy citation 1" in names and "Open link of source 1" in names
    assert seen[-1] is tab.search


def test_tab_from_search_reaches_the_filters_not_a_scroll_area(qtbot, window):
    tab = window.tabs[0]
    tab.search.setFocus()
    qtbot.waitUntil(lambda: focus() is tab.search, timeout=2000)
    qtbot.keyClick(tab.search, Qt.Key.Key_Tab)
    assert focus() is tab.facet_panel.views["sector"]


def test_f6_cycles_the_panes_both_ways(qtbot, window):
    tab = window.tabs[0]
    tab.search.setFocus()
    qtbot.waitUntil(lambda: focus() is tab.search, timeout=2000)
    visited = []
    for _ in range(4):
        qtbot.keyClick(window, Qt.Key.Key_F6)
        visited.append(focus())
    assert inside(visited[0], tab.facet_panel)
    assert visited[1] is tab.table
    assert inside(visited[2], tab.detail)
    assert visited[3] is tab.search
    qtbot.keyClick(window, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert inside(focus(), tab.detail)


def test_ctrl_c_copies_three_rows_as_four_tsv_lines(qtbot, window):
    tab = window.tabs[0]
    select_rows(qtbot, tab, [0, 2, 4])
    tab.table.setFocus()
    QApplication.clipboard().clear()
    qtbot.keyClick(tab.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QApplication.clipboard().text().splitlines()
    assert len(lines) == 4
    assert lines[0].split("\t") == list(HEADERS)
    names = [tab.model.index(r, COL_NAME).data() for r in (0, 2, 4)]
    assert [line.split("\t")[COL_NAME] for line in lines[1:]] == names


def test_row_menu_has_its_actions_and_copies_citations(qtbot, window):
    tab = window.tabs[1]
    window.tabs_widget.setCurrentIndex(1)
    select_rows(qtbot, tab, [0, 1])
    menu = row_menu(tab)
    texts = action_texts(menu)
    assert texts == [
        "Open", "Copy 2 rows", "Copy citation(s)", "Open source link", "Export selected…",
    ]
    QApplication.clipboard().clear()
    next(a for a in menu.actions() if a.text() == "Copy c&itation(s)").trigger()
    citations = QApplication.clipboard().text().splitlines()
    expected = {s.citation for i in tab.selected_ids() for s in tab.load_policy(i).sources}
    assert set(citations) == expected and len(citations) == len(expected)
    assert "citation(s) copied" in window.statusBar().currentMessage()


def test_row_menu_opens_a_source_link_and_export_reaches_the_window(qtbot, window, opened_urls):
    tab = window.tabs[0]
    tab.select_row(0)
    menu = row_menu(tab)
    links = next(a for a in menu.actions() if a.menu() is not None).menu()
    assert links.actions(), "the first innovation cites at least one web source"
    links.actions()[0].trigger()
    assert opened_urls.opened and opened_urls.opened[0].startswith("http")
    asked = []
    window.choose_export_path = lambda suggested: asked.append(suggested)
    next(a for a in menu.actions() if a.text() == "&Export selected…").trigger()
    assert asked == ["mxpolicy-innovations-selection.csv"]


def test_header_menu_hides_a_column_and_it_stays_hidden(qtbot, make_window):
    window = make_window()
    tab = window.tabs[0]
    menu = header_menu(tab)
    assert action_texts(menu) == [*HEADERS, "Reset column widths"]
    name_action = menu.actions()[COL_NAME]
    assert not name_action.isEnabled()  # Name always shows
    menu.actions()[COL_AGENCY].setChecked(False)
    assert tab.table.horizontalHeader().isSectionHidden(COL_AGENCY)
    window.close()
    again = make_window().tabs[0]
    assert again.table.horizontalHeader().isSectionHidden(COL_AGENCY)
    assert not again.table.horizontalHeader().isSectionHidden(COL_DATE)


def test_detail_menu_copies_the_selection_and_all_citations(qtbot, window):
    tab = window.tabs[0]
    tab.select_row(0)
    detail = tab.detail
    menu = detail_menu(detail)
    assert action_texts(menu) == ["Copy", "Copy all citations"]
    assert not menu.actions()[0].isEnabled()  # nothing selected yet
    detail.summary.setSelection(0, 12)
    menu = detail_menu(detail)
    menu.actions()[0].trigger()
    assert QApplication.clipboard().text() == detail.policy.summary[:12]
    menu.actions()[1].trigger()
    copied = QApplication.clipboard().text()
    assert all(s.citation in copied for s in detail.policy.sources)


def test_right_click_on_a_detail_label_opens_the_pane_menu(qtbot, window, monkeypatch):
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QMenu

    popped: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, *args: popped.append(menu))
    detail = window.tabs[0].detail
    window.tabs[0].select_row(0)
    label = detail.summary
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, label.rect().center(),
        label.mapToGlobal(label.rect().center()),
    )
    QApplication.sendEvent(label, event)
    assert [action_texts(m) for m in popped] == [["Copy", "Copy all citations"]]


def test_right_click_on_a_row_and_the_header(qtbot, window, monkeypatch):
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QMenu

    popped: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, *args: popped.append(menu))
    tab = window.tabs[0]
    for target in (tab.table.viewport(), tab.table.horizontalHeader().viewport()):
        pos = target.rect().topLeft() + target.rect().center() / 4
        QApplication.sendEvent(
            target,
            QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, target.mapToGlobal(pos)),
        )
    assert [action_texts(m)[0] for m in popped] == ["Open", HEADERS[0]]


def test_name_keeps_a_readable_width_in_a_small_window(qtbot, window):
    window.resize(1024, 700)
    tab = window.tabs[0]
    qtbot.waitUntil(lambda: window.width() <= 1024, timeout=2000)
    # The filter pane widens once to its longest label when its counts come in (in the
    # background, so at any time): count them now, so the split below is the one laid out.
    tab.refresh_facets()
    facets = tab.facet_scroll.minimumWidth()
    tab.splitter.setSizes([facets, 440, 1024 - 440 - facets])
    header = tab.table.horizontalHeader()
    char = tab.table.fontMetrics().averageCharWidth()
    qtbot.waitUntil(lambda: header.sectionSize(COL_NAME) >= NAME_MIN_CHARS * char, timeout=2000)
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    assert sum(header.sectionSize(c) for c in shown) <= tab.table.viewport().width()
    # The date is never cut.
    assert header.sectionSize(COL_DATE) >= tab.table.sizeHintForColumn(COL_DATE)


def test_dragged_widths_stand_until_reset(qtbot, window):
    tab = window.tabs[0]
    tab.columns.auto = False  # as after the person drags an edge
    header = tab.table.horizontalHeader()
    header.resizeSection(COL_NAME, 90)
    tab.columns.fit()
    assert header.sectionSize(COL_NAME) == 90
    tab.columns.reset()
    assert tab.columns.auto and header.sectionSize(COL_NAME) > 90


def test_ctrl_c_in_the_detail_pane_copies_the_selected_text(qtbot, window):
    tab = window.tabs[0]
    tab.select_row(0)
    label = tab.detail.summary
    label.setFocus()
    label.setSelection(0, 9)
    QApplication.clipboard().clear()
    qtbot.keyClick(label, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == tab.detail.policy.summary[:9]


def test_shift_f10_opens_the_row_menu_of_the_focused_table(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMenu

    popped: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, *args: popped.append(menu))
    tab = window.tabs[0]
    tab.select_row(1)
    tab.table.setFocus()
    qtbot.waitUntil(lambda: focus() is tab.table, timeout=2000)
    qtbot.keyClick(tab.table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert popped and action_texts(popped[0])[0] == "Open"


def test_a_cut_facet_label_shows_in_full_as_a_tooltip(qtbot, window, monkeypatch):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    shown: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", lambda pos, text, *a: shown.append(text))
    tab = window.tabs[0]
    tab.refresh_facets()
    view = tab.facet_panel.views["administration"]
    view.setFixedWidth(60)  # far too narrow for "López Obrador (2018–2024) (12)"
    rect = view.visualRect(view.model().index(0))
    point = QPoint(rect.center().x(), rect.center().y())
    event = QHelpEvent(QHelpEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    assert shown == [view.model().index(0).data()]
