"""Widgets that follow a language switch through `follow_language`."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from mxpolicy_gui import i18n
from mxpolicy_gui.store.records import DatasetInfo
from mxpolicy_gui.views.export_notice import ExportNotice
from mxpolicy_gui.views.welcome import WelcomeBar


@pytest.fixture
def spanish_later(qapp):
    """Switch to Spanish when the test says so (widgets built in English first)."""
    yield lambda: i18n.install_language("es")
    i18n.install_language("en")


def test_export_notice_and_welcome_line_follow_a_language_switch(qtbot, tmp_path, spanish_later):
    notice = ExportNotice(open_url=lambda url: True)
    info = DatasetInfo("1", 3, "t", "CC BY 4.0", {"innovation": 12, "reform": 13}, "db")
    welcome = WelcomeBar(info, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    for widget in (notice, welcome):
        qtbot.addWidget(widget)
    notice.show_export(Path("policies.csv"))
    assert notice.open_file.text() == "Open file"
    spanish_later()
    qtbot.waitUntil(lambda: notice.open_file.text() == "Abrir archivo")
    assert notice.label.text() == "Exportado: policies.csv"
    assert welcome.close_button.accessibleName() == "Ocultar la línea de bienvenida"


def test_the_welcome_line_groups_large_counts_as_the_language_does(qtbot, tmp_path,
                                                                    spanish_later):
    info = DatasetInfo("1", 3, "t", "CC BY 4.0", {"innovation": 50104, "reform": 49896}, "db")
    welcome = WelcomeBar(info, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(welcome)
    assert welcome.text.text().startswith("50,104 public service innovations")
    assert "and 49,896 structural reforms" in welcome.text.text()
    spanish_later()  # Mexican Spanish groups thousands with a comma too
    qtbot.waitUntil(lambda: welcome.text.text().startswith("50,104 innovaciones"))
