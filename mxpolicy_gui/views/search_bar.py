"""One search above the tabs: the query applies to every tab and survives tab switches.

Each tab keeps its own search field (its searching and debouncing are unchanged); the bar
shows the current tab's field in its place above the tabs and hands the text to the next tab
when the person switches. Only the tab on screen searches while the person types: the other
tabs' counts come from the background store (tab titles, "3 reforms match: Show"), and a
tab searches for real when it is shown. When nothing matches anywhere, a corrected query
from the database's own words is offered ("Did you mean sembrando?").

Keyboard: Enter in the field moves to the first result, Down moves into the table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mxpolicy_gui.models.policy_table import COL_NAME
from mxpolicy_gui.store.query import PolicyQuery, SortKey
from mxpolicy_gui.views.match_delegate import Explain, MatchDelegate, TermsOf

if TYPE_CHECKING:
    from mxpolicy_gui.views.main_window import MainWindow
    from mxpolicy_gui.views.policy_tab import PolicyTab

#: `run_later(key, job, done)`: `job(store)` on the background store, `done(result)` later on
#: the GUI thread; a newer job with the same key replaces one not yet answered.
RunLater = Callable[[str, Callable[[Any], Any], Callable[[Any], None]], None]
_KEY = "search-elsewhere"
_ASK_OTHERS = QEvent.Type(QEvent.registerEventType())


def tab_title(title: str, total: int, unfiltered: int) -> str:
    """As the main window writes it: "Reforms 2012–2018 (1/13)", or "(13)" unfiltered."""
    count = f"{unfiltered:,}" if total == unfiltered else f"{total:,}/{unfiltered:,}"
    return f"{title} ({count})"


def _centred_row(label: QLabel, button: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addStretch(1)
    layout.addWidget(label)
    layout.addWidget(button)
    layout.addStretch(1)
    return row


class SearchHints(QWidget):
    """On a tab's "nothing matched" page: where the matches are, and a suggestion."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        self.elsewhere_label = QLabel()
        self.elsewhere_label.setTextFormat(Qt.TextFormat.PlainText)
        self.elsewhere_button = QPushButton()
        self.elsewhere_button.setAccessibleName(self.tr("Show the matches in the other tab"))
        self.elsewhere_row = _centred_row(self.elsewhere_label, self.elsewhere_button)
        self.suggestion_label = QLabel(self.tr("Did you mean"))
        self.suggestion_button = QPushButton()
        self.suggestion_button.setAccessibleName(self.tr("Search for the suggestion"))
        self.suggestion_row = _centred_row(self.suggestion_label, self.suggestion_button)
        layout.addWidget(self.elsewhere_row)
        layout.addWidget(self.suggestion_row)
        self.elsewhere_row.hide()
        self.suggestion_row.hide()
        self.target: int | None = None
        self.suggestion: str | None = None

    def show_elsewhere(self, index: int | None, count: int, noun: str, title: str) -> None:
        self.target = index
        if index is None:
            self.elsewhere_row.hide()
            return
        self.elsewhere_label.setText(
            self.tr("%n %1 match:", "", count).replace("%1", noun)
            if count != 1
            else self.tr("1 %1 matches:").replace("%1", noun.removesuffix("s"))
        )
        self.elsewhere_button.setText(self.tr("Show in %1").replace("%1", title))
        self.elsewhere_button.setAccessibleName(self.elsewhere_button.text())
        self.elsewhere_row.show()

    def show_suggestion(self, suggestion: str | None) -> None:
        self.suggestion = suggestion
        self.suggestion_row.setVisible(bool(suggestion))
        if suggestion:
            self.suggestion_button.setText(f"{suggestion}?")


class SearchBar(QWidget):
    """The shared search field above the tabs, and what keeps the tabs in step with it."""

    def __init__(
        self,
        tabs_widget: QTabWidget,
        tabs: Sequence[PolicyTab],
        title_of: Callable[[PolicyTab], str],
        run_later: RunLater | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Search all policies"))
        self.tabs_widget = tabs_widget
        self.tabs = list(tabs)
        self._current = self.tabs[min(max(0, tabs_widget.currentIndex()), len(self.tabs) - 1)]
        self.title_of = title_of
        #: Runs the other tabs' counts on the background reader (replaceable in tests).
        self.run_later = run_later
        #: Matches per kind for the words `_counts_text` (the other tabs' come later).
        self.counts: dict[str, int] = {}
        self._counts_text: str | None = None
        self.suggestion: str | None = None
        self._asked: tuple[object, ...] | None = None
        self._pending_ask: tuple[dict[str, PolicyQuery], int, str] | None = None
        #: Each tab's name-column delegate, by kind (`install_search` sets them).
        self.delegates: dict[str, MatchDelegate] = {}
        self.stack = QStackedWidget()
        self.hints: dict[str, SearchHints] = {}
        for tab in self.tabs:
            field: QLineEdit = tab.search
            self._set_field_texts(field)
            self.stack.addWidget(field)  # moves it out of the tab, above the tabs
            field.textChanged.connect(lambda _text, t=tab: self._typed(t))
            field.returnPressed.connect(lambda t=tab: self.to_results(t, first=True))
            field.installEventFilter(self)
            tab.countsChanged.connect(lambda *_a, t=tab: self._tab_counted(t))
            hints = SearchHints(tab.empty)
            layout = tab.empty.layout()
            if isinstance(layout, QBoxLayout):
                layout.insertWidget(max(0, layout.indexOf(tab.empty_text) + 1), hints)
            hints.elsewhere_button.clicked.connect(lambda _c=False, h=hints: self._show(h))
            hints.suggestion_button.clicked.connect(self.apply_suggestion)
            self.hints[tab.kind] = hints
        self.stack.setCurrentWidget(self._current.search)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 0)
        layout.addWidget(self.stack, 1)
        tabs_widget.currentChanged.connect(self._tab_changed)
        self._text = self._current.search.text()

    # -- the shared text -----------------------------------------------------------------

    def _set_field_texts(self, field: QLineEdit) -> None:
        field.setPlaceholderText(
            self.tr(
                "Search all policies: words in English or Spanish, \"a phrase\", "
                "agency:CFE, year:2019, status:superseded, sector:energy"
            )
        )
        field.setToolTip(
            self.tr(
                "Searches every field of both tabs. Accents optional; a word's start is "
                "enough; AMLO, EPN, huachicol and agency acronyms work too.\n"
                "Prefixes: agency: sector: status: year: kind: name: administration: "
                "summary: measures: figure: (Help ▸ User guide, Searching)"
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            for tab in self.tabs:
                self._set_field_texts(tab.search)
        super().changeEvent(event)

    def current_tab(self) -> PolicyTab:
        """The policy tab on screen, or the last one shown (while another tab, such as the
        timeline, is on screen the field searches that one)."""
        return self._current

    def field(self) -> QLineEdit:
        return self.current_tab().search

    def text(self) -> str:
        return self.field().text()

    def set_text(self, text: str) -> None:
        """Search for `text` (as if typed) in the current tab, and so in every tab."""
        self.field().setText(text)
        self.current_tab().apply_query()

    def apply_suggestion(self) -> None:
        if self.suggestion:
            self.set_text(self.suggestion)

    def _typed(self, tab: PolicyTab) -> None:
        if tab is self.current_tab():
            self._text = tab.search.text()

    def _tab_changed(self, index: int) -> None:
        widget = self.tabs_widget.widget(index)
        tab = next((t for t in self.tabs if t is widget), None)
        if tab is None:
            return  # not a policy tab: the field stays with the last one
        previous = self._current
        had_focus = previous.search.hasFocus()
        self._text = previous.search.text()
        self._current = tab
        self.stack.setCurrentWidget(tab.search)
        if tab.search.text() != self._text:
            tab.search.blockSignals(True)
            tab.search.setText(self._text)
            tab.search.blockSignals(False)
            tab.apply_query()
        if had_focus:
            tab.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self._refresh_titles()
        self._refresh_hints()

    # -- counts elsewhere ----------------------------------------------------------------

    def _queries(self, text: str) -> dict[str, PolicyQuery]:
        """Each tab's query with `text`: its own facets, the shared words."""
        return {tab.kind: tab.current_query().with_(text=text) for tab in self.tabs}

    def _tab_counted(self, tab: PolicyTab) -> None:
        if tab is not self.current_tab():
            return
        self._text = tab.search.text()
        if self._counts_text != self._text:  # the other tabs' counts were for other words
            self.counts, self.suggestion = {}, None
            self._counts_text = self._text
        self.counts[tab.kind] = tab.model.total
        others = {k: q for k, q in self._queries(self._text).items() if k != tab.kind}
        asked = (self._text, tab.model.total, tuple(sorted(others.items())))
        if asked != self._asked:
            self._asked = asked
            # Asked behind the table's paint (posted at low priority), so the background
            # counts do not take a core from it; a newer request replaces one not yet asked.
            if self._pending_ask is None:
                low = Qt.EventPriority.LowEventPriority.value
                QCoreApplication.postEvent(self, QEvent(_ASK_OTHERS), low)
            self._pending_ask = (others, tab.model.total, self._text)
        self._refresh_hints()

    def customEvent(self, event: QEvent) -> None:
        if event.type() == _ASK_OTHERS and self._pending_ask is not None:
            self._ask(*self._pending_ask)
            self._pending_ask = None

    def _ask(self, others: dict[str, PolicyQuery], own: int, text: str) -> None:
        """Count the other tabs' matches for `text`, and find a suggestion if there are none
        at all, on the background store (the tab on screen has counted its own)."""
        if self.run_later is None:
            return

        def job(store: Any) -> tuple[str, dict[str, int], str | None]:
            counts = {kind: store.count(q) for kind, q in others.items()}
            suggestion = None
            if text.strip() and not own and not any(counts.values()):
                suggestion = store.suggest(text)
            return text, counts, suggestion

        self.run_later(_KEY, job, self._counted)

    def _counted(self, result: tuple[str, dict[str, int], str | None]) -> None:
        text, counts, suggestion = result
        if text != self.text():
            return  # answered for a text already replaced
        current = self.current_tab()
        self.counts = {**counts, current.kind: current.model.total}
        self._counts_text = text
        self.suggestion = suggestion if not any(self.counts.values()) else None
        self._refresh_titles()
        self._refresh_hints()

    def _stale(self, tab: PolicyTab) -> bool:
        return tab is not self.current_tab() and tab.search.text() != self.text()

    def _refresh_titles(self) -> None:
        """A hidden tab whose words differ shows the background count for the shared words;
        one whose words are the shared ones again (the search was cleared or typed back)
        shows its own model's count, not the count left over from other words."""
        for i, tab in enumerate(self.tabs):
            if tab is self.current_tab():
                continue
            if not self._stale(tab):
                total = tab.model.total
            elif tab.kind in self.counts:
                total = self.counts[tab.kind]
            else:
                continue
            self.tabs_widget.setTabText(
                i, tab_title(self.title_of(tab), total, tab.model.unfiltered_total)
            )

    def _refresh_hints(self) -> None:
        text = self.text().strip()
        for tab in self.tabs:
            hints = self.hints[tab.kind]
            target = None
            if text and tab is self.current_tab() and tab.model.total == 0:
                others = [
                    (i, t) for i, t in enumerate(self.tabs)
                    if t is not tab and self.counts.get(t.kind, 0) > 0
                ]
                if others:
                    i, other = others[0]
                    hints.show_elsewhere(
                        i, self.counts[other.kind], other.noun, self.title_of(other)
                    )
                    target = i
            if target is None:
                hints.show_elsewhere(None, 0, "", "")
            hints.show_suggestion(self.suggestion if text and target is None else None)

    def _show(self, hints: SearchHints) -> None:
        if hints.target is not None:
            self.tabs_widget.setCurrentIndex(hints.target)
            self.to_results(self.current_tab(), first=True)

    # -- keyboard ------------------------------------------------------------------------

    def to_results(self, tab: PolicyTab, first: bool) -> None:
        """Focus the table; with `first`, on its first row."""
        if tab.model.rowCount() == 0:
            return
        if first:
            index = tab.model.index(0, 0)
            tab.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            tab.table.scrollTo(index)
        tab.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down into the table; Escape clears (the tab's own Escape shortcut covers only
        widgets inside the tab, and the field now sits above it)."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            tab = self.current_tab()
            if watched is tab.search and event.key() == Qt.Key.Key_Down:
                if tab.model.rowCount():
                    self.to_results(tab, first=False)
                    return True
            elif watched is tab.search and event.key() == Qt.Key.Key_Escape:
                tab.clear_search()
                return True
        return super().eventFilter(watched, event)


def install_search(
    window: MainWindow,
    terms_of: TermsOf,
    explain: Explain,
    run_later: RunLater | None = None,
) -> SearchBar:
    """Put the shared search bar above `window`'s tabs, give each table its match delegate
    and best-match order. Returns the bar (also `window.search_bar`)."""
    tabs_widget: QTabWidget = window.tabs_widget
    bar = SearchBar(tabs_widget, window.tabs, window.tab_title, run_later)
    central = window.takeCentralWidget()
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(bar)
    if central is not None:
        layout.addWidget(central, 1)
    window.setCentralWidget(holder)
    window.search_bar = bar
    for tab in window.tabs:  # Tab from the field still goes on into its own tab
        tab.restore_tab_order()  # (a tab not built yet chains its panes when it is)
    for tab in window.tabs:
        delegate = MatchDelegate(_query_text(tab), terms_of, explain, tab.table)
        bar.delegates[tab.kind] = delegate
        tab.table.setItemDelegateForColumn(COL_NAME, delegate)
        _best_match_by_default(tab)
        _two_lines_while_searching(tab, delegate)
        _marked_details(tab, delegate)
    return bar


def _query_text(tab: PolicyTab) -> Callable[[], str]:
    return lambda: tab.model.query.text


def _best_match_by_default(tab: PolicyTab) -> None:
    """No sort column means best match first; a third click on a header returns to it."""
    header = tab.table.horizontalHeader()
    header.setSortIndicatorClearable(True)

    def sort_changed(section: int, _order: Qt.SortOrder) -> None:
        if section < 0 and tab.model.query.sort != SortKey.RELEVANCE:
            tab.model.set_query(tab.model.query.with_(sort=SortKey.RELEVANCE))

    header.sortIndicatorChanged.connect(sort_changed)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    header.setToolTip(
        QCoreApplication.translate(
            "SearchBar", "Click a column to sort by it; a third click returns to best match first"
        )
    )


def _two_lines_while_searching(tab: PolicyTab, delegate: MatchDelegate) -> None:
    """Rows grow to two lines while a search has words, for the snippet under the name."""
    header = tab.table.verticalHeader()
    single = header.defaultSectionSize()
    state = {"single": single, "double": False}

    def adjust() -> None:
        want = bool(delegate.terms())
        if want == state["double"]:
            return
        if want:
            state["single"] = header.defaultSectionSize()
            fm = tab.table.fontMetrics()
            header.setDefaultSectionSize(state["single"] + int(fm.height() * 0.95))
        else:
            header.setDefaultSectionSize(state["single"])
        state["double"] = want

    tab.model.modelReset.connect(adjust)
    adjust()


def _marked_details(tab: PolicyTab, delegate: MatchDelegate) -> None:
    """The detail pane marks the words the table marks, from each new result on."""

    def mark() -> None:
        if tab.has_detail():  # a pane made later is marked when it is made
            tab.detail.set_highlight(delegate.terms())

    tab.model.modelReset.connect(mark)
    tab.detailBuilt.connect(mark)
    mark()
