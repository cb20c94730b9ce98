"""The main window: a tab per body of policy, menus, shortcuts, status bar, saved state."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from mxpolicy_gui import APP_NAME
from mxpolicy_gui.store.records import DatasetInfo
from mxpolicy_gui.views.about_dialog import AboutDialog
from mxpolicy_gui.views.policy_tab import PolicyTab

TAB_TITLES = {"innovation": "Innovations 2019–2022", "reform": "Reforms 2012–2018"}


class MainWindow(QMainWindow):
    """Built from ready tabs; `app.py` wires models and callables into them."""

    def __init__(
        self,
        tabs: list[PolicyTab],
        info: DatasetInfo,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.info = info
        self.settings = settings
        self.setWindowTitle(f"{APP_NAME} — Mexican public policy")
        self.setAccessibleName(f"{APP_NAME} main window")
        self.tabs_widget = QTabWidget()
        self.tabs_widget.setAccessibleName("Bodies of policy")
        self.tabs_widget.setDocumentMode(True)
        self.tabs = tabs
        for tab in tabs:
            self.tabs_widget.addTab(tab, TAB_TITLES.get(tab.kind, tab.kind))
            tab.countsChanged.connect(lambda total, all_, t=tab: self._update_tab_title(t))
            tab.selectionCountChanged.connect(self._selection_count_changed)
            tab.message.connect(lambda text: self.statusBar().showMessage(text, 4000))
            self._update_tab_title(tab)
        self.tabs_widget.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs_widget)
        self.selection_label = QLabel()
        self.selection_label.setAccessibleName("Selection count")
        self.statusBar().addPermanentWidget(self.selection_label)
        self.actions: dict[str, QAction] = {}
        self._build_menus()
        self.resize(1280, 800)
        self._restored_tabs = False
        self.restore_state()
        self._tab_changed(self.tabs_widget.currentIndex())

    # -- menus ---------------------------------------------------------------------------

    def _action(self, key: str, text: str, slot: Callable, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        self.actions[key] = action
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.file_menu = file_menu
        file_menu.addAction(
            self._action("quit", "&Quit", self.close, QKeySequence.StandardKey.Quit)
        )
        edit = bar.addMenu("&Edit")
        edit.addAction(
            self._action("find", "&Find…", self.focus_search, QKeySequence.StandardKey.Find)
        )
        edit.addAction(
            self._action(
                "select_all",
                "Select &all rows",
                self.select_all,
                QKeySequence.StandardKey.SelectAll,
            )
        )
        edit.addAction(
            self._action("clear_search", "&Clear search and filters", self.clear_filters)
        )
        view = bar.addMenu("&View")
        for i, tab in enumerate(self.tabs):
            view.addAction(
                self._action(
                    f"tab{i + 1}",
                    TAB_TITLES.get(tab.kind, tab.kind),
                    lambda _checked=False, n=i: self.tabs_widget.setCurrentIndex(n),
                    f"Ctrl+{i + 1}",
                )
            )
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(
            self._action(
                "about", f"&About {APP_NAME}", self.show_about, QKeySequence(Qt.Key.Key_F1)
            )
        )

    # -- behaviour -----------------------------------------------------------------------

    def current_tab(self) -> PolicyTab:
        return self.tabs[self.tabs_widget.currentIndex()]

    def focus_search(self) -> None:
        search = self.current_tab().search
        search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        search.selectAll()

    def select_all(self) -> None:
        self.current_tab().table.selectAll()

    def clear_filters(self) -> None:
        self.current_tab().clear_all()

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self.info, self)
        dialog.open()
        return dialog

    def _update_tab_title(self, tab: PolicyTab) -> None:
        index = self.tabs.index(tab)
        total, unfiltered = tab.model.total, tab.model.unfiltered_total
        count = f"{unfiltered:,}" if total == unfiltered else f"{total:,}/{unfiltered:,}"
        self.tabs_widget.setTabText(index, f"{TAB_TITLES.get(tab.kind, tab.kind)} ({count})")

    def _tab_changed(self, index: int) -> None:
        if 0 <= index < len(self.tabs):
            tab = self.tabs[index]
            self._selection_count_changed(len(tab.table.selectionModel().selectedRows()))

    def _selection_count_changed(self, _count: int) -> None:
        tab = self.current_tab()
        count = len(tab.table.selectionModel().selectedRows())
        self.selection_label.setText(f"{count:,} selected")

    # -- persistence ---------------------------------------------------------------------

    def save_state(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/tab", self.tabs_widget.currentIndex())
        for tab in self.tabs:
            tab.save_state(s, f"tabs/{tab.kind}")
        s.sync()

    def restore_state(self) -> None:
        """Restore saved state; values of the wrong type (a hand-edited file) are ignored."""
        s = self.settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(QByteArray(geometry))
        state = s.value("window/state")
        if isinstance(state, QByteArray | bytes):
            self.restoreState(QByteArray(state))
        try:
            tab_index = int(s.value("window/tab", 0))
        except (TypeError, ValueError):
            tab_index = 0
        if 0 <= tab_index < len(self.tabs):
            self.tabs_widget.setCurrentIndex(tab_index)

    def _restore_tabs(self) -> None:
        """Splitters and columns, once the window has its real size (else they rescale)."""
        for tab in self.tabs:
            tab.restore_state(self.settings, f"tabs/{tab.kind}")
        self._restored_tabs = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._restored_tabs:
            self.layout().activate()
            for tab in self.tabs:
                tab.resize(self.tabs_widget.currentWidget().size())
                tab.layout().activate()
            self._restore_tabs()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._restored_tabs:
            self.save_state()
        super().closeEvent(event)


def open_in_browser(url: QUrl) -> None:
    """Hand an already-vetted http(s) URL to the system browser."""
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(url)
