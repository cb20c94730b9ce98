"""Start the GUI: one QApplication, one read-only store, models and views wired together."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from mxpolicy_gui import APP_DISPLAY_NAME, APP_ID, APP_NAME, ORG_DOMAIN, ORG_NAME, __version__
from mxpolicy_gui.background import BackgroundJobs, BackgroundReader
from mxpolicy_gui.paths import default_db_path
from mxpolicy_gui.store import Store, StoreError
from mxpolicy_gui.views.first_paint import after_first_paint
from mxpolicy_gui.views.main_window import MainWindow, open_in_browser
from mxpolicy_gui.views.policy_tab import PolicyTab
from mxpolicy_gui.vocabulary import Kind


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = (
        existing if isinstance(existing, QApplication)
        else QApplication(argv if argv is not None else sys.argv[:1])
    )
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORG_NAME)
    app.setOrganizationDomain(ORG_DOMAIN)
    app.setDesktopFileName(APP_ID)
    from PySide6.QtGui import QIcon

    from mxpolicy_gui.fonts import ensure_fonts
    from mxpolicy_gui.paths import resources_dir

    ensure_fonts()
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(resources_dir() / "icons" / f"mxpolicy-{size}.png"))
    app.setWindowIcon(icon)
    return app


def default_settings() -> QSettings:
    """Per-user settings in the user's config location, never beside the bundled data."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, APP_NAME)


def export_job_for(db_path: Path):
    """The window's export job: runs in a worker thread with its own read-only store."""

    def job(request, progress, cancelled) -> int:
        from mxpolicy_gui.export.run import export_to_path
        from mxpolicy_gui.i18n import current_language

        language = current_language()  # the CSV's text and column titles follow the window

        return export_to_path(
            db_path,
            request.query,
            request.path,
            request.fmt,
            figures=request.figures,
            excel_compatible=request.excel_compatible,
            progress=progress,
            cancelled=cancelled,
            language=language,
            headers=language,
        )

    return job


def build_main_window(
    store: Store,
    settings: QSettings | None = None,
    open_url=open_in_browser,
) -> MainWindow:
    """The window over `store`: its views read through one `PolicyReader` that counts
    facets off the GUI thread."""
    from mxpolicy_gui.views.link_opener import LinkOpener
    from mxpolicy_gui.views.search_bar import install_search
    from mxpolicy_gui.views.timeline_tab import TimelineTab, install_timeline

    jobs = BackgroundJobs(store)
    reader = BackgroundReader(store, jobs)
    links = LinkOpener(open_url)
    tabs = [PolicyTab(kind, reader, links) for kind in Kind]
    window = MainWindow(
        tabs, store.info(), settings or default_settings(), reader, jobs,
        export_job_for(store.path),
    )
    install_search(
        window,
        lambda text: store.parse(text).highlight,
        store.match_notes,
        jobs.query,
    )
    links.setParent(window)
    links.failed.connect(window.show_status)
    install_timeline(window, TimelineTab(reader, links))
    # The query thread starts once the window has painted: before, it competes for the cores.
    window.firstPainted.connect(jobs.warm_up)
    return window


#: Benchmarks set this to learn when a fresh process has painted its first rows: the app then
#: prints `BENCH_PAINT_MARKER <time.monotonic_ns()>` and quits (see benchmarks/run.py).
BENCH_PAINT_ENV = "MXPOLICY_BENCH_EXIT_AFTER_PAINT"
BENCH_PAINT_MARKER = "mxpolicy-first-paint"
#: The longest the start keeps the garbage collector paused (see `cli.main`).
GC_PAUSE_MAX_MS = 3000


def collect_after_first_paint(window: MainWindow) -> None:
    """Turn the garbage collector (paused by `cli.main` for the start) back on at the first
    paint, or after a few seconds if the window never gets painted (never exposed).

    What exists by then (the window's Python objects and Qt's wrappers, about 43,000 of them
    at 100,000 records) lives as long as the app, so it is frozen out of the collector's
    reach: a full collection that went over it took 35 ms while a person typed, long enough
    to hold up a keystroke (docs/performance.md, fifth round)."""

    def settle() -> None:
        if not gc.isenabled():
            gc.freeze()
            gc.enable()

    window.firstPainted.connect(settle)
    QTimer.singleShot(GC_PAUSE_MAX_MS, settle)


def _exit_after_first_paint(app: QApplication, window: MainWindow) -> None:
    """Report the end of the first paint of the current tab's table with rows, then quit."""
    import time

    tab = window.current_tab()

    def report() -> None:
        print(f"{BENCH_PAINT_MARKER} {time.monotonic_ns()}", flush=True)
        app.quit()

    after_first_paint(tab.table.viewport(), report, lambda: tab.model.rowCount() > 0)


def run_gui(db: Path | None = None, lang: str | None = None) -> int:
    from mxpolicy_gui.display import check_display, hush_qt_warnings

    no_display = check_display()
    if no_display:
        return no_display
    hush_qt_warnings()
    app = make_application()
    from mxpolicy_gui.crash import CrashHandler
    from mxpolicy_gui.i18n import chosen_language, install_language

    settings = default_settings()
    install_language(chosen_language(settings, lang))

    CrashHandler().install()
    path = db or default_db_path()
    try:
        store = Store(path)
    except StoreError as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "{app} cannot open its data").format(app=APP_NAME),
            str(exc),
        )
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return 1
    window = build_main_window(store, settings)
    collect_after_first_paint(window)
    window.show()
    if os.environ.get(BENCH_PAINT_ENV):
        _exit_after_first_paint(app, window)
    code = app.exec()
    store.close()
    return code


__all__ = [
    "build_main_window",
    "collect_after_first_paint",
    "default_settings",
    "make_application",
    "run_gui",
]
