"""The detail pane: everything about the current policy, its figures, a chart and sources.

All record text is set as plain text, so HTML in a field is shown, never rendered.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mxpolicy_gui.content import SPANISH, name_in, other_name, text_in
from mxpolicy_gui.formatting import format_date, status_line
from mxpolicy_gui.i18n import current_language
from mxpolicy_gui.models.figures import (
    COL_LABEL,
    COL_SOURCE,
    COL_VALUE,
    COL_YEAR,
    FigureRole,
    FiguresModel,
)
from mxpolicy_gui.store.matching import highlight_terms, match_spans
from mxpolicy_gui.store.records import Policy, Source
from mxpolicy_gui.views.figure_chart import FigureChart
from mxpolicy_gui.views.links import safe_web_url
from mxpolicy_gui.views.match_delegate import MarkedTextDelegate
from mxpolicy_gui.views.record_sections import (
    RecordSections,
    discard_rows,
    heading,
    plain_label,
)
from mxpolicy_gui.vocabulary import (
    date_kind_of,
    join_for_reading,
    kind_label,
    sector_labels,
)

UrlOpener = Callable[[QUrl], object]
#: The texts under their headings, in order.
TEXTS = ("summary", "objective", "measures")
#: How long typing must pause before the policy shown is marked for the new words.
REMARK_DELAY_MS = 200


def marked_html(text: str, terms: Sequence[str]) -> str:
    """Plain `text` as rich text (escaped, line breaks and spaces kept) with the words
    starting with `terms` on the search marker's background."""
    escaped = html.escape(text, quote=False)
    return highlight_terms(f'<div style="white-space:pre-wrap">{escaped}</div>', terms)
#: The facts under the title, in order.
FACTS = ("kind", "administration", "president", "date", "status", "sectors", "agencies")


class SourceRow(QWidget):
    """One numbered citation with "Copy citation" and, for http(s) only, "Open link"."""

    copied = Signal(str)

    def __init__(self, number: int, source: Source, open_url: UrlOpener) -> None:
        super().__init__()
        self.source = source
        self._open_url = open_url
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 2, 0, 4)
        outer.setSpacing(2)
        self.text = plain_label(f"[{number}] {source.citation}")
        self.text.setAccessibleName(self.tr("Source {n}").format(n=number))
        outer.addWidget(self.text)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(layout)
        self.copy_button = QToolButton()
        self.copy_button.setText(self.tr("Copy citation"))
        self.copy_button.setAccessibleName(self.tr("Copy citation {n}").format(n=number))
        self.copy_button.clicked.connect(self.copy_citation)
        layout.addWidget(self.copy_button)
        self.url = safe_web_url(source.url) or (
            safe_web_url(f"https://doi.org/{source.doi}") if source.doi else None
        )
        self.open_button = QToolButton()
        self.open_button.setText(self.tr("Open link"))
        self.open_button.setAccessibleName(self.tr("Open link of source {n}").format(n=number))
        self.open_button.setEnabled(self.url is not None)
        self.open_button.setToolTip(
            self.url.toString() if self.url else self.tr("This address cannot be opened safely")
        )
        self.open_button.clicked.connect(self.open_link)
        layout.addWidget(self.open_button)
        layout.addStretch(1)

    def copy_citation(self) -> None:
        QGuiApplication.clipboard().setText(self.source.citation)
        self.copied.emit(self.source.citation)

    def open_link(self) -> None:
        if self.url is not None:
            self._open_url(self.url)


class DetailPane(QScrollArea):
    """Shows one `Policy`; `show_policy(None)` shows the empty state."""

    message = Signal(str)
    #: (policy id, kind) of a related policy the person clicked: the window selects it.
    relatedSelected = Signal(str, str)

    def __init__(self, open_url: UrlOpener, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._open_url = open_url
        self.policy: Policy | None = None
        self._remark_timer = QTimer(self)
        self._remark_timer.setSingleShot(True)
        self._remark_timer.setInterval(REMARK_DELAY_MS)
        self._remark_timer.timeout.connect(self._remark)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("detailBody")
        self.setWidget(body)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(14, 10, 14, 14)

        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        outer.addWidget(self.empty)

        self.content = QWidget()
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.content)
        outer.addStretch(1)

        self.title = plain_label()
        title_font = QFont(self.title.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.45)
        self.title.setFont(title_font)
        self.subtitle = plain_label()
        sub_font = QFont(self.subtitle.font())
        sub_font.setItalic(True)
        sub_font.setPointSizeF(sub_font.pointSizeF() * 1.15)
        self.subtitle.setFont(sub_font)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)

        self.form = form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.facts: dict[str, QLabel] = {}
        for key in FACTS:
            value = plain_label()
            self.facts[key] = value
            form.addRow(QLabel(), value)
        layout.addLayout(form)

        self.headings: dict[str, QLabel] = {}
        #: The texts a search can mark (see `set_highlight`), by field.
        self.texts: dict[str, QLabel] = {}
        for key in TEXTS:
            self.headings[key] = heading()
            self.texts[key] = plain_label()
            layout.addWidget(self.headings[key])
            layout.addWidget(self.texts[key])
        self.summary, self.objective, self.measures = (self.texts[k] for k in TEXTS)

        self.record = RecordSections(open_url)
        self.record.relatedSelected.connect(self.relatedSelected)
        layout.addWidget(self.record)

        self.figures_heading = heading()
        layout.addWidget(self.figures_heading)
        self.figures_model = FiguresModel(self)
        self.figures = QTableView()
        self.figures.setModel(self.figures_model)
        self.figures.setItemDelegateForColumn(COL_LABEL, MarkedTextDelegate(self.figures))
        # A figure's [n] leads to its source: click it (or press Enter on it).
        self.figures.clicked.connect(self._figure_source_clicked)
        self.figures.activated.connect(self._figure_source_clicked)
        self.figures.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.figures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figures.setWordWrap(True)
        self.figures.verticalHeader().hide()
        self.figures.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.figures.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.figures.horizontalHeader()
        header.setSectionResizeMode(COL_LABEL, QHeaderView.ResizeMode.Stretch)
        for col in (COL_VALUE, COL_YEAR, COL_SOURCE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.figures)

        self.chart_heading = heading()
        self.chart = FigureChart()
        self.headings["sources"] = heading()
        for widget in (self.chart_heading, self.chart, self.headings["sources"]):
            layout.addWidget(widget)
        self.sources_box = QVBoxLayout()
        layout.addLayout(self.sources_box)
        self.source_rows: list[SourceRow] = []
        #: Folded words a search marks in the texts and figure labels (none: plain text).
        self.terms: tuple[str, ...] = ()
        self._set_texts()
        self.show_policy(None)

    def _set_texts(self) -> None:
        self.setAccessibleName(self.tr("Policy details"))
        self.empty.setText(self.tr("Select a policy in the table to read its details."))
        self.empty.setAccessibleName(self.tr("No policy selected"))
        spanish = current_language() == SPANISH
        english_name, spanish_name = self.tr("Name in English"), self.tr("Name in Spanish")
        self.title.setAccessibleName(spanish_name if spanish else english_name)
        self.subtitle.setAccessibleName(english_name if spanish else spanish_name)
        captions = {
            "kind": self.tr("Kind"),
            "administration": self.tr("Administration"),
            "president": self.tr("President"),
            "date": self.tr("Date"),
            "status": self.tr("Status"),
            "sectors": self.tr("Sectors"),
            "agencies": self.tr("Agencies"),
        }
        for key, caption in captions.items():
            self.facts[key].setAccessibleName(caption)
            label = self.form.labelForField(self.facts[key])
            if isinstance(label, QLabel):
                label.setText(self.tr("{caption}:").format(caption=caption))
        for key, text in (
            ("summary", self.tr("Summary")),
            ("objective", self.tr("Objective")),
            ("measures", self.tr("Main measures")),
            ("sources", self.tr("Sources")),
        ):
            self.headings[key].setText(text)
        self.summary.setAccessibleName(self.tr("Summary"))
        self.objective.setAccessibleName(self.tr("Objective"))
        self.measures.setAccessibleName(self.tr("Main measures"))
        self.figures_heading.setText(self.tr("Key figures"))
        self.figures.setAccessibleName(self.tr("Key figures"))

    def retranslate_ui(self) -> None:
        """Captions, and the policy shown, in the language just installed."""
        self._set_texts()
        scrolled = self.verticalScrollBar().value()
        self.show_policy(self.policy)
        self.verticalScrollBar().setValue(scrolled)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_policy(self, policy: Policy | None) -> None:
        self.policy = policy
        self.empty.setVisible(policy is None)
        self.content.setVisible(policy is not None)
        self.figures_model.set_policy(policy, self.terms)
        self.record.show_policy(policy)
        discard_rows(self.sources_box, self.source_rows)
        self.source_rows = []
        if policy is None:
            self.chart.set_figures([])
            return
        language = current_language()
        self.title.setText(name_in(policy, language))
        self.subtitle.setText(other_name(policy, language))
        self.facts["kind"].setText(
            self.tr("{kind} no. {number}").format(
                kind=kind_label(policy.kind), number=policy.number
            )
        )
        self.facts["administration"].setText(policy.administration)
        self.facts["president"].setText(policy.president)
        when = date_kind_of(policy.date_kind).phrase  # no date, no "(started)" after "—"
        date = format_date(policy.date)
        self.facts["date"].setText(f"{date} ({when})" if policy.date else date)
        self.facts["status"].setText(status_line(policy))
        self.facts["sectors"].setText(join_for_reading(sector_labels(policy.sectors)))
        self.facts["agencies"].setText("\n".join(policy.agencies))
        self._show_texts(policy)
        has_figures = bool(policy.figures)
        self.figures_heading.setVisible(has_figures)
        self.figures.setVisible(has_figures)
        self._fit_figures_table()
        has_chart = self.chart.set_figures(policy.figures)
        unit = self.chart.figures()[0].unit if has_chart else ""
        del unit  # each chart's own title names what it compares and in which unit
        self.chart_heading.setText(self.tr("Compared"))
        self.chart_heading.setVisible(has_chart)
        self.chart.setVisible(has_chart)
        for number, source in enumerate(policy.sources, 1):
            row = SourceRow(number, source, self._open_url)
            row.copied.connect(
                lambda _text, n=number: self.message.emit(
                    self.tr("Citation {n} copied").format(n=n)
                )
            )
            self.sources_box.addWidget(row)
            self.source_rows.append(row)
        self.verticalScrollBar().setValue(0)

    def _show_texts(self, policy: Policy) -> None:
        """Summary, objective and measures in the reader's language, the searched words
        marked. Rich text only when something is marked, and then built from escaped
        text: a field's own HTML is still shown, never rendered."""
        language = current_language()
        texts = {
            "summary": text_in(policy, "summary", language),
            "objective": text_in(policy, "objective", language),
            "measures": "\n".join(f"•  {m}" for m in text_in(policy, "measures", language)),
        }
        for key, text in texts.items():
            label = self.texts[key]
            if self.terms and match_spans(text, self.terms):
                shown, format_ = marked_html(text, self.terms), Qt.TextFormat.RichText
            else:
                shown, format_ = text, Qt.TextFormat.PlainText
            if label.text() != shown or label.textFormat() != format_:  # a relayout each
                label.setTextFormat(format_)
                label.setText(shown)

    def set_highlight(self, terms: Sequence[str]) -> None:
        """Mark `terms` (folded word starts, `Store.parse(text).highlight`) in the policy
        shown and the next ones; no terms, no marks. The policy shown is marked again once
        typing pauses (`REMARK_DELAY_MS`): laying its texts out again at every key would
        cost each keystroke a few milliseconds for marks nobody reads while typing."""
        terms = tuple(terms)
        if terms == self.terms:
            return
        self.terms = terms
        self._remark_timer.start()

    def marks_pending(self) -> bool:
        """True while new search words wait to be marked in the policy shown."""
        return self._remark_timer.isActive()

    def _remark(self) -> None:
        self.figures_model.set_highlight(self.terms)
        if self.policy is not None:
            self._show_texts(self.policy)

    def _figure_source_clicked(self, index) -> None:
        if index.column() != COL_SOURCE:
            return
        figure = index.data(FigureRole)
        number = next((n for n, row in enumerate(self.source_rows)
                       if figure is not None and row.source.id == figure.source_id), None)
        if number is not None:
            self.show_source(number)

    def show_source(self, number: int) -> None:
        """Scroll to source `number` (0-based) and mark it until another is chosen."""
        for n, row in enumerate(self.source_rows):
            marked = n == number
            row.setProperty("highlighted", marked)
            row.setAutoFillBackground(marked)
            if marked:
                palette = row.palette()
                colour = palette.color(QPalette.ColorRole.Highlight)
                colour.setAlpha(60)
                palette.setColor(QPalette.ColorRole.Window, colour)
                row.setPalette(palette)
        row = self.source_rows[number]
        self.ensureWidgetVisible(row, 0, 40)
        row.copy_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit_figures_table(self) -> None:
        """Grow the table to its rows: the pane scrolls, not the table."""
        self.figures.resizeRowsToContents()
        height = self.figures.horizontalHeader().height() + 4
        height += sum(self.figures.rowHeight(r) for r in range(self.figures_model.rowCount()))
        self.figures.setFixedHeight(height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.policy is not None:
            self._fit_figures_table()
