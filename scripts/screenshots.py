"""Render the real main window offscreen and save the PNGs the README shows.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Each shot: a fixed window size, a record selected, light or dark palette (Fusion style so the
result does not depend on the desktop it is run on), settings in a throw-away file.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from mxpolicy_gui.app import build_main_window, make_application
from mxpolicy_gui.paths import default_db_path
from mxpolicy_gui.store import Store

SHOTS = [
    # file, size, palette, tab, search, policy to select, scroll detail to figures
    ("innovations-1280x800.png", (1280, 800), "light", 0, "", "jovenes-construyendo-el-futuro", 0),
    ("innovations-search-1280x800.png", (1280, 800), "light", 0, "energ", "pemex-refinacion", 560),
    ("reforms-1920x1080.png", (1920, 1080), "light", 1, "", "reforma-hacendaria", 0),
    ("reforms-dark-1280x800.png", (1280, 800), "dark", 1, "", "reforma-telecomunicaciones", 420),
]


def dark_palette() -> QPalette:
    p = QPalette()
    base, text = QColor(37, 37, 38), QColor(230, 230, 230)
    p.setColor(QPalette.ColorRole.Window, QColor(45, 45, 48))
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor(52, 52, 56))
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, QColor(55, 55, 60))
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.ToolTipBase, base)
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor(150, 150, 150))
    p.setColor(QPalette.ColorRole.Highlight, QColor(38, 110, 190))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor(255, 255, 255))
    p.setColor(QPalette.ColorRole.Link, QColor(110, 170, 255))
    # Fusion draws check boxes and frames from these; left unset they vanish on dark grey.
    p.setColor(QPalette.ColorRole.Light, QColor(90, 90, 96))
    p.setColor(QPalette.ColorRole.Midlight, QColor(75, 75, 80))
    p.setColor(QPalette.ColorRole.Mid, QColor(60, 60, 64))
    p.setColor(QPalette.ColorRole.Dark, QColor(25, 25, 27))
    p.setColor(QPalette.ColorRole.Shadow, QColor(10, 10, 10))
    return p


def settle(app: QApplication, rounds: int = 8) -> None:
    for _ in range(rounds):
        app.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    app.setStyle(QStyleFactory.create("Fusion"))
    light = app.palette()
    store = Store(args.db or default_db_path())
    with tempfile.TemporaryDirectory() as tmp:
        for name, (w, h), palette, tab_index, search, policy_id, scroll in SHOTS:
            app.setPalette(dark_palette() if palette == "dark" else light)
            settings = QSettings(str(Path(tmp) / f"{name}.ini"), QSettings.Format.IniFormat)
            window = build_main_window(store, settings, open_url=lambda url: None)
            window.resize(w, h)
            window.show()
            settle(app)
            window.tabs_widget.setCurrentIndex(tab_index)
            tab = window.tabs[tab_index]
            tab.splitter.setSizes([220, int((w - 220) * 0.57), int((w - 220) * 0.43)])
            if palette == "dark":
                tab.refresh_facets()
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
            path = args.out / name
            window.grab().save(str(path))
            print(f"wrote {path} ({w}×{h}, {palette})")
            window.close()
            window.deleteLater()
            settle(app)
        save_search_shots(app, store, args.out, Path(tmp), light)
    store.close()
    return 0


#: Search shots (issue 12): file, tab, what is typed, whether to click the suggestion.
SEARCH_SHOTS = [
    ("search-highlight-1280x800.png", 0, "energía"),
    ("search-other-tab-1280x800.png", 0, "reforma energética"),
    ("search-suggestion-1280x800.png", 0, "sembrado"),
]


def save_search_shots(
    app: QApplication, store: Store, out: Path, tmp: Path, palette: QPalette
) -> None:
    """A highlighted result with its snippet, an empty tab pointing to the other tab's
    matches, and a "did you mean" suggestion; each waits for the background counts."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    app.setPalette(palette)
    for name, tab_index, text in SEARCH_SHOTS:
        settings = QSettings(str(tmp / f"{name}.ini"), QSettings.Format.IniFormat)
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
            tab.select_row(1)
        settle(app)
        path = out / name
        window.grab().save(str(path))
        print(f"wrote {path} (search {text!r})")
        window.close()
        window.deleteLater()
        settle(app)


if __name__ == "__main__":
    sys.exit(main())
