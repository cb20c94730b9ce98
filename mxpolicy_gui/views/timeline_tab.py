"""The Timeline tab: the timeline, its tool bar and a detail pane, tied to the policy tabs.

The timeline's data is read the first time the tab is shown (at 100,000 records that read
would otherwise delay start-up), and the ids a tab's search and facets leave undimmed are
fetched only while the timeline is on screen, so typing in a policy tab never waits for it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mxpolicy_gui.store.query import PolicyQuery
from mxpolicy_gui.store.records import Policy
from mxpolicy_gui.store.timeline import TimelineData
from mxpolicy_gui.timeline.files import write_png, write_svg
from mxpolicy_gui.timeline.layout import AXIS_H, Scale
from mxpolicy_gui.timeline.paint import PaintState, colours_for, paint_view
from mxpolicy_gui.views.detail_menu import install_detail_menu
from mxpolicy_gui.views.detail_pane import DetailPane, UrlOpener
from mxpolicy_gui.views.shortcuts import BY_ACTION
from mxpolicy_gui.views.timeline_view import TimelineView

MatchingIds = Callable[[PolicyQuery], set[str]]


class TimelineTab(QWidget):
    policyActivated = Signal(str)
    message = Signal(str)

    def __init__(
        self,
        load_data: Callable[[], TimelineData],
        load_policy: Callable[[str], Policy | None],
        open_url: UrlOpener,
        matching_ids: MatchingIds | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = "timeline"
        self.setAccessibleName(self.tr("Timeline tab"))
        self._load_data = load_data
        self._load_policy = load_policy
        self._matching_ids = matching_ids
        self._loaded = False
        self._pending: str | None = None
        self._queries: dict[str, PolicyQuery | None] = {}
        self._stale_filters = False

        self.view = TimelineView()
        self.view.policySelected.connect(self._show_detail)
        self.view.policyActivated.connect(self.policyActivated)
        self.detail = DetailPane(open_url)
        self.detail.message.connect(self.message)
        # A related policy clicked in the pane is selected here, its links drawn.
        self.detail.relatedSelected.connect(lambda policy_id, _kind: self.view.select(policy_id))
        install_detail_menu(self.detail)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for text, tip, slot, key in (
            ("−", self.tr("Zoom out (−)"), lambda: self.view.zoom(1 / 1.25), None),
            ("+", self.tr("Zoom in (+, Ctrl+wheel)"), lambda: self.view.zoom(1.25), None),
            (self.tr("Fit"), self.tr("Show the whole span (0)"), self.view.fit, None),
        ):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.clicked.connect(slot)
            if key:
                button.setShortcut(QKeySequence(key))
            bar.addWidget(button)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setAccessibleName(self.tr("Export the timeline"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("Save as SVG…"), lambda: self._save_dialog("svg"))
        menu.addAction(self.tr("Save as PNG…"), lambda: self._save_dialog("png"))
        self.export_button.setMenu(menu)
        bar.addWidget(self.export_button)
        self.legend = QLabel(
            self.tr(
                "◆ reform  ● innovation  ▬ institution  ■ status change  ╵ instrument — "
                "click selects, double-click or Enter opens, drag pans"
            )
        )
        self.legend.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        # Clipped on a narrow window rather than widening it.
        self.legend.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bar.addWidget(self.legend, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([780, 500])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    # -- data ------------------------------------------------------------------------------

    def ensure_loaded(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        self.view.set_data(self._load_data())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.ensure_loaded()
        if self._pending:
            self.follow(self._pending)
        if self._stale_filters:
            QTimer.singleShot(0, self.refresh_filters)

    def set_query(self, kind: str, query: PolicyQuery | None) -> None:
        """A policy tab's search and facets (None: nothing filtered); applied when shown."""
        self._queries[kind] = query
        self._stale_filters = True
        if self.isVisible():
            QTimer.singleShot(0, self.refresh_filters)

    def refresh_filters(self) -> None:
        if not self._stale_filters or self._matching_ids is None:
            return
        self._stale_filters = False
        for kind, query in self._queries.items():
            self.view.set_kind_filter(kind, None if query is None else self._matching_ids(query))

    # -- selection -------------------------------------------------------------------------

    def follow(self, policy_id: str | None) -> None:
        """A policy selected elsewhere: select it here too and bring it into view (centred
        when zoomed in; the whole span already shows it)."""
        if not policy_id:
            return
        if not self._loaded or not self.isVisible():
            self._pending = policy_id  # applied when shown: no cost while hidden
            return
        self._pending = None
        view = self.view
        view.select(policy_id, emit=False, centre=False)
        if view.selected_id() == policy_id:
            if view.is_fitted():
                view.ensure_visible(policy_id)
            else:
                view.centre_on(policy_id)
        self._show_detail(policy_id)

    def _show_detail(self, policy_id: str) -> None:
        if self.detail.policy is None or self.detail.policy.id != policy_id:
            self.detail.show_policy(self._load_policy(policy_id))

    # -- export ----------------------------------------------------------------------------

    def export_size(self) -> QSize:
        """The width the person sees, the height of every lane."""
        return QSize(max(640, self.view.width()), int(AXIS_H + self.view.layout_.height) + 8)

    def _paint_export(self, painter: QPainter, rect: QRectF) -> None:
        state = self.view.state
        scale = Scale(state.scale.first_day, state.scale.px_per_day, rect.left())
        copy = PaintState(scale, 0.0, state.selected, None, None, state.filtered,
                          set(state.related))
        paint_view(painter, rect, self.view.layout_, copy, colours_for(self.palette()),
                   self.view.font())

    def export_svg(self, path: str | Path) -> None:
        write_svg(path, self.export_size(), self._paint_export)

    def export_png(self, path: str | Path) -> None:
        background = self.palette().color(QPalette.ColorRole.Base)
        write_png(path, self.export_size(), self._paint_export, background=background)

    def retitle(self, window) -> None:
        retitle_timeline(window, self)

    def _save_dialog(self, suffix: str) -> None:
        name = f"mxpolicy-timeline-{dt.date.today().isoformat()}.{suffix}"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the timeline"),
            name,
            self.tr("SVG image (*.svg)") if suffix == "svg" else self.tr("PNG image (*.png)"),
        )
        if path:
            (self.export_svg if suffix == "svg" else self.export_png)(path)


def retitle_timeline(window, timeline: TimelineTab) -> None:
    """The tab's title and its View entry in the language just installed (the window calls
    this after rebuilding its menus on a LanguageChange)."""
    index = window.tabs_widget.indexOf(timeline)
    if index >= 0:
        window.tabs_widget.setTabText(index, QCoreApplication.translate("TimelineTab", "Timeline"))
    action = window.actions.get("timeline")
    if action is not None:
        action.setText(QCoreApplication.translate("TimelineTab", "&Timeline"))


def install_timeline(window, timeline: TimelineTab) -> None:
    """Add the Timeline tab to the main window and tie it to the policy tabs: the policy
    selected in the last one visited is selected and brought into view here; their search and
    facets dim the timeline; Enter or a double-click here opens the policy in its tab."""
    window.tabs_widget.addTab(timeline, QCoreApplication.translate("TimelineTab", "Timeline"))
    last = {"tab": window.current_tab()}

    def tab_changed(index: int) -> None:
        widget = window.tabs_widget.widget(index)
        if widget in window.tabs:
            last["tab"] = widget
        elif widget is timeline:  # bring the policy the person was reading into view
            timeline.follow(last["tab"].current_policy_id())

    window.tabs_widget.currentChanged.connect(tab_changed)
    for tab in window.tabs:

        def counts(total: int, unfiltered: int, t=tab) -> None:
            timeline.set_query(t.kind, t.model.query if total != unfiltered else None)

        tab.countsChanged.connect(counts)
        counts(tab.model.total, tab.model.unfiltered_total)

    def open_policy(policy_id: str) -> None:
        marker = timeline.view.layout_.marker_of.get(policy_id)
        if marker is not None:
            window.show_policy(policy_id, marker.kind)

    action = QAction(QCoreApplication.translate("TimelineTab", "&Timeline"), window)
    action.setShortcut(BY_ACTION["timeline"].sequence())
    action.triggered.connect(lambda: window.tabs_widget.setCurrentWidget(timeline))
    window.addAction(action)
    window.actions["timeline"] = action
    after_tabs = window.actions.get(f"tab{len(window.tabs)}")
    for menu in (a.menu() for a in window.menuBar().actions() if a.menu()):
        if after_tabs in menu.actions():  # View, under the policy tabs
            following = menu.actions()[menu.actions().index(after_tabs) + 1]
            menu.insertAction(following, action)
            break

    timeline.policyActivated.connect(open_policy)
    timeline.message.connect(window.show_status)
