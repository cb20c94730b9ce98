"""The timeline's background and axis: presidential terms, month/year grid, today's line.
A mixin of the painter (`paint._Painter`), split out to keep modules small; what it reads
from the painter is declared in `paint_context`."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QPen

from mxpolicy_gui.store.timeline import date_of
from mxpolicy_gui.timeline.layout import AXIS_H, tick_months
from mxpolicy_gui.timeline.paint_context import PaintContext


class AxisPainting(PaintContext):
    # -- background --------------------------------------------------------------------------

    def terms(self) -> None:
        p = self.p
        today = self.layout.data.today
        p.setFont(self.small)
        for i, term in enumerate(self.layout.data.terms):
            x0, x1 = self.scale.x(term.start_day), self.scale.x(term.end_day(today) + 1)
            if x1 < self.rect.left() or x0 > self.rect.right():
                continue
            band = QRectF(x0, self.rect.top(), x1 - x0, self.rect.height())
            p.fillRect(band, self.c.terms[i % 2])
            visible = band.intersected(self.rect)
            label_rect = QRectF(visible.left() + 4, self.rect.top() + 2, visible.width() - 8,
                                self.fm_small.height())
            text = self.fm_small.elidedText(term.president, Qt.TextElideMode.ElideRight,
                                            label_rect.width())
            p.setPen(self.c.muted)
            p.drawText(label_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)

    def _ticks(self) -> list[tuple[float, dt.date, bool]]:
        """(x, date, is a year start) for each tick in view."""
        months = tick_months(self.scale.px_per_day)
        first, last = date_of(self.day_from), date_of(self.day_to)
        index = (first.year * 12 + first.month - 1) // months * months
        found = []
        while True:
            year, month = divmod(index, 12)
            if year > last.year + 1:
                break
            d = dt.date(year, month + 1, 1)
            found.append((self.scale.x(d.toordinal()), d, month == 0))
            index += months
        return found

    def grid(self) -> None:
        self.p.setPen(QPen(self.c.grid, 1))
        for x, _d, _year in self._ticks():
            self.p.drawLine(QPointF(x, self.rect.top() + AXIS_H), QPointF(x, self.rect.bottom()))

    def axis(self) -> None:
        p = self.p
        band = QRectF(self.rect.left(), self.rect.top() + self.fm_small.height() + 2,
                      self.rect.width(), AXIS_H - self.fm_small.height() - 2)
        p.setPen(QPen(self.c.grid, 1))
        p.drawLine(QPointF(band.left(), band.bottom()), QPointF(band.right(), band.bottom()))
        p.setFont(self.font)
        p.setPen(self.c.text)
        locale = QLocale()
        months = tick_months(self.scale.px_per_day)
        for x, d, year_start in self._ticks():
            if months >= 12 or year_start:
                text = str(d.year)
            else:
                text = locale.monthName(d.month, QLocale.FormatType.ShortFormat)
            p.drawLine(QPointF(x, band.bottom() - 4), QPointF(x, band.bottom()))
            if x < self.rect.left():
                continue  # its label would show cut
            p.drawText(QRectF(x + 3, band.top(), 80, band.height() - 2),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    def today(self, body: QRectF) -> None:
        x = self.scale.x(self.layout.data.today)
        pen = QPen(self.c.link, 1.2, Qt.PenStyle.DashLine)
        self.p.setPen(pen)
        self.p.drawLine(QPointF(x, body.top()), QPointF(x, body.bottom()))
