"""The garbage collector paused for the start comes back at the first paint, with what the
start made frozen out of its passes (a full pass over it held up a keystroke)."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QSettings

from mxpolicy_gui.app import build_main_window, collect_after_first_paint


@pytest.fixture
def paused_window(qtbot, store, tmp_path):
    """A window built with the collector paused, as `cli.main` starts the app."""
    gc.unfreeze()
    gc.disable()
    try:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = build_main_window(store, settings, open_url=lambda url: None)
        qtbot.addWidget(window)
        collect_after_first_paint(window)
        assert not gc.isenabled()
        yield window
    finally:
        gc.unfreeze()
        gc.enable()


def test_the_collector_resumes_at_the_first_paint_without_the_start_objects(
    qtbot, paused_window
):
    with qtbot.waitSignal(paused_window.firstPainted, timeout=10_000):
        paused_window.show()
    assert gc.isenabled()
    assert gc.get_freeze_count() > 1000  # the window's objects, out of the passes
    assert gc.collect() >= 0  # collecting still works for what comes later


def test_a_window_that_is_never_painted_still_gets_the_collector_back(qtbot, paused_window):
    qtbot.waitUntil(gc.isenabled, timeout=5000)  # GC_PAUSE_MAX_MS
