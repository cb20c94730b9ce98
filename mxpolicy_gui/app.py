"""Start the GUI: one QApplication, one read-only store, models and views wired together."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from mxpolicy_gui import APP_DISPLAY_NAME, APP_ID, APP_NAME, ORG_DOMAIN, ORG_NAME, __version__
from mxpolicy_gui.models.policy_table import PolicyTableModel
from mxpolicy_gui.paths import default_db_path
from mxpolicy_gui.store import Store, StoreError
from mxpolicy_gui.store.background import BackgroundStore
from mxpolicy_gui.views.main_window import MainWindow, open_in_browser
from mxpolicy_gui.views.policy_tab import PolicyTab
from mxpolicy_gui.views.search_bar import install_search
from mxpolicy_gui.vocabulary import Kind


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
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
    return app  # type: ignore[return-value]


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


class StoreWorker(QObject):
    """Slow store work on a `BackgroundStore` thread; answers come back on the GUI thread.

    Facet counts under a broad search at 100,000 records take up to half a second, and the
    one-off check behind fast searching some 30 ms: on the GUI thread either would hold up
    start-up or the next keystroke.
    """

    _answered = Signal(object, object)

    def __init__(self, store: Store) -> None:
        super().__init__()
        self._background = BackgroundStore(store.path)
        self._answered.connect(self._deliver)  # emitted on the worker: queued to this thread
        self._background.submit(
            "search layout", Store.search_layout, self._relay(store.adopt_search_layout)
        )

    def facets_for_tab(self, key: str):
        """The tab's `facets_later`: its requests supersede each other, not another tab's."""

        def request(query, facets, done) -> None:
            self._background.submit(
                key, lambda store: store.facets(query, facets), self._relay(done)
            )

        return request

    def run_later(self, key: str, job, done) -> None:
        """`job(store)` on the worker thread, `done(result)` back on the GUI thread."""
        self._background.submit(key, job, self._relay(done))

    def _relay(self, done):
        def emit(result) -> None:
            with contextlib.suppress(RuntimeError):  # the window, and this object, are gone
                self._answered.emit(done, result)

        return emit

    def _deliver(self, done, result) -> None:
        done(result)

    def close_with(self, window: QObject) -> None:
        """Live as long as `window`: stop the worker thread when it is destroyed."""
        self.setParent(window)
        background = self._background  # not self: Qt deletes children before `destroyed`
        window.destroyed.connect(lambda *_: background.close())


def build_main_window(
    store: Store,
    settings: QSettings | None = None,
    open_url=open_in_browser,
) -> MainWindow:
    from mxpolicy_gui.views.link_opener import LinkOpener

    worker = StoreWorker(store)
    links = LinkOpener(open_url)
    tabs = []
    for kind in Kind:
        model = PolicyTableModel(store.rows, store.count)
        tabs.append(
            PolicyTab(
                kind.value,
                kind.plural,
                model,
                store.facet,
                store.policy,
                links,
                facets_later=worker.facets_for_tab(kind),
                year_bounds=store.year_bounds,
            )
        )
    window = MainWindow(
        tabs,
        store.info(),
        settings or default_settings(),
        export_job=export_job_for(store.path),
        iter_policies=store.iter_policies,
    )
    install_search(
        window,
        lambda text: store.parse(text).highlight,
        store.match_notes,
        worker.run_later,
    )
    worker.close_with(window)
    links.setParent(window)
    links.failed.connect(window.show_status)
    from mxpolicy_gui.views.timeline_tab import TimelineTab, install_timeline

    timeline = TimelineTab(store.timeline, store.policy, links, store.matching_ids)
    install_timeline(window, timeline)
    return window


#: Benchmarks set this to learn when a fresh process has painted its first rows: the app then
#: prints `BENCH_PAINT_MARKER <time.monotonic_ns()>` and quits (see benchmarks/run.py).
BENCH_PAINT_ENV = "MXPOLICY_BENCH_EXIT_AFTER_PAINT"
BENCH_PAINT_MARKER = "mxpolicy-first-paint"


def _exit_after_first_paint(app: QApplication, window: MainWindow) -> None:
    """Report the end of the first paint of the current tab's table with rows, then quit."""
    import time

    from PySide6.QtCore import QEvent, QObject, QTimer

    tab = window.current_tab()

    def report() -> None:
        print(f"{BENCH_PAINT_MARKER} {time.monotonic_ns()}", flush=True)
        app.quit()

    class Probe(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and tab.model.rowCount() > 0:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, report)  # runs once this paint has finished
            return False

    tab.table.viewport().installEventFilter(Probe(window))


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
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "{app} cannot open its data").format(app=APP_NAME),
            str(exc),
        )
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return 1
    window = build_main_window(store, settings)
    window.show()
    if os.environ.get(BENCH_PAINT_ENV):
        _exit_after_first_paint(app, window)
    code = app.exec()
    store.close()
    return code


__all__ = ["build_main_window", "default_settings", "make_application", "run_gui"]
