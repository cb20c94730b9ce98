"""One tab: search, facets, the lazily loaded table and the detail pane, in a splitter."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
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
    QPushButton,
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
from mxpolicy_gui.settings import TAB_AUTO_COLUMNS, TAB_HEADER, TAB_SPLITTER
from mxpolicy_gui.store.query import Facet, PolicyQuery
from mxpolicy_gui.store.records import Policy
from mxpolicy_gui.views.column_fit import ColumnFitter
from mxpolicy_gui.views.detail_menu import defer_label_menus, install_detail_menu
from mxpolicy_gui.views.detail_pane import DetailPane, UrlOpener
from mxpolicy_gui.views.facet_panel import FacetPanel
from mxpolicy_gui.views.keyboard import chain_tab_order, release_tab_key
from mxpolicy_gui.views.tab_scheduler import (
    FacetProvider,
    FacetsLater,
    FacetValues,
    TabScheduler,
)
from mxpolicy_gui.views.table_menus import copy_rows, header_menu, row_menu, show_at
from mxpolicy_gui.vocabulary import kind_of

PolicyLoader = Callable[[str], Policy | None]
#: The first and last year with policies of a kind (None if no policy has a date): cheaper
#: than counting every year when only the spin boxes' range is wanted.
YearBounds = Callable[[str], tuple[int, int] | None]

#: Beyond this the filter pane's labels elide (with their full text as a tooltip).
FACETS_MAX_WIDTH = 300
#: Posted to a tab to let the detail pane paint again once the table has painted new rows.
_PAINT_DETAIL = QEvent.Type(QEvent.registerEventType())
PANEL_FACETS = {
    "sector": Facet.SECTOR,
    "administration": Facet.ADMINISTRATION,
    "status": Facet.STATUS,
}


class PolicyTab(QWidget):
    selectionCountChanged = Signal(int)
    countsChanged = Signal(int, int)
    message = Signal(str)
    #: (policy id, kind) of a related policy clicked in the detail pane.
    relatedSelected = Signal(str, str)
    #: Export selected… from the row menu; the window owns exporting.
    exportRequested = Signal()

    def __init__(
        self,
        kind: str,
        noun: str,
        model: PolicyTableModel,
        facets: FacetProvider,
        load_policy: PolicyLoader,
        open_url: UrlOpener,
        parent: QWidget | None = None,
        *,
        facets_later: FacetsLater | None = None,
        year_bounds: YearBounds | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.noun = noun
        self.model = model
        self._load_policy = load_policy
        self.load_policy = load_policy
        self._open_url = open_url

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setMinimumWidth(90)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)

        self.facet_panel = FacetPanel()
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        self.columns = ColumnFitter(self.table, COL_NAME, fixed=(COL_NUMBER, COL_DATE))
        header.setSortIndicator(COL_NUMBER, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        release_tab_key(self.table)
        menu_policy = Qt.ContextMenuPolicy.CustomContextMenu
        self.table.setContextMenuPolicy(menu_policy)
        self.table.customContextMenuRequested.connect(
            lambda pos: show_at(row_menu(self), self.table.viewport(), pos)
        )
        header.setContextMenuPolicy(menu_policy)
        header.customContextMenuRequested.connect(
            lambda pos: show_at(header_menu(self), header, pos)
        )
        copy = QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), self.table)
        copy.setContext(Qt.ShortcutContext.WidgetShortcut)
        copy.activated.connect(lambda: copy_rows(self))

        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)
        self.empty_text.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.widen_button = QPushButton()
        self.widen_button.clicked.connect(self.clear_all)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addWidget(self.widen_button, 0, Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch(2)
        self.results = QStackedWidget()
        self.results.addWidget(self.table)
        self.results.addWidget(self.empty)

        self.detail = DetailPane(open_url)
        self.detail.message.connect(self.message)
        self.detail.relatedSelected.connect(self.relatedSelected)
        install_detail_menu(self.detail)
        release_tab_key(self.detail.figures)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.facet_scroll = QScrollArea()
        self.facet_scroll.setWidget(self.facet_panel)
        self.facet_scroll.setWidgetResizable(True)
        self.facet_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.facet_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.facet_scroll.setMinimumWidth(170)
        self.facet_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its lists take focus
        self.facet_panel.widthNeeded.connect(self._widen_facets)
        self.splitter.addWidget(self.facet_scroll)
        self.splitter.addWidget(self.results)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([220, 640, 420])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        chain_tab_order(
            [self.search, *self.facet_panel.tab_stops(), self.table, self.widen_button,
             self.detail]
        )

        #: When the query runs and the facets are recounted (the tab's controller).
        self.scheduler = TabScheduler(
            model, self.current_query, tuple(PANEL_FACETS.values()), facets,
            self._show_facets, facets_later, parent=self,
        )
        self.search.textChanged.connect(self.scheduler.schedule_search)
        self.facet_panel.changed.connect(self.apply_query)
        self._keep_id: str | None = None
        self._resetting = False
        self._detail_pending = False
        model.modelAboutToBeReset.connect(self._before_reset)
        model.modelReset.connect(self._after_reset)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.clear_search)

        if year_bounds is not None:
            bounds = year_bounds(kind)
        else:
            years = [int(v.value) for v in facets(PolicyQuery(kind=kind), Facet.YEAR)]
            bounds = (min(years), max(years)) if years else None
        if bounds:
            self.facet_panel.set_year_bounds(*bounds)
        self._set_texts()
        self.apply_query()

    # -- language ------------------------------------------------------------------------

    def _set_texts(self) -> None:
        kind = kind_of(self.kind)
        if kind is not None:
            self.noun = kind.plural
        noun = self.noun
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
        self._show_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- querying ------------------------------------------------------------------------

    def current_query(self) -> PolicyQuery:
        lo, hi = self.facet_panel.year_range()
        checked = {k: m.checked() for k, m in self.facet_panel.models.items()}
        return self.model.query.with_(
            kind=self.kind,
            text=self.search.text(),
            sectors=checked["sector"],
            administrations=checked["administration"],
            statuses=checked["status"],
            year_from=lo,
            year_to=hi,
            include_undated=self.facet_panel.include_undated(),
        )

    def apply_query(self) -> None:
        self.scheduler.apply_query()

    def refresh_facets(self) -> None:
        """Recount the facet values under the current query, now."""
        self.scheduler.refresh_facets()

    def _show_facets(self, query: PolicyQuery, values: FacetValues) -> None:
        if query != self.model.query:  # counted for a query already replaced
            return
        for key, facet in PANEL_FACETS.items():
            if facet in values:
                self.facet_panel.models[key].set_values(values[facet])

    def _before_reset(self) -> None:
        self._keep_id = self.current_policy_id()
        self._resetting = True

    def _after_reset(self) -> None:
        """Keep the person's current policy if it still matches, else show the first."""
        row = self.model.row_of(self._keep_id) if self._keep_id else -1
        self.select_row(row if row >= 0 else 0)  # a new current policy waits, see below
        self.scheduler.refresh_facets_soon()
        total, unfiltered = self._show_counts()
        self.countsChanged.emit(total, unfiltered)
        self._selection_changed()
        self._resetting = False
        if self._detail_pending:
            self._detail_pending = False
            if self.current_policy_id() != (self.detail.policy.id if self.detail.policy else None):
                # The new rows first: the detail pane is refilled (slower than the table's
                # paint) just after it, posted at low priority behind the reset's paint.
                if not self.detail.isVisible():  # nothing to paint first: fill it now
                    return self._show_current_detail()
                self.detail.setUpdatesEnabled(False)
                QCoreApplication.postEvent(
                    self, QEvent(_PAINT_DETAIL), Qt.EventPriority.LowEventPriority.value
                )

    def _show_counts(self) -> tuple[int, int]:
        """The count line, and the empty state when nothing matches; (matching, all)."""
        total, unfiltered = self.model.total, self.model.unfiltered_total
        loc = display_locale()
        counts = self.tr("{total} of {all}")
        self.count_label.setText(counts.format(total=loc.toString(total),
                                               all=loc.toString(unfiltered)))
        if total == 0:
            text = self.search.text().strip()
            what = (
                self.tr("No {noun} match “{text}”").format(noun=self.noun, text=text)
                if text
                else self.tr("No {noun} match these filters").format(noun=self.noun)
            )
            hint = self.tr(
                "Try fewer or shorter words (a word's start is enough), search in "
                "English or Spanish, or clear the filters."
            )
            self.empty_text.setText(f"{what}\n{hint}")
            self.results.setCurrentWidget(self.empty)
        else:
            self.results.setCurrentWidget(self.table)
        return total, unfiltered

    def customEvent(self, event: QEvent) -> None:
        if event.type() == _PAINT_DETAIL:
            if self.detail.isVisible():  # not for a window closed meanwhile
                self._show_current_detail()
            self.detail.setUpdatesEnabled(True)

    def clear_search(self) -> None:
        self.search.clear()
        self.apply_query()

    def clear_all(self) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.facet_panel.clear()

    # -- selection and detail ------------------------------------------------------------

    def select_row(self, row: int) -> None:
        if self.model.rowCount() == 0:
            self.detail.show_policy(None)
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
                self._show_current_detail()  # asked for by name: shown now, not after paint
                return True
        return False

    def current_policy_id(self) -> str | None:
        index = self.table.selectionModel().currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [row.id for r in rows if (row := self.model.row_record(r)) is not None]

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._resetting:
            self._detail_pending = True  # see the end of _after_reset
            return
        self._show_current_detail()

    def _show_current_detail(self) -> None:
        current = self.table.selectionModel().currentIndex()
        policy_id = current.data(IdRole) if current.isValid() else None
        if policy_id == (self.detail.policy.id if self.detail.policy else None):
            return
        self.detail.show_policy(self._load_policy(policy_id) if policy_id else None)
        defer_label_menus(self.detail)

    def _selection_changed(self, *_args) -> None:
        self.selectionCountChanged.emit(len(self.table.selectionModel().selectedRows()))

    # -- keyboard, menus, columns ---------------------------------------------------------

    def panes(self) -> list[QWidget]:
        """What F6 cycles through: search, filters, results (table or empty state), details."""
        results = self.results.currentWidget()
        return [self.search, self.facet_panel, *([results] if results else []), self.detail]

    def open_current(self) -> None:
        """Row menu ▸ Open: the current policy's details, with focus there to read on."""
        self._show_current_detail()
        self.detail.verticalScrollBar().setValue(0)
        self.detail.setFocus(Qt.FocusReason.OtherFocusReason)

    def _widen_facets(self, needed: int) -> None:
        """The filter pane grows (never shrinks) to show its longest label, up to a cap."""
        bar = self.facet_scroll.verticalScrollBar().sizeHint().width()
        width = min(max(self.facet_scroll.minimumWidth(), needed + bar), FACETS_MAX_WIDTH)
        self.facet_scroll.setMinimumWidth(width)

    def open_link(self, url) -> None:
        self._open_url(url)

    def set_column_shown(self, column: int, shown: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(column, not shown)
        self.columns.fit()

    # -- persistence ---------------------------------------------------------------------

    def save_state(self, settings: QSettings) -> None:
        TAB_SPLITTER.set(settings, self.splitter.saveState(), tab=self.kind)
        TAB_HEADER.set(settings, self.table.horizontalHeader().saveState(), tab=self.kind)
        TAB_AUTO_COLUMNS.set(settings, self.columns.auto, tab=self.kind)

    def restore_state(self, settings: QSettings) -> None:
        """Restore what can be restored; anything corrupt or foreign is ignored."""
        self.columns.auto = TAB_AUTO_COLUMNS.get(settings, tab=self.kind)
        splitter = TAB_SPLITTER.get(settings, tab=self.kind)
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = TAB_HEADER.get(settings, tab=self.kind)
        if header is not None:
            self._restore_header(header)
        self.columns.fit()

    def _restore_header(self, state: QByteArray) -> None:
        view_header = self.table.horizontalHeader()
        if not view_header.restoreState(state) or view_header.count() != self.model.columnCount():
            return
        self.model.sort(view_header.sortIndicatorSection(), view_header.sortIndicatorOrder())
