"""The bundled DejaVu fonts, registered once per application."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo

from mxpolicy_gui.fonts import ensure_fonts


def test_registers_dejavu_once(qapp):
    family = ensure_fonts()
    assert family == "DejaVu Sans"
    before = len(QFontDatabase.families())
    assert ensure_fonts() == family
    assert len(QFontDatabase.families()) == before
    assert QFontInfo(QFont(family)).family() == family
    bold = QFont(family)
    bold.setBold(True)
    assert QFontDatabase.isSmoothlyScalable(family, QFontDatabase.styleString(bold))


def test_needs_a_gui_application():
    code = (
        "from mxpolicy_gui.fonts import ensure_fonts\n"
        "try:\n    ensure_fonts()\nexcept RuntimeError as e:\n    print(e)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=Path(__file__).resolve().parents[2], timeout=60)
    assert "needs a QGuiApplication" in result.stdout
