"""The detail pane: everything about the current policy, its figures, a chart and sources.

All record text is set as plain text, so HTML in a field is shown, never rendered.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mxpolicy_gui.formatting import format_date
from mxpolicy_gui.models.figures import COL_LABEL, COL_SOURCE, COL_VALUE, COL_YEAR, FiguresModel
from mxpolicy_gui.store.records import Policy, Source
from mxpolicy_gui.views.figure_chart import FigureChart
from mxpolicy_gui.views.links import safe_web_url
from mxpolicy_gui.views.record_sections import RecordSections, status_line

UrlOpener = Callable[[QUrl], object]
KIND_LABELS = {"innovation": "Public service innovation", "reform": "Structural reform"}


def _plain_label(text: str = "", *, selectable: bool = True) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    # Ignored width: a long agency name wraps to the pane instead of widening it.
    policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    label.setWordWrap(True)
    label.setText(text)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    label.setContentsMargins(0, 10, 0, 2)
    return label


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
        self.text = _plain_label(f"[{number}] {source.citation}")
        self.text.setAccessibleName(f"Source {number}")
        outer.addWidget(self.text)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(layout)
        self.copy_button = QToolButton()
        self.copy_button.setText("Copy citation")
        self.copy_button.setAccessibleName(f"Copy citation {number}")
        self.copy_button.clicked.connect(self.copy_citation)
        layout.addWidget(self.copy_button)
        self.url = safe_web_url(source.url) or (
            safe_web_url(f"https://doi.org/{source.doi}") if source.doi else None
        )
        self.open_button = QToolButton()
        self.open_button.setText("Open link")
        self.open_button.setAccessibleName(f"Open link of source {number}")
        self.open_button.setEnabled(self.url is not None)
        self.open_button.setToolTip(
            self.url.toString() if self.url else "This address cannot be opened safely"
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
        self.setAccessibleName("Policy details")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("detailBody")
        self.setWidget(body)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(14, 10, 14, 14)

        self.empty = QLabel("Select a policy in the table to read its details.")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName("No policy selected")
        outer.addWidget(self.empty)

        self.content = QWidget()
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.content)
        outer.addStretch(1)

        self.title = _plain_label()
        title_font = QFont(self.title.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.45)
        self.title.setFont(title_font)
        self.title.setAccessibleName("Name in English")
        self.subtitle = _plain_label()
        sub_font = QFont(self.subtitle.font())
        sub_font.setItalic(True)
        sub_font.setPointSizeF(sub_font.pointSizeF() * 1.15)
        self.subtitle.setFont(sub_font)
        self.subtitle.setAccessibleName("Name in Spanish")
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.facts: dict[str, QLabel] = {}
        for key, caption in (
            ("kind", "Kind"),
            ("administration", "Administration"),
            ("president", "President"),
            ("date", "Date"),
            ("status", "Status"),
            ("sectors", "Sectors"),
            ("agencies", "Agencies"),
        ):
            value = _plain_label()
            value.setAccessibleName(caption)
            self.facts[key] = value
            form.addRow(f"{caption}:", value)
        layout.addLayout(form)

        layout.addWidget(_heading("Summary"))
        self.summary = _plain_label()
        self.summary.setAccessibleName("Summary")
        layout.addWidget(self.summary)
        layout.addWidget(_heading("Objective"))
        self.objective = _plain_label()
        self.objective.setAccessibleName("Objective")
        layout.addWidget(self.objective)
        layout.addWidget(_heading("Main measures"))
        self.measures = _plain_label()
        self.measures.setAccessibleName("Main measures")
        layout.addWidget(self.measures)

        self.record = RecordSections(open_url)
        self.record.relatedSelected.connect(self.relatedSelected)
        layout.addWidget(self.record)

        self.figures_heading = _heading("Key figures")
        layout.addWidget(self.figures_heading)
        self.figures_model = FiguresModel(self)
        self.figures = QTableView()
        self.figures.setAccessibleName("Key figures")
        self.figures.setModel(self.figures_model)
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

        self.chart_heading = _heading("Compared")
        layout.addWidget(self.chart_heading)
        self.chart = FigureChart()
        layout.addWidget(self.chart)

        layout.addWidget(_heading("Sources"))
        self.sources_box = QVBoxLayout()
        layout.addLayout(self.sources_box)
        self.source_rows: list[SourceRow] = []
        self.show_policy(None)

    def show_policy(self, policy: Policy | None) -> None:
        self.policy = policy
        self.empty.setVisible(policy is None)
        self.content.setVisible(policy is not None)
        self.figures_model.set_policy(policy)
        self.record.show_policy(policy)
        for row in self.source_rows:
            self.sources_box.removeWidget(row)
            row.hide()
            row.setParent(None)
            row.deleteLater()
        self.source_rows = []
        if policy is None:
            self.chart.set_figures([])
            return
        self.title.setText(policy.name_en)
        self.subtitle.setText(policy.name_es)
        self.facts["kind"].setText(
            f"{KIND_LABELS.get(policy.kind, policy.kind)} no. {policy.number}"
        )
        self.facts["administration"].setText(policy.administration)
        self.facts["president"].setText(policy.president)
        when = "published in the DOF" if policy.date_kind == "dof" else "started"
        self.facts["date"].setText(f"{format_date(policy.date)} ({when})")
        self.facts["status"].setText(status_line(policy))
        self.facts["sectors"].setText(", ".join(policy.sectors))
        self.facts["agencies"].setText("\n".join(policy.agencies))
        self.summary.setText(policy.summary)
        self.objective.setText(policy.objective)
        self.measures.setText("\n".join(f"•  {m}" for m in policy.measures))
        has_figures = bool(policy.figures)
        self.figures_heading.setVisible(has_figures)
        self.figures.setVisible(has_figures)
        self._fit_figures_table()
        has_chart = self.chart.set_figures(policy.figures)
        unit = self.chart.figures()[0].unit if has_chart else ""
        self.chart_heading.setText(f"Compared ({unit})" if unit else "Compared")
        self.chart_heading.setVisible(has_chart)
        self.chart.setVisible(has_chart)
        for number, source in enumerate(policy.sources, 1):
            row = SourceRow(number, source, self._open_url)
            row.copied.connect(lambda _text, n=number: self.message.emit(f"Citation {n} copied"))
            self.sources_box.addWidget(row)
            self.source_rows.append(row)
        self.verticalScrollBar().setValue(0)

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
