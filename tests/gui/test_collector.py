"""The garbage collector paused for the start comes back at the first paint, with what the
start made frozen out of its passes (a full pass over it held up a keystroke)."""

from __future__ import annotations

import gc

from PySide6.QtCore import QSettings

from mxpolicy_gui.app import build_main_window, collect_after_first_paint


def test_the_collector_resumes_at_the_first_paint_without_the_start_objects(
    qtbot, store, tmp_path
):
    gc.unfreeze()
    gc.disable()
    try:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = build_main_window(store, settings, open_url=lambda url: None)
        qtbot.addWidget(window)
        collect_after_first_paint(window)
        assert not gc.isenabled()
        with qtbot.waitSignal(window.firstPainted, timeout=10_000):
            window.show()
        assert gc.isenabled()
        assert gc.get_freeze_count() > 1000  # the window's objects, out of the passes
        assert gc.collect() >= 0  # collecting still works for what comes later
    finally:
        gc.unfreeze()
        gc.enable()


def test_a_window_that_is_never_painted_still_gets_the_collector_back(qtbot, store, tmp_path):
    gc.unfreeze()
    gc.disable()
    try:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = build_main_window(store, settings, open_url=lambda url: None)
        qtbot.addWidget(window)
        collect_after_first_paint(window)
        qtbot.waitUntil(gc.isenabled, timeout=5000)  # GC_PAUSE_MAX_MS
    finally:
        gc.unfreeze()
        gc.enable()
