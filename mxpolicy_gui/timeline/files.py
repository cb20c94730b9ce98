"""The timeline as an SVG or PNG file: the same painter as the window, on a generator or an
image, the whole height of the lanes at the width and zoom the person sees."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter

Paint = Callable[[QPainter, QRectF], None]


def write_svg(path: str | Path, size: QSize, paint: Paint) -> None:
    from PySide6.QtSvg import QSvgGenerator

    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(QCoreApplication.translate("Timeline", "Mexican public policy timeline"))
    painter = QPainter(generator)
    paint(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()


def write_png(path: str | Path, size: QSize, paint: Paint, scale: float = 2.0,
              background: QColor | None = None) -> None:
    """A PNG at `scale` × the logical size (sharp on high-density screens and in print)."""
    image = QImage(
        QSize(math.ceil(size.width() * scale), math.ceil(size.height() * scale)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.fill(background if background is not None else QColor(255, 255, 255))
    painter = QPainter(image)
    painter.scale(scale, scale)
    paint(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    if not image.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
