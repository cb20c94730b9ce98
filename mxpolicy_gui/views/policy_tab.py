"""One tab: search, facets, the lazily loaded table and the detail pane, in a splitter.

The widgets live here; when queries run and what stays selected across a reset is the tab's
controller's (`views/policy_controller.py`). A tab builds what every other part of the
window reaches for at once (search field, table, empty page) when it is made, and its filter
and detail panes the first time it is shown: the tab not on screen costs the first paint only
its first page of rows. The detail pane itself is made once the table has painted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mxpolicy_gui.formatting import display_locale
from mxpolicy_gui.models.policy_table import (
    COL_DATE,
    COL_NAME,
    COL_NUMBER,
    IdRole,
    PolicyTableModel,
)
from mxpolicy_gui.store.query import PolicyQuery, SortKey
from mxpolicy_gui.store.reader import PolicyReader
from mxpolicy_gui.views.column_fit import ColumnFitter
from mxpolicy_gui.views.empty_results import empty_page, nothing_matched
from mxpolicy_gui.views.first_paint import after_first_paint
from mxpolicy_gui.views.keyboard import chain_tab_order, release_tab_key
from mxpolicy_gui.views.policy_controller import PolicyController
from mxpolicy_gui.views.table_actions import wire_table_menus
from mxpolicy_gui.vocabulary import Kind, kind_of

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl

    from mxpolicy_gui.store.policy_record import Policy
    from mxpolicy_gui.views.detail_pane import DetailPane, UrlOpener
    from mxpolicy_gui.views.facet_panel import FacetPanel

#: Beyond this the filter pane's labels elide (with their full text as a tooltip).
FACETS_MAX_WIDTH = 300


class PolicyTab(QWidget):
    selectionCountChanged = Signal(int)
    countsChanged = Signal(int, int)
    message = Signal(str)
    #: (policy id, kind) of a related policy clicked in the detail pane.
    relatedSelected = Signal(str, str)
    exportRequested = Signal()  # Export selected… from the row menu; the window exports
    detailBuilt = Signal()  # the detail pane exists now (made after the first paint)

    def __init__(
        self, kind: Kind, reader: PolicyReader, open_url: UrlOpener,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind.value
        self.noun = kind.plural
        self.reader = reader
        self.model = PolicyTableModel(reader.rows, reader.count)
        self._open_url = open_url
        self._facet_scroll: QScrollArea | None = None
        self._facet_panel: FacetPanel | None = None
        self._detail: DetailPane | None = None
        self._splitter_state: QByteArray | None = None
        self._facets_asked = False  # first counted after the first paint
        self._panes = False
        self._build_ui()
        self.model.keep_loaded = self.current_policy_id
        self.controller = PolicyController(self)
        self.search.textChanged.connect(self.controller.schedule_search)
        self._set_texts()
        # Best match first (the search bar's default order; the same as by number while
        # nothing is typed): the first page of rows, and the counts the tab titles show.
        self.model.set_query(self.current_query().with_(sort=SortKey.RELEVANCE))

    def _build_ui(self) -> None:
        """What the window and the search bar reach for at once (`_build_panes`: the rest)."""
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setMinimumWidth(90)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)

        self.table = table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        self.columns = ColumnFitter(table, COL_NAME, fixed=(COL_NUMBER, COL_DATE))
        header.setSortIndicator(COL_NUMBER, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        release_tab_key(table)
        wire_table_menus(self)

        self.empty, self.empty_text, self.widen_button = empty_page()
        self.widen_button.clicked.connect(self.clear_all)
        self.results = QStackedWidget()
        self.results.addWidget(table)
        self.results.addWidget(self.empty)

        self._splitter = QSplitter(Qt.Orientation.Horizontal)
        self._splitter.setChildrenCollapsible(False)
        self._splitter.addWidget(self.results)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self._splitter, 1)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.clear_search)

    def _build_panes(self) -> None:
        """The places of the filter and detail panes, filled once the table has painted."""
        self._panes = True
        splitter = self._splitter
        splitter.insertWidget(0, QWidget())
        splitter.addWidget(QWidget())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([220, 640, 420])
        if self._splitter_state is not None:
            splitter.restoreState(self._splitter_state)
        after_first_paint(self.table.viewport(), self.after_first_paint)

    def _build_facets(self) -> FacetPanel:
        from mxpolicy_gui.views.facet_panel import FacetPanel  # made after the first paint

        self.ensure_built()
        self._facet_panel = panel = FacetPanel()
        self._facet_scroll = scroll = QScrollArea()
        scroll.setWidget(panel)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(170)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its lists take focus
        panel.widthNeeded.connect(self._widen_facets)
        panel.changed.connect(self.apply_query)
        bounds = self.reader.year_bounds(self.kind)
        if bounds:
            panel.set_year_bounds(*bounds)
        self._fill_place(0, scroll)
        return panel

    def _build_detail(self) -> DetailPane:
        from mxpolicy_gui.views.detail_menu import install_detail_menu
        from mxpolicy_gui.views.detail_pane import DetailPane

        self.ensure_built()
        self._detail = detail = DetailPane(self._open_url)
        detail.message.connect(self.message)
        detail.relatedSelected.connect(self.relatedSelected)
        install_detail_menu(detail)
        release_tab_key(detail.figures)
        self._fill_place(2, detail)
        self.show_current_detail()
        self.detailBuilt.emit()
        return detail

    def _fill_place(self, index: int, pane: QWidget) -> None:
        splitter = self._splitter
        sizes = splitter.sizes()
        place = splitter.replaceWidget(index, pane)
        if place is not None:
            place.deleteLater()
        if self._splitter_state is not None:  # restored against the real pane
            splitter.restoreState(self._splitter_state)
        else:
            splitter.setSizes(sizes)  # as laid out for the place
        self.restore_tab_order()

    def after_first_paint(self) -> None:
        """What waits for the table's first paint: the detail pane and the facet counts."""
        if self._facet_panel is None:
            self._build_facets()
        if self._detail is None:
            self._build_detail()
        if not self._facets_asked:
            self._facets_asked = True
            self.controller.refresh_facets_soon()

    def is_built(self) -> bool:  # the places of the filter and detail panes exist
        return self._panes

    def has_detail(self) -> bool:  # made after the table's first paint, as the filters
        return self._detail is not None

    def has_facets(self) -> bool:
        return self._facet_panel is not None

    def ensure_built(self) -> None:
        if not self._panes:
            self._build_panes()

    @property
    def facet_panel(self) -> FacetPanel:
        return self._facet_panel if self._facet_panel is not None else self._build_facets()

    @property
    def facet_scroll(self) -> QScrollArea:
        self.facet_panel  # noqa: B018 (made on first use)
        assert self._facet_scroll is not None
        return self._facet_scroll

    @property
    def detail(self) -> DetailPane:
        return self._detail if self._detail is not None else self._build_detail()

    @property
    def splitter(self) -> QSplitter:
        self.ensure_built()
        return self._splitter

    def showEvent(self, event) -> None:
        self.ensure_built()
        super().showEvent(event)

    def restore_tab_order(self) -> None:
        """Tab: search field, filters, table, details (again once the field has moved)."""
        stops = self._facet_panel.tab_stops() if self._facet_panel is not None else []
        chain_tab_order(
            [self.search, *stops, self.table, self.widen_button,
             *([self._detail] if self._detail is not None else [])]
        )

    # -- language ------------------------------------------------------------------------

    def _set_texts(self) -> None:
        kind = kind_of(self.kind)
        noun = self.noun = kind.plural if kind is not None else self.noun
        self.setAccessibleName(self.tr("{Noun} tab").format(Noun=noun.capitalize()))
        if self.isAncestorOf(self.search):  # else the search bar above the tabs owns it
            self.search.setPlaceholderText(
                self.tr("Search {noun} in English or Spanish (e.g. energía, jóvenes)").format(
                    noun=noun
                )
            )
        self.search.setAccessibleName(self.tr("Search {noun}").format(noun=noun))
        self.count_label.setAccessibleName(self.tr("Matching count"))
        self.table.setAccessibleName(self.tr("{Noun} table").format(Noun=noun.capitalize()))
        self.empty_text.setAccessibleName(self.tr("Nothing matched"))
        self.widen_button.setText(self.tr("Clear search and filters"))
        self.widen_button.setAccessibleName(self.tr("Clear search and filters"))

    def retranslate_ui(self) -> None:
        """Texts, the table's cells and the counts in the language just installed."""
        self._set_texts()
        self.model.retranslate()
        if self.columns.auto:
            self.columns.reset()  # widths measured again on the new language's texts
        self.show_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- querying ------------------------------------------------------------------------

    def current_query(self) -> PolicyQuery:
        """The search text and, once the filter pane exists, its filters (before, none)."""
        query = self.model.query.with_(kind=self.kind, text=self.search.text())
        panel = self._facet_panel
        if panel is None:
            return query
        lo, hi = panel.year_range()
        checked = {k: m.checked() for k, m in panel.models.items()}
        return query.with_(
            sectors=checked["sector"],
            administrations=checked["administration"],
            statuses=checked["status"],
            year_from=lo,
            year_to=hi,
            include_undated=panel.include_undated(),
        )

    def apply_query(self) -> None:
        self.controller.apply_query()

    def refresh_facets(self) -> None:
        """Recount the facet values under the current query, now."""
        self.facet_panel  # noqa: B018 (made on first use)
        self.controller.refresh_facets()

    def show_results(self) -> None:
        """The table, or the empty state when nothing matches (known from the rows alone)."""
        if self.model.rowCount() == 0:
            self.empty_text.setText(nothing_matched(self.noun, self.search.text().strip()))
            self.results.setCurrentWidget(self.empty)
        else:
            self.results.setCurrentWidget(self.table)

    def show_counts(self) -> tuple[int, int]:
        """The count line and the empty state; (matching, all)."""
        total, unfiltered = self.model.total, self.model.unfiltered_total
        loc = display_locale()
        counts = self.tr("{total} of {all}")
        self.count_label.setText(counts.format(total=loc.toString(total),
                                               all=loc.toString(unfiltered)))
        self.show_results()
        return total, unfiltered

    def clear_search(self) -> None:
        self.search.clear()
        self.apply_query()

    def clear_all(self) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        if self._facet_panel is not None:
            self._facet_panel.clear()  # which asks for the query
        else:
            self.apply_query()

    # -- selection and detail ------------------------------------------------------------

    def select_row(self, row: int) -> None:
        if self.model.rowCount() == 0:
            if self._detail is not None:
                self._detail.show_policy(None)
            return
        row = min(max(row, 0), self.model.rowCount() - 1)
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def select_policy(self, policy_id: str) -> bool:
        """Make `policy_id` current, clearing search and filters if they hide it."""
        for attempt in range(2):
            if attempt:
                self.clear_all()
                self.apply_query()
            row = self.model.row_of(policy_id)
            while row < 0 and self.model.canFetchMore():
                self.model.fetchMore()
                row = self.model.row_of(policy_id)
            if row >= 0:
                self.select_row(row)
                if self.has_detail():  # asked for by name: shown now, not after a paint
                    self.show_current_detail()
                return True
        return False

    def current_policy_id(self) -> str | None:
        index = self.table.selectionModel().currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [row.id for r in rows if (row := self.model.row_record(r)) is not None]

    def load_policy(self, policy_id: str) -> Policy | None:
        return self.reader.policy(policy_id)

    def detail_policy_id(self) -> str | None:
        """The policy the detail pane shows (None before the pane exists)."""
        policy = self._detail.policy if self._detail is not None else None
        return policy.id if policy else None

    def show_current_detail(self) -> None:
        """The current row's policy in the detail pane, once the pane exists."""
        detail = self._detail
        if detail is None:
            return  # made after the table's first paint, showing the current policy
        policy_id = self.current_policy_id()
        if policy_id == self.detail_policy_id():
            return
        from mxpolicy_gui.views.detail_menu import defer_label_menus

        detail.show_policy(self.reader.policy(policy_id) if policy_id else None)
        defer_label_menus(detail)

    # -- keyboard, menus, columns ---------------------------------------------------------

    def panes(self) -> list[QWidget]:
        """What F6 cycles through: search, filters, results (table or empty state), details."""
        results = self.results.currentWidget()
        return [self.search, self.facet_panel, *([results] if results else []), self.detail]

    def open_current(self) -> None:
        """Row menu ▸ Open: the current policy's details, with focus there to read on."""
        self.show_current_detail()
        self.detail.verticalScrollBar().setValue(0)
        self.detail.setFocus(Qt.FocusReason.OtherFocusReason)

    def _widen_facets(self, needed: int) -> None:
        """The filter pane grows (never shrinks) to show its longest label, up to a cap."""
        scroll = self.facet_scroll
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(min(max(scroll.minimumWidth(), needed + bar), FACETS_MAX_WIDTH))

    def open_link(self, url: QUrl) -> None:
        self._open_url(url)

    def set_column_shown(self, column: int, shown: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(column, not shown)
        self.columns.fit()

    # -- persistence ---------------------------------------------------------------------


    def splitter_state(self) -> QByteArray | None:
        """The splitter's state to save: as laid out, or as restored if never built."""
        return self._splitter.saveState() if self.is_built() else self._splitter_state

    def set_splitter_state(self, state: QByteArray | None) -> None:
        self._splitter_state = state
        if state is not None and self.is_built():
            self._splitter.restoreState(state)
