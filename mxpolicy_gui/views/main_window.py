"""The main window: a tab per body of policy, menus, shortcuts, status bar, saved state."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QPoint,
    QSettings,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from mxpolicy_gui import APP_NAME
from mxpolicy_gui.background import BackgroundJobs
from mxpolicy_gui.formatting import display_locale
from mxpolicy_gui.settings import CURRENT_TAB, EXPORT_FOLDER, THEME, WINDOW_GEOMETRY, WINDOW_STATE
from mxpolicy_gui.store.query import PolicyQuery
from mxpolicy_gui.store.reader import PolicyReader
from mxpolicy_gui.views.export_controller import (
    ExportController,
    ExportJob,
    ExportRequest,
    export_filters,
)
from mxpolicy_gui.views.export_notice import ExportNotice
from mxpolicy_gui.views.first_paint import after_first_expose
from mxpolicy_gui.views.keyboard import cycle_panes
from mxpolicy_gui.views.policy_tab import PolicyTab
from mxpolicy_gui.views.tab_state import restore_tab_state, save_tab_state
from mxpolicy_gui.views.tab_widget import TitledTabWidget
from mxpolicy_gui.views.theme import apply_theme, normalise
from mxpolicy_gui.views.welcome import WelcomeBar
from mxpolicy_gui.views.window_menus import build_menus

if TYPE_CHECKING:
    from mxpolicy_gui.store.policy_record import Policy
    from mxpolicy_gui.store.records import DatasetInfo
    from mxpolicy_gui.views.about_dialog import AboutDialog
    from mxpolicy_gui.views.language_menu import LanguageMenu
    from mxpolicy_gui.views.search_bar import SearchBar
from mxpolicy_gui.vocabulary import kind_of

#: How long closing the window waits for background work (a cancelled export) to stop.
CLOSE_WAIT_MS = 5000

class MainWindow(QMainWindow):
    """Built from ready tabs; `app.py` wires models and callables into them."""

    #: Once, just after the current tab's table has painted for the first time: work the
    #: person cannot see yet waits for this (the first paint is what starting feels like).
    firstPainted = Signal()
    #: The search field above the tabs (`search_bar.install_search` puts it there).
    search_bar: SearchBar

    #: Set by `build_menus`.
    file_menu: QMenu
    language_menu: LanguageMenu

    def __init__(
        self,
        tabs: list[PolicyTab],
        info: DatasetInfo,
        settings: QSettings,
        reader: PolicyReader,
        jobs: BackgroundJobs,
        export_job: ExportJob,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        #: Every background job of this window; `closeEvent` stops them.
        self.jobs = jobs
        self.jobs.close_with(self)
        self.info = info
        self.settings = settings
        self.reader = reader
        #: Each open print preview's printer, kept alive until its dialog is destroyed.
        self.preview_printers: dict[int, object] = {}
        self.exporter = ExportController(export_job, self.jobs, self)
        self.export_notice = ExportNotice(parent=self)
        self.exporter.done.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.exporter.exported.connect(self.export_notice.show_export)
        #: Replaced in tests; returns (path, figures?) or None when the person cancels.
        self.choose_export_path: Callable[[str], tuple[Path, bool] | None] = self._ask_path
        # Qt adds the application's display name to the title; the title itself says where
        # the person is (it said the app's name twice).
        self.tabs_widget = TitledTabWidget()
        self.tabs_widget.setDocumentMode(True)
        self.tabs = tabs
        for tab in tabs:
            self.tabs_widget.addTab(tab, self.tab_title(tab))
            tab.countsChanged.connect(lambda total, all_, t=tab: self._update_tab_title(t))
            tab.selectionCountChanged.connect(self._selection_count_changed)
            tab.message.connect(self.show_status)
            tab.exportRequested.connect(self.export_selection)
            tab.relatedSelected.connect(self.show_policy)
            self._update_tab_title(tab)
        self.tabs_widget.currentChanged.connect(self._tab_changed)
        self.welcome = WelcomeBar(info, settings)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.tabs_widget, 1)
        column.insertWidget(0, self.welcome)
        self.setCentralWidget(central)
        self.selection_label = QLabel()
        self.statusBar().addPermanentWidget(self.export_notice)
        self.statusBar().addPermanentWidget(self.selection_label)
        # Hides QWidget.actions(), which nothing here calls; renaming would touch every menu.
        self.actions: dict[str, QAction] = {}  # type: ignore[assignment]
        build_menus(self)
        self._set_window_texts()
        self.set_theme(normalise(THEME.get(self.settings)), save=False)
        self.resize(1280, 800)
        self._restored_tabs = False
        self.restore_state()
        self._tab_changed(self.tabs_widget.currentIndex())

    # -- export and print ----------------------------------------------------------------

    def selection_query(self) -> PolicyQuery | None:
        tab = self.current_tab()
        ids = tab.selected_ids()
        return tab.model.query.with_(ids=tuple(ids)) if ids else None

    def export_selection(self) -> None:
        query = self.selection_query()
        if query is None:
            self._tell(
                self.tr("Nothing selected"),
                self.tr(
                    "Select one or more rows first (Ctrl+A selects all), "
                    "or use File ▸ Export all shown."
                ),
            )
            return
        self.start_export(query, len(query.ids or ()))

    def export_shown(self) -> None:
        tab = self.current_tab()
        self.start_export(tab.model.query, tab.model.total)

    def start_export(self, query: PolicyQuery, count: int) -> None:
        if self.exporter.busy():
            return
        if count == 0:
            self._tell(
                self.tr("Nothing to export"),
                self.tr("No policies match the current search and filters."),
            )
            return
        chosen = self.choose_export_path(self._suggested_name(query))
        if chosen is None:
            return
        path, figures = chosen
        EXPORT_FOLDER.set(self.settings, str(path.parent))
        request = ExportRequest(
            query=query,
            path=path,
            fmt=path.suffix.lower().lstrip("."),
            figures=figures,
            excel_compatible=self.actions["excel"].isChecked(),
            expected=count,
        )
        self.exporter.start(request)

    def _suggested_name(self, query: PolicyQuery) -> str:
        found = kind_of(query.kind)
        kind = found.plural if found else self.tr("policies", "file name")
        selection = "-" + self.tr("selection", "file name") if query.ids else ""
        return f"mxpolicy-{kind}{selection}.csv"

    def _ask_path(self, suggested: str) -> tuple[Path, bool] | None:
        from PySide6.QtCore import QStandardPaths
        from PySide6.QtWidgets import QFileDialog

        folder = str(
            EXPORT_FOLDER.get(self.settings)
            or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        filter_csv, filter_figures, filter_pdf = export_filters()
        name, chosen_filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export"),
            str(Path(folder) / suggested),
            ";;".join((filter_csv, filter_figures, filter_pdf)),
        )
        if not name:
            return None
        path = Path(name)
        wanted = ".pdf" if chosen_filter == filter_pdf else ".csv"
        if path.suffix.lower() not in (".csv", ".pdf"):
            path = path.with_name(path.name + wanted)
        return path, chosen_filter == filter_figures and path.suffix.lower() == ".csv"

    def _tell(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self
        )
        box.setAccessibleName(title)
        box.open()

    def iter_policies(self, query: PolicyQuery) -> Iterable[Policy]:
        return self.reader.iter_policies(query)

    def _report_query(self) -> PolicyQuery:
        return self.selection_query() or self.current_tab().model.query

    def render_report(self, printer) -> int:
        """Paint the same report as the PDF export on `printer` (preview or real)."""
        from mxpolicy_gui.views.window_print import render_report

        return render_report(self, printer)

    def print_preview(self):
        from mxpolicy_gui.views.window_print import print_preview

        return print_preview(self)

    def print_report(self) -> None:
        from mxpolicy_gui.views.window_print import print_report

        print_report(self)

    # -- behaviour -----------------------------------------------------------------------

    def current_tab(self) -> PolicyTab:
        index = self.tabs_widget.currentIndex()  # past the policy tabs: the Timeline tab
        return self.tabs[index] if 0 <= index < len(self.tabs) else self.tabs[-1]

    def show_policy(self, policy_id: str, kind: str) -> None:
        """Bring up the tab of `kind` with `policy_id` selected (a related-policy click)."""
        for index, tab in enumerate(self.tabs):
            if tab.kind == kind and tab.select_policy(policy_id):
                self.tabs_widget.setCurrentIndex(index)
                return

    def focus_search(self) -> None:
        search = self.current_tab().search
        search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        search.selectAll()

    def select_all(self) -> None:
        self.current_tab().table.selectAll()

    def clear_filters(self) -> None:
        self.current_tab().clear_all()

    def show_about(self) -> AboutDialog:
        from mxpolicy_gui.views.about_dialog import AboutDialog

        return self._open_dialog(AboutDialog(self.info, self))

    def tab_title(self, tab: PolicyTab) -> str:
        found = kind_of(tab.kind)
        return found.tab_title if found else tab.kind

    def _update_tab_title(self, tab: PolicyTab) -> None:
        index = self.tabs.index(tab)
        total, unfiltered = tab.model.total, tab.model.unfiltered_total
        loc = display_locale()
        count = (
            loc.toString(unfiltered)
            if total == unfiltered
            else f"{loc.toString(total)}/{loc.toString(unfiltered)}"
        )
        self.tabs_widget.setTabText(index, f"{self.tab_title(tab)} ({count})")

    # -- language ------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Switch the interface now (every widget retranslates) and remember the choice."""
        self.language_menu.choose(language)

    def _set_window_texts(self) -> None:
        # Qt adds the application's display name to the title; the title itself says where
        # the person is (it said the app's name twice).
        self.setAccessibleName(self.tr("{app} main window").format(app=APP_NAME))
        self.tabs_widget.setAccessibleName(self.tr("Bodies of policy"))
        self.selection_label.setAccessibleName(self.tr("Selection count"))

    def retranslate_ui(self) -> None:
        """Texts in the language just installed: menus rebuilt, titles and counts set again."""
        from mxpolicy_gui.views.window_language import retranslate_window

        retranslate_window(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- keyboard, help, theme, messages --------------------------------------------------

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def cycle_panes(self, step: int) -> QWidget | None:
        """F6 / Shift+F6: search, filters, table, details, and round again."""
        return cycle_panes(self.current_tab().panes(), step)

    def copy_rows(self) -> None:
        from mxpolicy_gui.views.table_copy import copy_selected_rows

        count = copy_selected_rows(self.current_tab().table)
        self.show_status(self.tr("{n} row(s) copied with a header line").format(n=count))

    def context_menu_of_focus(self) -> None:
        """Shift+F10: the focused widget's context menu, as the Menu key opens it."""
        focus = QApplication.focusWidget()
        if focus is None:
            return
        target = focus.viewport() if hasattr(focus, "viewport") else focus
        pos = QPoint(8, 8)
        if isinstance(focus, QAbstractItemView) and focus.currentIndex().isValid():
            pos = focus.visualRect(focus.currentIndex()).center()
        from PySide6.QtGui import QContextMenuEvent

        event = QContextMenuEvent(
            QContextMenuEvent.Reason.Keyboard, pos, target.mapToGlobal(pos)
        )
        QApplication.sendEvent(target, event)

    def set_theme(self, key: str, *, save: bool = True) -> None:
        key = apply_theme(key)
        self.actions[f"theme_{key}"].setChecked(True)
        if save:
            THEME.set(self.settings, key)

    def show_guide(self):
        from mxpolicy_gui.views.help_dialog import UserGuideDialog

        return self._open_dialog(UserGuideDialog(self))

    def show_shortcuts(self):
        from mxpolicy_gui.views.help_dialog import ShortcutsDialog

        return self._open_dialog(ShortcutsDialog(self))

    def _open_dialog(self, dialog):
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _tab_changed(self, index: int) -> None:
        if 0 <= index < len(self.tabs):
            tab = self.tabs[index]
            self.setWindowTitle(self.tab_title(tab))
            self._selection_count_changed(len(tab.table.selectionModel().selectedRows()))
            focus = QApplication.focusWidget()
            if focus is None or not focus.isVisible():
                tab.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _selection_count_changed(self, _count: int) -> None:
        tab = self.current_tab()
        count = len(tab.table.selectionModel().selectedRows())
        self.selection_label.setText(
            self.tr("1 selected")
            if count == 1
            else self.tr("{count} selected").format(count=display_locale().toString(count))
        )

    # -- persistence ---------------------------------------------------------------------

    def save_state(self) -> None:
        s = self.settings
        WINDOW_GEOMETRY.set(s, self.saveGeometry())
        WINDOW_STATE.set(s, self.saveState())
        CURRENT_TAB.set(s, self.tabs_widget.currentIndex())
        for tab in self.tabs:
            save_tab_state(tab, s)
        s.sync()

    def restore_state(self) -> None:
        """Restore saved state; values of the wrong type (a hand-edited file) are ignored."""
        s = self.settings
        geometry = WINDOW_GEOMETRY.get(s)
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = WINDOW_STATE.get(s)
        if state is not None:
            self.restoreState(state)
        tab_index = CURRENT_TAB.get(s)
        if 0 <= tab_index < len(self.tabs):
            self.tabs_widget.setCurrentIndex(tab_index)

    def _restore_tabs(self) -> None:
        """Splitters and columns, once the window has its real size (else they rescale)."""
        for tab in self.tabs:
            restore_tab_state(tab, self.settings)  # anything corrupt is ignored
        self._restored_tabs = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._restored_tabs:
            after_first_expose(self, self._after_first_paint)
            self.current_tab().search.setFocus(Qt.FocusReason.OtherFocusReason)
            _activate_layout(self)
            for tab in self.tabs:
                tab.resize(self.tabs_widget.currentWidget().size())
                _activate_layout(tab)
            self._restore_tabs()

    def _after_first_paint(self) -> None:
        self.current_tab().after_first_paint()
        self.firstPainted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.jobs.cancel_and_wait(CLOSE_WAIT_MS)
        if self._restored_tabs:
            self.save_state()
        super().closeEvent(event)


def _activate_layout(widget: QWidget) -> None:
    layout = widget.layout()
    if layout is not None:
        layout.activate()


def open_in_browser(url: QUrl) -> bool:
    """Hand an already-vetted http(s) URL to the system browser; False if none answered."""
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(url)
