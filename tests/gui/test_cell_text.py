"""The table's cells painted from kept shaped texts look exactly as Qt's own delegate paints
them: the same pixels, selected and focused rows included (they still go through Qt)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QStyledItemDelegate

from mxpolicy_gui.models.policy_table import COL_NAME
from mxpolicy_gui.store.matching import match_spans
from mxpolicy_gui.views.cell_text import PlainCellDelegate
from mxpolicy_gui.views.match_delegate import MARK_BACKGROUND, MARK_FOREGROUND, draw_marked_line


def _grab(qtbot, tab) -> QImage:
    viewport = tab.table.viewport()
    viewport.repaint()
    qtbot.waitUntil(lambda: not tab.table.itemDelegateForColumn(COL_NAME).snippets_pending())
    viewport.repaint()
    return viewport.grab().toImage()


def _search(qtbot, window, text: str) -> None:
    window.search_bar.set_text(text)
    qtbot.wait(10)


def test_plain_cells_paint_the_pixels_qt_paints(qtbot, window):
    tab = window.tabs[1]
    window.tabs_widget.setCurrentWidget(tab)
    tab.select_row(2)
    tab.table.setFocus()
    qtbot.waitUntil(tab.table.hasFocus)
    assert isinstance(tab.table.itemDelegate(), PlainCellDelegate)
    ours = _grab(qtbot, tab)
    kept = tab.table.itemDelegate()
    name = tab.table.itemDelegateForColumn(COL_NAME)
    qt = QStyledItemDelegate(tab.table)
    tab.table.setItemDelegate(qt)
    tab.table.setItemDelegateForColumn(COL_NAME, qt)
    theirs = tab.table.viewport().grab().toImage()
    tab.table.setItemDelegate(kept)
    tab.table.setItemDelegateForColumn(COL_NAME, name)
    assert not ours.isNull()
    assert ours == theirs


def test_marked_names_paint_the_pixels_of_the_style_path(qtbot, window, monkeypatch):
    tab = window.tabs[0]
    delegate = window.search_bar.delegates[tab.kind]
    for text in ("AMLO", "energía", "pro"):
        _search(qtbot, window, text)
        assert delegate.terms()
        tab.select_row(1)
        fast = _grab(qtbot, tab)
        with monkeypatch.context() as patch:  # every cell through the style, as before
            patch.setattr(delegate, "fast", lambda _state: False)
            slow = _grab(qtbot, tab)
        assert fast == slow, text


def _marked_line_with_draw_text(painter, text, terms, font, rect, colour) -> None:
    """What `draw_marked_line` drew before its texts were kept: `drawText` and `fillRect`."""
    metrics = QFontMetrics(font)
    rect = QRect(
        rect.left(), rect.top() + (rect.height() - metrics.height()) // 2,
        rect.width(), metrics.height(),
    )
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(rect.width(), 0))
    spans = match_spans(shown, terms)
    painter.setFont(font)
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for start, end in spans:
        left = rect.left() + metrics.horizontalAdvance(shown[:start])
        width = metrics.horizontalAdvance(shown[start:end])
        painter.fillRect(QRect(left, rect.top(), width, rect.height()), MARK_BACKGROUND)
    painter.setPen(colour)
    painter.drawText(rect, flags, shown)
    painter.setPen(MARK_FOREGROUND)
    for start, end in spans:
        left = rect.left() + metrics.horizontalAdvance(shown[:start])
        width = metrics.horizontalAdvance(shown[start:end])
        painter.drawText(QRect(left, rect.top(), width + 2, rect.height()), flags, shown[start:end])


def test_kept_marked_lines_paint_what_draw_text_painted(qapp):
    font = QFont(qapp.font())
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * 0.88)
    lines = [
        ("Programa de Energía Renovable para Jóvenes Construyendo el Futuro", ("energ", "jov")),
        ("Administration: López Obrador (2018–2024), transparencia y rendición", ("lopez",)),
        ("Niñas y niños: educación básica", ("ninas", "edu")),
        ("short", ("sh",)),
    ]
    for line_font in (font, small):
        for width in (60, 180, 400):
            for text, terms in lines:
                images = []
                for draw in (draw_marked_line, _marked_line_with_draw_text):
                    image = QImage(420, 40, QImage.Format.Format_ARGB32_Premultiplied)
                    image.fill(QColor("white"))
                    painter = QPainter(image)
                    draw(painter, text, terms, line_font, QRect(4, 3, width, 30), QColor("#333"))
                    painter.end()
                    images.append(image)
                assert images[0] == images[1], (text, width)
