"""The table's name column under a search: matched words highlighted, and a second line with
a snippet when the match is in a field the table does not show (a summary, the
administration, a figure label...).

Painted by a delegate from the plain texts the model already holds, so the model stays free of
markup and sorting, copying and export see the names as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QObject, QPointF, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from mxpolicy_gui.models.policy_table import IdRole
from mxpolicy_gui.store.matching import MatchNote, match_spans

#: Folded words to highlight for a search text (`Store.parse(text).highlight`).
TermsOf = Callable[[str], Sequence[str]]
#: Match notes for a search text and some policy ids (`Store.match_notes`).
Explain = Callable[[str, Sequence[str]], dict[str, MatchNote]]
#: How many rows' notes are read at once, from the first row painted without one.
NOTES_BATCH = 40
MARK_BACKGROUND = QColor("#ffe58a")
MARK_FOREGROUND = QColor("#000000")


def highlighted_layout(
    text: str, terms: Sequence[str], font: QFont, width: int, colour: QColor
) -> QTextLayout:
    """One line of `text` (elided to `width`) with the words matching `terms` marked."""
    shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, max(width, 0))
    layout = QTextLayout(shown, font)
    ranges = []
    for start, end in match_spans(shown, terms):
        mark = QTextLayout.FormatRange()
        mark.start, mark.length = start, end - start
        fmt = QTextCharFormat()
        fmt.setBackground(MARK_BACKGROUND)
        fmt.setForeground(MARK_FOREGROUND)
        mark.format = fmt
        ranges.append(mark)
    plain = QTextLayout.FormatRange()
    plain.start, plain.length = 0, len(shown)
    base = QTextCharFormat()
    base.setForeground(colour)
    plain.format = base
    layout.setFormats([plain, *ranges])
    layout.beginLayout()
    line = layout.createLine()
    if line.isValid():
        line.setLineWidth(max(width, 0))
    layout.endLayout()
    return layout


class MatchDelegate(QStyledItemDelegate):
    """Paints names with their matched words marked, and a snippet line under them."""

    def __init__(
        self, query_text: Callable[[], str], terms_of: TermsOf, explain: Explain,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._query_text = query_text
        self._terms_of = terms_of
        self._explain = explain
        self._text: str | None = None
        self._terms: tuple[str, ...] = ()
        self._notes: dict[str, MatchNote] = {}
        self._asked: set[str] = set()
        self.field_names = {
            "name_es": self.tr("Spanish name"),
            "administration": self.tr("Administration"),
            "agencies": self.tr("Agencies"),
            "summary": self.tr("Summary"),
            "objective": self.tr("Objective"),
            "measures": self.tr("Measures"),
            "figure_labels": self.tr("Figures"),
            "instruments": self.tr("Instruments"),
            "institutions": self.tr("Institutions"),
            "sectors": self.tr("Sectors"),
            "status": self.tr("Status"),
        }

    # -- what to mark --------------------------------------------------------------------

    def terms(self) -> tuple[str, ...]:
        """The words marked now (those of the model's current search)."""
        text = self._query_text()
        if text != self._text:
            self._text = text
            self._terms = tuple(self._terms_of(text)) if text.strip() else ()
            self._notes.clear()
            self._asked.clear()
        return self._terms

    def note(self, index: QModelIndex) -> MatchNote | None:
        """The snippet for `index`'s row, reading the notes of the rows around it at once."""
        if not self.terms():
            return None
        policy_id = index.data(IdRole)
        if policy_id is None:
            return None
        if policy_id not in self._asked:
            model = index.model()
            last = min(model.rowCount(), index.row() + NOTES_BATCH)
            ids = [model.index(r, 0).data(IdRole) for r in range(index.row(), last)]
            ids = [i for i in ids if i and i not in self._asked]
            self._asked.update(ids)
            self._notes.update(self._explain(self._text or "", ids))
        return self._notes.get(policy_id)

    # -- painting ------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        terms = self.terms()
        if not terms:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name = opt.text
        opt.text = ""
        widget: QWidget | None = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        rect = rect.adjusted(3, 0, -3, 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        text_colour = opt.palette.color(
            group,
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text,
        )
        note = self.note(index)
        metrics = QFontMetrics(opt.font)
        painter.save()
        painter.setClipRect(option.rect)
        if note is None:
            top = rect.top() + (rect.height() - metrics.height()) / 2
            highlighted_layout(name, terms, opt.font, rect.width(), text_colour).draw(
                painter, QPointF(rect.left(), top)
            )
        else:
            small = QFont(opt.font)
            small.setPointSizeF(max(opt.font.pointSizeF() * 0.88, 6.0))
            small_metrics = QFontMetrics(small)
            block = metrics.height() + small_metrics.height()
            top = rect.top() + max(0.0, (rect.height() - block) / 2)
            highlighted_layout(name, terms, opt.font, rect.width(), text_colour).draw(
                painter, QPointF(rect.left(), top)
            )
            label = self.field_names.get(note.field, note.field)
            dim = QColor(text_colour)
            dim.setAlphaF(0.72)
            snippet = f"{label}: {note.text}"
            highlighted_layout(snippet, terms, small, rect.width(), dim).draw(
                painter, QPointF(rect.left(), top + metrics.height())
            )
        painter.restore()

    def helpEvent(self, event, view, option, index) -> bool:
        note = self.note(index)
        if note is not None and event is not None:
            from PySide6.QtWidgets import QToolTip

            label = self.field_names.get(note.field, note.field)
            QToolTip.showText(
                event.globalPos(), f"{index.data()}\n{label}: {note.text}", view
            )
            return True
        return super().helpEvent(event, view, option, index)
