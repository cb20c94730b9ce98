"""A real main window over the real database, with settings in a temporary file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from mxpolicy_gui.app import build_main_window


class UrlRecorder:
    def __init__(self) -> None:
        self.opened: list[str] = []

    def __call__(self, url) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def settings_path(tmp_path):
    return tmp_path / "settings.ini"


@pytest.fixture
def opened_urls() -> UrlRecorder:
    return UrlRecorder()


@pytest.fixture
def make_window(qtbot, store, settings_path, opened_urls):
    def make():
        settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
        window = build_main_window(store, settings, open_url=opened_urls)
        qtbot.addWidget(window)
        # The detail pane and the facet counts come just after the first paint.
        with qtbot.waitSignal(window.firstPainted, timeout=10_000):
            window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        return window

    return make


@pytest.fixture
def window(make_window):
    return make_window()
