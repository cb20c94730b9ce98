"""The policy table's plain cells, painted from text shaped once and kept.

Qt's own delegate lays every cell's text out again at each paint (a text layout per cell,
after some eight calls into the Python model for the cell's roles), and a keystroke repaints
every row on screen. Most cells show the same text from one keystroke to the next (statuses,
sectors, agencies and dates repeat; a refined search keeps most of its first rows), so
`PlainCellDelegate` keeps each elided text as a `QStaticText` and draws that. A cell that is
selected, has focus or is not a plain text cell is left to Qt's own path, so it looks
exactly as before; `tests/gui/test_cell_text.py` compares the pixels of both paths.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPointF, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QPainter,
    QPalette,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from mxpolicy_gui.models.policy_table import PolicyTableModel

if TYPE_CHECKING:  # in annotations only
    from PySide6.QtWidgets import QTableView, QWidget

_T = TypeVar("_T")
Index = QModelIndex | QPersistentModelIndex
#: The text a cell shows: (row, column) → text, straight from the model (no Qt call).
CellText = Callable[[int, int], str | None]
#: Shaped texts kept per font before the cache starts over (a few screens' worth of cells).
KEPT_TEXTS = 4096

# Plain ints: Python's enum flag operators cost microseconds, and this runs for every cell.
_SELECTED_OR_FOCUS = (
    QStyle.StateFlag.State_Selected.value | QStyle.StateFlag.State_HasFocus.value
)
_ENABLED = QStyle.StateFlag.State_Enabled.value
_ACTIVE = QStyle.StateFlag.State_Active.value
_NORMAL, _INACTIVE, _DISABLED = (
    QPalette.ColorGroup.Normal, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled
)
_TEXT = QPalette.ColorRole.Text
_GROUP_BITS = _ENABLED | _ACTIVE
#: What makes a view's cells look different: their shared texts and colours are made again.
_LOOK_CHANGES = frozenset(
    {QEvent.Type.FontChange, QEvent.Type.PaletteChange, QEvent.Type.StyleChange}
)
_ELIDE_NONE = Qt.TextElideMode.ElideNone


class ShapedTexts:
    """`QStaticText`s by (text, width, elide mode) for one font: elided to fit the width,
    laid out once. Also the font's metrics, made once (each `QFontMetrics` is a lookup)."""

    def __init__(self, font: QFont) -> None:
        self.font = QFont(font)
        self.metrics = QFontMetrics(font)
        #: A line's height as the style's text layout rounds it.
        self.line_height = round(QFontMetricsF(font).height())
        self._texts: dict[tuple[str, int, Qt.TextElideMode], QStaticText] = {}
        self._elided: dict[tuple[str, int, Qt.TextElideMode], str] = {}
        self._advances: dict[str, int] = {}
        #: Whatever else a painter works out once per text in this font (`remember`).
        self.memo: dict[object, Any] = {}

    def remember(self, key: object, value: _T) -> _T:
        """Keep `value` in `memo` (which starts over when full) and return it."""
        if len(self.memo) >= KEPT_TEXTS:
            self.memo.clear()
        self.memo[key] = value
        return value

    def elided(self, text: str, width: int, mode: Qt.TextElideMode) -> str:
        """`text` elided to `width` (measuring it shapes it: kept, as the shaped texts)."""
        if mode == _ELIDE_NONE:
            return text
        key = (text, width, mode)
        shown = self._elided.get(key)
        if shown is None:
            if len(self._elided) >= KEPT_TEXTS:
                self._elided.clear()
            shown = self._elided[key] = self.metrics.elidedText(text, mode, width)
        return shown

    def advance(self, text: str) -> int:
        """`text`'s width in whole pixels, as `QFontMetrics.horizontalAdvance` (kept)."""
        width = self._advances.get(text)
        if width is None:
            if len(self._advances) >= KEPT_TEXTS:
                self._advances.clear()
            width = self._advances[text] = self.metrics.horizontalAdvance(text)
        return width

    def get(self, text: str, width: int, mode: Qt.TextElideMode) -> QStaticText:
        key = (text, width, mode)
        shaped = self._texts.get(key)
        if shaped is None:
            if len(self._texts) >= KEPT_TEXTS:
                self._texts.clear()
            shaped = QStaticText(self.elided(text, width, mode))
            shaped.setTextFormat(Qt.TextFormat.PlainText)
            shaped.prepare(QTransform(), self.font)
            self._texts[key] = shaped
        return shaped


class FontTexts:
    """`ShapedTexts` per font (the table's, and the smaller one of a snippet line). The last
    font asked for is checked first, with one comparison (a font's key is slower to make)."""

    def __init__(self) -> None:
        self._by_font: dict[str, ShapedTexts] = {}
        self._last: ShapedTexts | None = None

    def for_font(self, font: QFont) -> ShapedTexts:
        last = self._last
        if last is not None and last.font == font:
            return last
        key = font.key()
        texts = self._by_font.get(key)
        if texts is None:
            texts = self._by_font[key] = ShapedTexts(font)
        self._last = texts
        return texts


def text_element(view: QWidget, option: QStyleOptionViewItem) -> tuple[QRect, int]:
    """The style's text element of a plain cell (no icon, no check box) in `option.rect`
    (an option initialised for the cell), and the margin the style keeps on either side of
    the text inside it."""
    style = view.style() if view is not None else QApplication.style()
    rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
    return rect, style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1


def text_colour_role(option: QStyleOptionViewItem) -> QPalette.ColorGroup:
    """The palette group the style paints a cell's text with."""
    state = option.state.value
    if not state & _ENABLED:
        return _DISABLED
    return _NORMAL if state & _ACTIVE else _INACTIVE


def draw_shaped(
    painter: QPainter, shaped: QStaticText, line_height: int, rect: QRect, right: bool
) -> None:
    """Draw one line in `rect` where the style would: centred vertically in whole pixels
    (as `QStyle.alignedRect` does), at the left edge or (`right`) ending at the right."""
    top = rect.top() + (rect.height() - line_height) // 2
    left = rect.left() + rect.width() - shaped.size().width() if right else rect.left()
    painter.drawStaticText(QPointF(left, top), shaped)


def model_text(view: QTableView) -> CellText:
    """A cell's text from the view's model, without a call through Qt when the model is the
    policy table's."""

    def text(row: int, column: int) -> str | None:
        model = view.model()
        if isinstance(model, PolicyTableModel):
            return model.display_text(row, column)
        value = model.index(row, column).data() if model is not None else None
        return None if value is None else str(value)

    return text


class PlainCellDelegate(QStyledItemDelegate):
    """Paints the table's plain text cells from shaped texts kept between paints.

    What every cell shares is worked out once and kept until the view's font, palette or
    style changes: the shaped texts for its font, the text colour per palette group and the
    text's margins in a cell. A cell then costs a state check, a dictionary look-up and one
    `drawStaticText`. Painter state is set, not saved: Qt's own delegate, which paints the
    other cells, sets everything it draws with."""

    def __init__(
        self,
        view: QTableView,
        cell_text: CellText | None = None,
        elide: Qt.TextElideMode | None = None,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._cell_text = cell_text or model_text(view)
        #: The elide mode of this delegate's cells, if not the view's.
        self._elide = elide
        #: Whether each column's text is right-aligned (asked of the model once).
        self._right: dict[int, bool] = {}
        self._texts: ShapedTexts | None = None
        self._pens: dict[int, QColor] = {}
        self._margins: tuple[int, int, int, int] | None = None
        self._text_margin = 0
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _LOOK_CHANGES:
            self.forget_look()
        return False

    def forget_look(self) -> None:
        """The view's font, palette or style changed: work out what cells share again."""
        self._texts = None
        self._pens = {}
        self._margins = None
        self._right = {}

    def fast(self, state: int) -> bool:
        """True if a cell in `state` paints nothing but its text (no selection or focus)."""
        return not state & _SELECTED_OR_FOCUS

    def shared(
        self, option: QStyleOptionViewItem, index: Index
    ) -> tuple[ShapedTexts, tuple[int, int, int, int]]:
        """The shaped texts in the view's font, and the text element's margins in a cell."""
        texts, margins = self._texts, self._margins
        if texts is None or margins is None:
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            (inner, self._text_margin), rect = text_element(self._view, opt), opt.rect
            margins = self._margins = (
                inner.left() - rect.left(), inner.top() - rect.top(),
                inner.right() - rect.right(), inner.bottom() - rect.bottom(),
            )
            texts = self._texts = ShapedTexts(option.font)
        return texts, margins

    def pen(self, option: QStyleOptionViewItem, state: int) -> QColor:
        """The text colour of an unselected cell in `state` (by its palette group)."""
        group = state & _GROUP_BITS
        colour = self._pens.get(group)
        if colour is None:
            colour = self._pens[group] = option.palette.color(text_colour_role(option), _TEXT)
        return colour

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        state = option.state.value
        if not self.fast(state):
            super().paint(painter, option, index)
            return
        text = self._cell_text(index.row(), index.column())
        if not text:
            return
        texts, (left, top, right, bottom) = self.shared(option, index)
        margin = self._text_margin
        rect = option.rect.adjusted(left + margin, top, right - margin, bottom)
        elide = self._elide if self._elide is not None else option.textElideMode
        shaped = texts.get(text, rect.width(), elide)
        painter.setFont(texts.font)
        painter.setPen(self.pen(option, state))
        draw_shaped(painter, shaped, texts.line_height, rect, self.right_aligned(index))

    def right_aligned(self, index: Index) -> bool:
        """True if the model aligns `index`'s column to the right (the same for its rows)."""
        column = index.column()
        right = self._right.get(column)
        if right is None:
            alignment = index.data(Qt.ItemDataRole.TextAlignmentRole)
            flags = int(alignment) if alignment is not None else 0
            right = self._right[column] = bool(flags & Qt.AlignmentFlag.AlignRight.value)
        return right


__all__ = [
    "FontTexts",
    "PlainCellDelegate",
    "ShapedTexts",
    "draw_shaped",
    "model_text",
    "text_colour_role",
    "text_element",
]
