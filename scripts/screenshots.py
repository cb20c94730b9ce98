"""Render the real main window offscreen and save the PNGs the README shows.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Each shot: a fixed window size, a record selected, light or dark palette (View ▸ Theme
Light or Dark, both Fusion, so the result does not depend on the desktop it is run on),
settings in a throw-away file.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QFileDialog

from mxpolicy_gui.app import build_main_window, make_application
from mxpolicy_gui.display import hush_qt_warnings
from mxpolicy_gui.i18n import install_language
from mxpolicy_gui.paths import default_db_path
from mxpolicy_gui.store import Store

SHOTS = [
    # file, size, theme, tab, search, policy to select, scroll detail to figures
    ("innovations-1024x700.png", (1024, 700), "light", 0, "", "sembrando-vida", 0),
    ("innovations-dark-1024x700.png", (1024, 700), "dark", 0, "", "banco-del-bienestar", 0),
    ("innovations-1280x800.png", (1280, 800), "light", 0, "", "jovenes-construyendo-el-futuro", 0),
    ("innovations-search-1280x800.png", (1280, 800), "light", 0, "energ", "pemex-refinacion", 560),
    ("reforms-dark-1280x800.png", (1280, 800), "dark", 1, "", "reforma-telecomunicaciones", 420),
    ("reforms-1920x1080.png", (1920, 1080), "light", 1, "", "reforma-hacendaria", 0),
    ("reforms-dark-1920x1080.png", (1920, 1080), "dark", 1, "", "reforma-energetica", 0),
    # "es-…": the Spanish interface
    ("es-innovations-1280x800.png", (1280, 800), "light", 0, "", "jovenes-construyendo-el-futuro",
     0),
    ("es-reforms-1280x800.png", (1280, 800), "light", 1, "", "reforma-energetica", 0),
]
#: The export dialog (Qt's own file dialog, so it looks the same everywhere), in Spanish.
EXPORT_SHOT = "es-export-dialog-1280x800.png"


def settle(app: QApplication, rounds: int = 8) -> None:
    for _ in range(rounds):
        app.processEvents()


def save_shot(window, path: Path, what: str) -> None:
    window.grab().save(str(path))
    print(f"wrote {path} ({what})")


def close_window(app: QApplication, window) -> None:
    window.close()
    window.deleteLater()
    settle(app)


def export_dialog_shot(app: QApplication, window, path: Path) -> None:
    """File ▸ Export all shown…'s dialog over the window, as a person sees it."""
    from mxpolicy_gui.views.export_controller import export_filters

    dialog = QFileDialog(window, window.tr("Export"), str(Path.home() / "mxpolicy-reformas.csv"))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilters(export_filters())
    dialog.resize(820, 520)
    dialog.show()
    settle(app)
    frame = window.grab()
    painter = QPainter(frame)
    x = (frame.width() - dialog.width()) // 2
    y = (frame.height() - dialog.height()) // 2
    painter.fillRect(frame.rect(), QColor(0, 0, 0, 60))
    painter.drawPixmap(x, y, dialog.grab())
    painter.end()
    frame.save(str(path))
    print(f"wrote {path}")
    dialog.close()


TIMELINE_SHOTS = [
    # file, what: "span" (fit, nothing selected), "2013-2015" (zoomed), or a policy to select
    ("timeline-1280x800.png", "span"),
    ("timeline-2013-2015-1280x800.png", "2013-2015"),
    ("timeline-energy-reform-1280x800.png", "reforma-energetica"),
]


def timeline_shots(app: QApplication, store: Store, out: Path, tmp: str) -> None:
    """The Timeline tab at 1280×800: the whole span, 2013–2015, the energy reform's links."""
    import datetime as dt

    from mxpolicy_gui.views.timeline_tab import TimelineTab

    for name, what in TIMELINE_SHOTS:
        settings = QSettings(str(Path(tmp) / f"{name}.ini"), QSettings.Format.IniFormat)
        settings.setValue("view/theme", "light")
        window = build_main_window(store, settings, open_url=lambda url: None)
        window.welcome.choose(False)  # the lanes need the height more than a second look does
        window.resize(1280, 800)
        window.show()
        settle(app)
        timeline = window.tabs_widget.widget(window.tabs_widget.count() - 1)
        assert isinstance(timeline, TimelineTab)
        window.tabs_widget.setCurrentWidget(timeline)
        settle(app)
        view = timeline.view
        view.fit()
        if what == "span":
            view.select(None)
        elif what == "2013-2015":
            view.select("reforma-telecomunicaciones")  # the IFT it created, its linked reform
            view.show_range(dt.date(2012, 11, 1).toordinal(), dt.date(2015, 12, 31).toordinal())
        else:
            view.select(what)
            view.fit()
        settle(app)
        save_shot(window, out / name, f"1280×800, timeline {what}")
        close_window(app, window)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument(
        "--search-only", action="store_true", help="only the search shots (issue 12)"
    )
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    hush_qt_warnings()
    app = make_application()
    store = Store(args.db or default_db_path())
    with tempfile.TemporaryDirectory() as tmp:
        for name, (w, h), palette, tab_index, search, policy_id, scroll in (
            [] if args.search_only else SHOTS
        ):
            install_language("es" if name.startswith("es-") else "en")
            settings = QSettings(str(Path(tmp) / f"{name}.ini"), QSettings.Format.IniFormat)
            settings.setValue("view/theme", palette)  # the window applies it, as for a person
            window = build_main_window(store, settings, open_url=lambda url: None)
            window.resize(w, h)
            window.show()
            settle(app)
            window.tabs_widget.setCurrentIndex(tab_index)
            tab = window.tabs[tab_index]
            tab.refresh_facets()  # now, not when the background count arrives
            settle(app)
            facets = max(200, tab.facet_scroll.minimumWidth())
            tab.splitter.setSizes([facets, int((w - facets) * 0.6), int((w - facets) * 0.4)])
            if palette == "dark" and tab_index == 1 and w == 1280:
                tab.facet_panel.models["status"].set_checked({"In force"})
            if search:
                tab.search.setText(search)
                tab.apply_query()
            settle(app)
            row = tab.model.row_of(policy_id)
            tab.select_row(max(row, 0))
            settle(app)
            tab.detail.verticalScrollBar().setValue(scroll)
            settle(app)
            save_shot(window, args.out / name, f"{w}×{h}, {palette}")
            if name == "es-reforms-1280x800.png":
                export_dialog_shot(app, window, args.out / EXPORT_SHOT)
            close_window(app, window)
        if not args.search_only:
            timeline_shots(app, store, args.out, tmp)
        save_search_shots(app, store, args.out, Path(tmp))
    install_language("en")
    store.close()
    return 0


#: Search shots (issue 12): file, tab, what is typed, the policy to show in the detail pane
#: (its summary, measures and figure labels marked too).
SEARCH_SHOTS = [
    ("search-highlight-1280x800.png", 0, "energía", "pemex-refinacion"),
    ("search-other-tab-1280x800.png", 0, "reforma educativa", None),
    ("search-suggestion-1280x800.png", 0, "sembrado", None),
]


def save_search_shots(app: QApplication, store: Store, out: Path, tmp: Path) -> None:
    """A highlighted result with its snippet, an empty tab pointing to the other tab's
    matches, and a "did you mean" suggestion; each waits for the background counts."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    for name, tab_index, text, policy_id in SEARCH_SHOTS:
        settings = QSettings(str(tmp / f"{name}.ini"), QSettings.Format.IniFormat)
        settings.setValue("view/theme", "light")
        window = build_main_window(store, settings, open_url=lambda url: None)
        window.resize(1280, 800)
        window.show()
        settle(app)
        window.tabs_widget.setCurrentIndex(tab_index)
        tab = window.tabs[tab_index]
        tab.splitter.setSizes([220, 600, 460])
        window.search_bar.set_text(text)
        hints = window.search_bar.hints[tab.kind]
        deadline = QDeadlineTimer(10_000)
        while not deadline.hasExpired() and tab.model.rowCount() == 0 and not (
            hints.elsewhere_row.isVisible() or hints.suggestion_row.isVisible()
        ):
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if tab.model.rowCount():
            tab.select_row(max(tab.model.row_of(policy_id or ""), 1 if policy_id is None else 0))
        deadline = QDeadlineTimer(3_000)  # the detail pane marks the words once typing pauses
        while not deadline.hasExpired() and tab.detail.marks_pending():
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        settle(app)
        save_shot(window, out / name, f"search {text!r}")
        close_window(app, window)


if __name__ == "__main__":
    sys.exit(main())
