"""The table's name column under a search: matched words highlighted, and a second line with
a snippet when the match is in a field the table does not show (a summary, the
administration, a figure label...).

Painted by a delegate from the plain texts the model already holds, so the model stays free of
markup and sorting, copying and export see the names as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QHelpEvent,
    QPainter,
    QPalette,
    QStaticText,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from mxpolicy_gui.models.figures import MarkedSpansRole
from mxpolicy_gui.models.policy_table import IdRole
from mxpolicy_gui.store.matching import MatchNote, Span, marked_markup, match_spans
from mxpolicy_gui.views.cell_text import FontTexts, PlainCellDelegate, ShapedTexts
from mxpolicy_gui.vocabulary import LIST_SEPARATOR, sector_labels, split_list

#: Folded words to highlight for a search text (`Store.parse(text).highlight`).
TermsOf = Callable[[str], Sequence[str]]
#: Match notes for a search text and some policy ids (`Store.match_notes`).
Explain = Callable[[str, Sequence[str]], dict[str, MatchNote]]
#: How many rows' notes are read at once, from the first row painted without one.
NOTES_BATCH = 24
MARK_BACKGROUND = QColor("#ffe58a")
Index = QModelIndex | QPersistentModelIndex
MARK_FOREGROUND = QColor("#000000")
_ELIDE_NONE = Qt.TextElideMode.ElideNone
_SNIPPET_FONT = "snippet font"  # its key in `ShapedTexts.memo`


#: The shaped texts `draw_marked_line` keeps, per font (the table's and the snippet's).
_FONT_TEXTS = FontTexts()


@dataclass(frozen=True)
class MarkedLine:
    """One line of text elided to a width, with its marked words: everything but the
    painting, worked out once per (text, width, words) and kept."""

    shown: QStaticText
    #: (left, width, shaped word) of each marked span, left from the line's start.
    marks: tuple[tuple[int, int, QStaticText], ...]
    spans: tuple[Span, ...]


def marked_line(texts: ShapedTexts, text: str, terms: Sequence[str], width: int) -> MarkedLine:
    """`text` elided to `width` in `texts`' font, with the words matching `terms` found."""
    key = (text, width, tuple(terms))
    line = texts.memo.get(key)
    if line is None:
        shown = texts.elided(text, max(width, 0), Qt.TextElideMode.ElideRight)
        spans = tuple(match_spans(shown, terms))
        marks = tuple(
            (
                texts.advance(shown[:start]),
                texts.advance(shown[start:end]),
                texts.get(shown[start:end], 0, _ELIDE_NONE),
            )
            for start, end in spans
        )
        line = texts.remember(key, MarkedLine(texts.get(shown, 0, _ELIDE_NONE), marks, spans))
    return line


def draw_marked_line(
    painter: QPainter,
    text: str,
    terms: Sequence[str],
    font: QFont,
    rect: QRect,
    colour: QColor,
) -> list[tuple[int, int]]:
    """Draw one line of `text` (elided to `rect`) with the words matching `terms` on a marker
    background; returns the marked spans. Shaped texts kept between paints and
    `fillRect` (a QTextLayout per cell cost more than the rest of the table's paint, and
    shaping the same names again at each keystroke most of the rest)."""
    texts = _FONT_TEXTS.for_font(font)
    line = marked_line(texts, text, terms, rect.width())
    height = texts.metrics.height()
    top = rect.top() + (rect.height() - height) // 2
    left = rect.left()
    for x, width, _word in line.marks:
        painter.fillRect(QRect(left + x, top, width, height), MARK_BACKGROUND)
    painter.setFont(texts.font)
    painter.setPen(colour)
    # Where drawText would put the line's top in a box as tall as the font's line.
    y = top + (height - texts.line_height) // 2
    painter.drawStaticText(QPointF(left, y), line.shown)
    if line.marks:
        painter.setPen(MARK_FOREGROUND)
        for x, _width, word in line.marks:
            painter.drawStaticText(QPointF(left + x, y), word)
    return list(line.spans)


def cell_without_text(
    delegate: QStyledItemDelegate,
    painter: QPainter,
    option: QStyleOptionViewItem,
    index: Index,
) -> tuple[QStyleOptionViewItem, str, QRect]:
    """Paint the cell's background, selection and focus as the style does, but not its
    text; returns the initialised option, the text left to draw and where it goes."""
    opt = QStyleOptionViewItem(option)
    delegate.initStyleOption(opt, index)
    text = opt.text
    opt.text = ""
    widget: QWidget | None = opt.widget
    style = widget.style() if widget is not None else QApplication.style()
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
    rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
    return opt, text, rect


class MatchDelegate(PlainCellDelegate):
    """Paints names with their matched words marked, and a snippet line under them."""

    def __init__(
        self, query_text: Callable[[], str], terms_of: TermsOf, explain: Explain,
        view: QTableView,
    ) -> None:
        super().__init__(view)
        self._query_text = query_text
        self._terms_of = terms_of
        self._explain = explain
        self._text: str | None = None
        self._terms: tuple[str, ...] = ()
        self._notes: dict[str, MatchNote] = {}
        self._asked: set[str] = set()
        self._pending: list[int] = []
        self._column = 0
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

    @staticmethod
    def note_text(note: MatchNote) -> str:
        """The note as shown: a sectors note lists the stored codes ("Security; Energy"),
        which read as their labels in the interface's language ("Seguridad; Energía")."""
        if note.field == "sectors":
            return LIST_SEPARATOR.join(sector_labels(split_list(note.text)))
        return note.text

    def note(self, index: Index, wait: bool = True) -> MatchNote | None:
        """The snippet for `index`'s row. Without `wait` (while painting) an unknown row's
        note is read just after this paint, with those of the rows around it, and the view
        repaints: the rows appear at once, their snippets a moment later."""
        if not self.terms():
            return None
        policy_id = index.data(IdRole)
        if policy_id is None:
            return None
        if policy_id not in self._asked:
            if not wait:
                if not self._pending:
                    QTimer.singleShot(0, self._read_pending)
                self._pending.append(index.row())
                self._column = index.column()
                return None
            model = index.model()
            if model is None:
                return None
            self._read(model, index.row())
        return self._notes.get(policy_id)

    def _read(self, model: QAbstractItemModel, row: int) -> None:
        last = min(model.rowCount(), row + NOTES_BATCH)
        ids = [model.index(r, 0).data(IdRole) for r in range(row, last)]
        ids = [i for i in ids if i and i not in self._asked]
        self._asked.update(ids)
        self._notes.update(self._explain(self._text or "", ids))

    def snippets_pending(self) -> bool:
        """True while rows painted without their snippet wait for it to be read."""
        return bool(self._pending)

    def _read_pending(self) -> None:
        rows, self._pending = self._pending, []
        model = self._view.model()
        if model is None or not rows or not self.terms():
            return
        self._read(model, min(rows))
        # Only the column with the snippets paints again, not the whole table.
        viewport = self._view.viewport()
        left = self._view.columnViewportPosition(self._column)
        width = self._view.columnWidth(self._column)
        viewport.update(QRect(left, 0, width, viewport.height()))

    # -- painting ------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        terms = self.terms()
        if not terms:
            super().paint(painter, option, index)
            return
        if self.fast(option.state.value):
            # Nothing but text to paint (`PlainCellDelegate.fast`): no style pass, and the
            # name and the text element's place without asking Qt.
            name = self._cell_text(index.row(), index.column()) or ""
            texts, margins = self.shared(option, index)
            rect = option.rect.adjusted(*margins)
            font = texts.font
            selected = False
        else:
            opt, name, rect = cell_without_text(self, painter, option, index)
            font = opt.font
            selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        rect = rect.adjusted(3, 0, -3, 0)
        text_colour = self.name_colour(option, selected)
        note = self.note(index, wait=False)
        painter.save()
        painter.setClipRect(option.rect)
        if note is None:
            draw_marked_line(painter, name, terms, font, rect, text_colour)
        else:
            small = self.snippet_font(font)
            line = _FONT_TEXTS.for_font(font).metrics.height()
            block = line + _FONT_TEXTS.for_font(small).metrics.height()
            top = rect.top() + max(0, (rect.height() - block) // 2)
            first = QRect(rect.left(), top, rect.width(), line)
            second = QRect(rect.left(), top + line, rect.width(), block - line)
            draw_marked_line(painter, name, terms, font, first, text_colour)
            dim = QColor(text_colour)
            dim.setAlphaF(0.72)
            label = self.field_names.get(note.field, note.field)
            draw_marked_line(painter, f"{label}: {self.note_text(note)}", terms, small, second, dim)
        painter.restore()

    def name_colour(self, option: QStyleOptionViewItem, selected: bool) -> QColor:
        """The name's colour: the palette's (active) text or highlighted text colour."""
        key = -2 if selected else -1  # beside `pen`'s keys, which are state bits
        colour = self._pens.get(key)
        if colour is None:
            role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            colour = self._pens[key] = option.palette.color(QPalette.ColorGroup.Normal, role)
        return colour

    def snippet_font(self, font: QFont) -> QFont:
        """The snippet line's smaller font (made once per font of the names)."""
        texts = _FONT_TEXTS.for_font(font)
        small = texts.memo.get(_SNIPPET_FONT)
        if small is None:
            small = QFont(font)
            small.setPointSizeF(max(font.pointSizeF() * 0.88, 6.0))
            texts.remember(_SNIPPET_FONT, small)
        return small

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        note = self.note(index)
        if note is not None and event is not None:
            from PySide6.QtWidgets import QToolTip

            label = self.field_names.get(note.field, note.field)
            QToolTip.showText(
                event.globalPos(), f"{index.data()}\n{label}: {self.note_text(note)}", view
            )
            return True
        return super().helpEvent(event, view, option, index)


class MarkedTextDelegate(QStyledItemDelegate):
    """A wrapped cell with the search's matched words marked (the detail pane's figure
    labels, from the model's `MarkedSpansRole`). A text document is laid out only for a
    cell that has a match; the others paint as usual."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        spans = index.data(MarkedSpansRole)
        if not spans:
            super().paint(painter, option, index)
            return
        opt, text, rect = cell_without_text(self, painter, option, index)
        document = QTextDocument()
        document.setDefaultFont(opt.font)
        document.setDocumentMargin(2)
        document.setTextWidth(rect.width())
        document.setHtml(marked_markup(text, spans))
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(
            QPalette.ColorRole.Text,
            opt.palette.color(
                QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            ),
        )
        painter.save()
        top = rect.top() + max(0, (rect.height() - int(document.size().height())) // 2)
        painter.translate(rect.left(), top)
        painter.setClipRect(QRect(0, 0, rect.width(), rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()
