"""Column widths for the policy table: by content and by what matters.

A stretched Name column took every spare pixel at 1920 px while Sector and Agency stayed cut,
and shrank to four letters at 1024 px. Here every other column gets what its content needs
(capped, so one long agency list cannot take the table), Name keeps a readable minimum and
takes what is left, and when space is short the others give way first, down to their headers.
Widths follow the unfiltered rows, so they do not jump while the person types. Once the person
drags a column edge, their widths stand until Reset column widths.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTableView

from mxpolicy_gui.views.cell_text import PlainCellDelegate

#: Name never gets narrower than this many average characters (if the window allows it).
NAME_MIN_CHARS = 20
#: Name gets space up to this width before other columns grow past their headers.
NAME_GOOD_CHARS = 34
#: Other columns never take more than this many average characters by their content alone.
CONTENT_CAP_CHARS = 30
#: Rows whose cells set a column's width beyond those on screen (0: the rows on screen).
ROWS_MEASURED = 0


class _ElideMiddle(PlainCellDelegate):
    """Name elides in the middle (both ends of a long name tell it apart); the other columns
    (lists of sectors and agencies) elide at the end, where the least important item is."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table, elide=Qt.TextElideMode.ElideMiddle)

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class ColumnFitter(QObject):
    def __init__(
        self, table: QTableView, name_column: int, fixed: tuple[int, ...] = ()
    ) -> None:
        super().__init__(table)
        self.table = table
        self.name_column = name_column
        #: Columns that never shrink below their content (short, and useless when cut).
        self.fixed = fixed
        #: False once the person has sized columns by hand (kept in their settings).
        self.auto = True
        self._fitting = False
        #: A fit asked for while the table was hidden, done when it is shown.
        self._pending = False
        self._content: dict[int, int] = {}
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setItemDelegate(PlainCellDelegate(table))  # texts shaped once, not every paint
        table.setItemDelegateForColumn(name_column, _ElideMiddle(table))
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(header.ResizeMode.Interactive)
        # Measure the rows on screen only: by default Qt measures up to 1,000 rows, every cell
        # a call into the Python model, which showed in the time to first paint. Qt measures
        # a column's cells by the *vertical* header's precision, and every row when the table
        # is hidden, so a hidden table is not measured at all (`fit` waits for it to show).
        header.setResizeContentsPrecision(0)
        table.verticalHeader().setResizeContentsPrecision(ROWS_MEASURED)
        header.sectionResized.connect(self._section_resized)
        table.viewport().installEventFilter(self)
        table.model().modelReset.connect(self._model_reset)

    def _model_reset(self) -> None:
        """Widths follow the first rows shown (a hidden table's, when it is shown)."""
        if not self._content and self.table.model().rowCount():
            self.fit()

    def _section_resized(self, *_args) -> None:
        if not self._fitting and QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton:
            self.auto = False  # the person is dragging an edge

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize and self.auto:
            self.fit()
        elif kind == QEvent.Type.Show and self._pending:
            self.fit(force=True)
        return False

    def reset(self) -> None:
        """Back to automatic widths (View ▸ header menu ▸ Reset column widths)."""
        self.auto = True
        self._content = {}
        self.fit(force=True)

    def content_width(self, column: int) -> int:
        """What the column's cells and header need, measured once on the rows shown first."""
        if column not in self._content:
            header = self.table.horizontalHeader()
            header_w = header.sectionSizeFromContents(column).width()
            cells = self.table.sizeHintForColumn(column) if self.table.model().rowCount() else 0
            if self.table.model().rowCount():
                self._content[column] = max(header_w, cells)
            else:
                return max(header_w, cells)
        return self._content[column]

    def _header_text(self, column: int) -> int:
        """Just the header's words, without room for a sort arrow: the least a column gets."""
        text = str(self.table.model().headerData(column, Qt.Orientation.Horizontal) or "")
        return self.table.horizontalHeader().fontMetrics().horizontalAdvance(text) + 12

    def widths(self, available: int) -> dict[int, int]:
        """The width of every shown column for a viewport `available` pixels wide."""
        header = self.table.horizontalHeader()
        char = self.table.fontMetrics().averageCharWidth()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        others = [c for c in shown if c != self.name_column]
        content = {c: self.content_width(c) for c in others}
        floor = {c: content[c] if c in self.fixed else self._header_text(c) for c in others}
        want = {c: max(floor[c], min(content[c], CONTENT_CAP_CHARS * char)) for c in others}
        if self.name_column not in shown:
            return want
        name_min = NAME_MIN_CHARS * char
        name_need = max(name_min, self.content_width(self.name_column))
        widths = dict(floor)
        name = name_min
        spare = available - sum(floor.values()) - name_min
        # Spare pixels go, in turn: to Name up to a comfortable width, to the other columns
        # up to their (capped) content, to Name up to its content, to the others' full
        # content, and whatever is still left to Name.
        name_steps = (min(name_need, NAME_GOOD_CHARS * char), name_need)
        for step in range(2):
            grow = max(0, min(spare, name_steps[step] - name))
            name += grow
            spare -= grow
            target = want if step == 0 else content
            deficit = {c: max(0, target[c] - widths[c]) for c in others}
            total = sum(deficit.values())
            if total and spare > 0:
                share = min(1.0, spare / total)
                for c in others:
                    given = int(deficit[c] * share)
                    widths[c] += given
                    spare -= given
        widths[self.name_column] = name + max(0, spare)
        return widths

    def fit(self, *, force: bool = False) -> None:
        if not (self.auto or force):
            return
        if not self.table.isVisible():  # measured on the rows shown, when they are
            self._pending = True
            return
        self._pending = False
        header = self.table.horizontalHeader()
        self._fitting = True
        try:
            for column, width in self.widths(self.table.viewport().width()).items():
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._fitting = False
