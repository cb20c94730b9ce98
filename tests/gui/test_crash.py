"""An unexpected exception shows a dialog with a copyable report and writes it to the log."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QApplication

from mxpolicy_gui.crash import CrashHandler


@pytest.fixture
def handler(tmp_path, monkeypatch, qapp):
    monkeypatch.setenv("MXPOLICY_LOG_DIR", str(tmp_path / "logs"))
    old_hook = sys.excepthook
    yield CrashHandler()
    sys.excepthook = old_hook


def raise_and_handle(handler: CrashHandler) -> None:
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        handler(*sys.exc_info())


def test_report_written_and_dialog_shown(handler, tmp_path, capsys):
    raise_and_handle(handler)
    path = handler.reports[-1]
    assert path is not None and path.parent == tmp_path / "logs"
    text = path.read_text(encoding="utf-8")
    assert "RuntimeError: boom in a slot" in text and "crash report" in text
    box = handler.dialogs[-1]
    assert box.isVisible()
    assert box.detailedText() == text, "the dialog's details are the same copyable report"
    assert str(path) in box.text()
    box.close()
    assert "boom in a slot" in capsys.readouterr().err


def test_unwritable_log_folder_still_shows_the_dialog(handler, tmp_path, monkeypatch):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    monkeypatch.setenv("MXPOLICY_LOG_DIR", str(blocker / "logs"))
    raise_and_handle(handler)
    assert handler.reports[-1] is None
    assert "could not be saved" in handler.dialogs[-1].text()
    handler.dialogs[-1].close()


def test_installed_hook_catches_exceptions_from_qt_slots(handler, qtbot):
    from PySide6.QtCore import QTimer

    handler.install()
    assert sys.excepthook is handler

    def slot():
        raise ValueError("raised inside a Qt slot")

    with qtbot.capture_exceptions() as captured:
        QTimer.singleShot(0, slot)
        qtbot.wait(50)
    # pytest-qt intercepts slot exceptions in tests; hand them to the hook as Qt would.
    for exc_info in captured:
        handler(*exc_info)
    assert handler.reports and "raised inside a Qt slot" in handler.reports[-1].read_text()
    for box in handler.dialogs:
        box.close()
    QApplication.processEvents()
