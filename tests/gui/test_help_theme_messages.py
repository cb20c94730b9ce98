"""Help, theme, welcome line, title, status-bar messages, year filter and the no-display exit."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from mxpolicy_gui import APP_NAME
from mxpolicy_gui.display import NO_DISPLAY_EXIT, missing_display
from mxpolicy_gui.views.help_dialog import UserGuideDialog
from mxpolicy_gui.views.shortcuts import BY_ACTION, SHORTCUTS

REPO = Path(__file__).resolve().parents[2]


def readme_shortcuts() -> list[tuple[str, str]]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    table = text[text.index("| keys | action |") :].split("\n\n")[0].splitlines()[2:]
    return [tuple(cell.strip() for cell in row.strip("|").split(" | ", 1)) for row in table]


def test_readme_lists_exactly_the_shortcut_table():
    assert readme_shortcuts() == [(s.keys, s.action) for s in SHORTCUTS]


def test_window_actions_use_the_keys_of_the_table(window):
    for key, shortcut in BY_ACTION.items():
        assert window.actions[key].shortcut() == shortcut.sequence(), key


def test_f1_opens_the_user_guide(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guides = [w for w in QApplication.topLevelWidgets() if isinstance(w, UserGuideDialog)]
    assert guides and guides[0].isVisible()
    text = guides[0].browser.toPlainText()
    assert "mxpolicy user guide" in text and "Include undated" in text
    guides[0].close()


def test_shortcuts_dialog_lists_every_shortcut(qtbot, window):
    dialog = window.show_shortcuts()
    text = dialog.browser.toPlainText()
    for shortcut in SHORTCUTS:
        assert shortcut.keys in text and shortcut.action in text
    dialog.close()


def test_theme_is_applied_remembered_and_undone(qtbot, make_window):
    app = QApplication.instance()
    before = app.palette().color(QPalette.ColorRole.Window)
    window = make_window()
    window.actions["theme_dark"].trigger()
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 100
    chart = window.tabs[0].detail.chart
    # Widgets take the new palette as its change event arrives; the chart paints from it.
    qtbot.waitUntil(
        lambda: chart.palette().color(QPalette.ColorRole.WindowText).lightness() > 150,
        timeout=2000,
    )
    window.close()
    second = make_window()
    assert second.actions["theme_dark"].isChecked()
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 100
    second.actions["theme_system"].trigger()
    assert app.palette().color(QPalette.ColorRole.Window) == before


def test_welcome_line_says_what_the_data_covers_and_stays_dismissed(qtbot, make_window):
    window = make_window()
    assert window.welcome.isVisible()
    assert "12 public service innovations" in window.welcome.text.text()
    assert "13 structural reforms" in window.welcome.text.text()
    window.welcome.close_button.click()
    assert not window.welcome.isVisible()
    window.close()
    second = make_window()
    assert not second.welcome.isVisible()
    second.actions["welcome"].trigger()
    assert second.welcome.isVisible()


def test_title_names_the_tab_once(qtbot, window):
    assert window.windowTitle() == "Innovations 2019–2022"
    window.tabs_widget.setCurrentIndex(1)
    assert window.windowTitle() == "Reforms 2012–2018"
    assert APP_NAME not in window.windowTitle()


def test_a_link_that_cannot_open_says_so(qtbot, store, settings_path):
    from PySide6.QtCore import QSettings

    from mxpolicy_gui.app import build_main_window

    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    window = build_main_window(store, settings, open_url=lambda url: False)
    qtbot.addWidget(window)
    window.show()
    tab = window.tabs[0]
    tab.select_row(0)
    row = next(r for r in tab.detail.source_rows if r.url is not None)
    row.open_button.click()
    message = window.statusBar().currentMessage()
    assert "Could not open" in message and row.url.toString() in message
    assert QApplication.clipboard().text() == row.url.toString()


def test_after_an_export_the_status_bar_offers_the_file(qtbot, window, tmp_path):
    target = tmp_path / "shown.csv"
    window.choose_export_path = lambda suggested: (target, False)
    opened = []
    window.export_notice.open_url = lambda url: opened.append(url.toLocalFile())
    with qtbot.waitSignal(window.exporter.finished, timeout=20000):
        window.export_shown()
    notice = window.export_notice
    assert notice.isVisible() and target.name in notice.label.text()
    notice.open_file.click()
    notice.show_folder.click()
    assert opened == [str(target), str(tmp_path)]


def test_year_filter_keeps_undated_policies_unless_told(qtbot, window):
    tab = window.tabs[0]
    panel = tab.facet_panel
    assert panel.undated.isChecked() and "Year" in panel.undated.parentWidget().title()
    panel.year_from.setValue(2020)
    with_undated = {tab.model.row_record(r).id for r in range(tab.model.rowCount())}
    undated = {
        tab.model.row_record(r).id
        for r in range(tab.model.rowCount())
        if not tab.model.row_record(r).date
    }
    assert undated, "the data has innovations without a date"
    panel.undated.setChecked(False)
    without = {tab.model.row_record(r).id for r in range(tab.model.rowCount())}
    assert without == with_undated - undated
    panel.clear()
    assert panel.undated.isChecked() and tab.model.rowCount() == 12


def test_no_results_leave_no_blank_facet_boxes(qtbot, window):
    tab = window.tabs[0]
    tab.search.setText("zzzqqq")
    tab.apply_query()
    tab.refresh_facets()
    for key, view in tab.facet_panel.views.items():
        assert not view.isVisible()
        assert tab.facet_panel.none_labels[key].isVisible()


def test_missing_display_is_detected_before_qt_starts():
    assert missing_display({}, "linux")
    assert missing_display({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not missing_display({"DISPLAY": ":0"}, "linux")
    assert not missing_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not missing_display({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not missing_display({}, "win32")


def test_starting_without_a_display_exits_2_with_one_line(tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["MXPOLICY_LOG_DIR"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "mxpolicy_gui"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == NO_DISPLAY_EXIT
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and re.search(r"no graphical display", lines[0])
    assert result.stdout == ""


def test_closing_the_window_during_an_export_that_will_not_stop(qtbot, make_window, tmp_path,
                                                                 monkeypatch):
    """A running QThread deleted with its window aborts the process; it must outlive it."""
    import threading

    import mxpolicy_gui.views.main_window as main_window
    from mxpolicy_gui.background import LINGERING

    monkeypatch.setattr(main_window, "CLOSE_WAIT_MS", 50)
    window = make_window()
    release = threading.Event()
    started = threading.Event()

    def stubborn(request, progress, cancelled) -> int:
        started.set()
        release.wait(20)  # ignores the cancel, like a writer stuck in one long step
        return 0

    window.exporter.job = stubborn
    window.choose_export_path = lambda suggested: (tmp_path / "x.csv", False)
    window.export_shown()
    assert started.wait(10)
    thread = window.exporter.task_thread
    window.close()
    assert thread in LINGERING and thread.parent() is None
    assert thread.isRunning()
    # Once its job returns, the thread finishes and is deleted on the GUI thread.
    with qtbot.waitSignal(thread.destroyed, timeout=10_000):
        release.set()
