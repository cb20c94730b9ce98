"""Render resources/icons/mxpolicy.svg into the PNG, .ico and .icns files the packages need.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

Run after changing the SVG; the outputs are committed so a build needs no extra tools. Qt writes
PNG and ICO itself; .icns (macOS) is a tiny container of PNGs, written here directly.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "mxpolicy.svg"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICNS_TYPES = {128: b"ic07", 256: b"ic08", 512: b"ic09"}


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in PNG_SIZES}
    icons = ROOT / "resources" / "icons"
    for size, image in images.items():
        image.save(str(icons / f"mxpolicy-{size}.png"))
    images[256].save(str(ROOT / "packaging" / "windows" / "mxpolicy.ico"), "ICO")
    entries = b"".join(
        kind + struct.pack(">I", 8 + len(png)) + png
        for size, kind in ICNS_TYPES.items()
        for png in [png_bytes(images[size])]
    )
    (ROOT / "packaging" / "macos" / "mxpolicy.icns").write_bytes(
        b"icns" + struct.pack(">I", 8 + len(entries)) + entries
    )
    print(f"wrote {len(images)} PNGs, mxpolicy.ico and mxpolicy.icns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
