"""The Timeline tab: the timeline, its tool bar and a detail pane, tied to the policy tabs.

The tab is an empty page until it is first shown: its widgets, the timeline's modules and its
data (at 100,000 records that read would otherwise delay start-up) wait for that. The ids a
tab's search and facets leave undimmed are fetched only while the timeline is on screen, so
typing in a policy tab never waits for it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QPainter, QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from mxpolicy_gui.store.query import PolicyQuery
from mxpolicy_gui.store.reader import PolicyReader
from mxpolicy_gui.views.shortcuts import BY_ACTION

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QSplitter, QToolButton

    from mxpolicy_gui.views.detail_pane import DetailPane, UrlOpener
    from mxpolicy_gui.views.timeline_view import TimelineView


class TimelineTab(QWidget):
    policyActivated = Signal(str)
    message = Signal(str)

    view: TimelineView
    detail: DetailPane
    splitter: QSplitter
    legend: QLabel
    export_button: QToolButton

    def __init__(
        self, reader: PolicyReader, open_url: UrlOpener, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = "timeline"
        self.reader = reader
        self._open_url = open_url
        self._built = False
        self._loaded = False
        self._pending: str | None = None
        self._queries: dict[str, PolicyQuery | None] = {}
        self._stale_filters = False
        self.setAccessibleName(self.tr("Timeline tab"))

    def is_built(self) -> bool:
        """False until the tab is first shown (its view and detail pane are made then)."""
        return self._built

    def _build_ui(self) -> None:
        from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QSizePolicy, QSplitter

        from mxpolicy_gui.views.detail_menu import install_detail_menu
        from mxpolicy_gui.views.detail_pane import DetailPane
        from mxpolicy_gui.views.timeline_view import TimelineView

        self._built = True
        self.view = TimelineView()
        self.view.policySelected.connect(self._show_detail)
        self.view.policyActivated.connect(self.policyActivated)
        self.detail = DetailPane(self._open_url)
        self.detail.message.connect(self.message)
        # A related policy clicked in the pane is selected here, its links drawn.
        self.detail.relatedSelected.connect(lambda policy_id, _kind: self.view.select(policy_id))
        install_detail_menu(self.detail)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        self.zoom_out_button = self._tool_button(lambda: self.view.zoom(1 / 1.25))
        self.zoom_in_button = self._tool_button(lambda: self.view.zoom(1.25))
        self.fit_button = self._tool_button(self.view.fit)
        self.export_button = self._tool_button(None)
        self.export_button.setPopupMode(self.export_button.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self.export_button)
        self.save_svg = self.export_menu.addAction("", lambda: self._save_dialog("svg"))
        self.save_png = self.export_menu.addAction("", lambda: self._save_dialog("png"))
        self.export_button.setMenu(self.export_menu)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button,
                       self.export_button):
            bar.addWidget(button)
        self.legend = QLabel()
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
        self._set_texts()

    def _tool_button(self, slot) -> QToolButton:
        from PySide6.QtWidgets import QToolButton

        button = QToolButton()
        if slot is not None:
            button.clicked.connect(slot)
        return button

    # -- language --------------------------------------------------------------------------

    def _set_texts(self) -> None:
        self.setAccessibleName(self.tr("Timeline tab"))
        if not self._built:
            return
        for button, text, tip in (
            (self.zoom_out_button, "−", self.tr("Zoom out (−)")),
            (self.zoom_in_button, "+", self.tr("Zoom in (+, Ctrl+wheel)")),
            (self.fit_button, self.tr("Fit"), self.tr("Show the whole span (0)")),
        ):
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setAccessibleName(self.tr("Export the timeline"))
        self.save_svg.setText(self.tr("Save as SVG…"))
        self.save_png.setText(self.tr("Save as PNG…"))
        self.legend.setText(
            self.tr(
                "◆ reform  ● innovation  ▬ institution  ■ status change  ╵ instrument — "
                "click selects, double-click or Enter opens, drag pans"
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._set_texts()
        super().changeEvent(event)

    # -- data ------------------------------------------------------------------------------

    def ensure_loaded(self) -> None:
        """The widgets and the timeline's data, the first time they are wanted."""
        if not self._built:
            self._build_ui()
        if self._loaded:
            return
        self._loaded = True
        self.view.set_data(self.reader.timeline())

    def showEvent(self, event) -> None:
        self.ensure_loaded()
        super().showEvent(event)
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
        if not self._stale_filters or not self._built:
            return
        self._stale_filters = False
        for kind, query in self._queries.items():
            matching = None if query is None else self.reader.matching_ids(query)
            self.view.set_kind_filter(kind, matching)

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
            self.detail.show_policy(self.reader.policy(policy_id))

    # -- export ----------------------------------------------------------------------------

    def export_size(self) -> QSize:
        """The width the person sees, the height of every lane."""
        from mxpolicy_gui.timeline.layout import AXIS_H

        self.ensure_loaded()
        return QSize(max(640, self.view.width()), int(AXIS_H + self.view.layout_.height) + 8)

    def _paint_export(self, painter: QPainter, rect: QRectF) -> None:
        from mxpolicy_gui.timeline.layout import Scale
        from mxpolicy_gui.timeline.paint import PaintState, colours_for, paint_view

        state = self.view.state
        scale = Scale(state.scale.first_day, state.scale.px_per_day, rect.left())
        copy = PaintState(scale, 0.0, state.selected, None, None, state.filtered,
                          set(state.related))
        paint_view(painter, rect, self.view.layout_, copy, colours_for(self.palette()),
                   self.view.font())

    def export_svg(self, path: str | Path) -> None:
        from mxpolicy_gui.timeline.files import write_svg

        write_svg(path, self.export_size(), self._paint_export)

    def export_png(self, path: str | Path) -> None:
        from mxpolicy_gui.timeline.files import write_png

        background = self.palette().color(QPalette.ColorRole.Base)
        write_png(path, self.export_size(), self._paint_export, background=background)

    def retitle(self, window) -> None:
        retitle_timeline(window, self)

    def _save_dialog(self, suffix: str) -> None:
        name = f"mxpolicy-timeline-{dt.date.today().isoformat()}.{suffix}"
        from PySide6.QtWidgets import QFileDialog

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
