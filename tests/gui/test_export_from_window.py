"""File ▸ Export from the real window: selection, all shown, cancel, failure, print preview."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt

from tests.helpers import select_rows


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def wait_export(qtbot, window) -> None:
    with qtbot.waitSignal(window.exporter.finished, timeout=20000):
        pass


def test_ctrl_e_exports_exactly_the_selection(qtbot, window, tmp_path):
    target = tmp_path / "selection.csv"
    window.choose_export_path = lambda suggested: (target, False)
    tab = window.tabs[0]
    select_rows(qtbot, tab, [0, 3, 5])
    with qtbot.waitSignal(window.exporter.finished, timeout=20000):
        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    rows = read_csv(target)
    assert [r["id"] for r in rows] == tab.selected_ids()
    assert len(rows) == 3
    assert "Exported 3 rows" in window.statusBar().currentMessage()


def test_export_all_shown_follows_search(qtbot, window, tmp_path):
    target = tmp_path / "shown.pdf"
    window.choose_export_path = lambda suggested: (target, False)
    tab = window.tabs[1]
    window.tabs_widget.setCurrentIndex(1)
    tab.search.setText("energía")
    tab.apply_query()
    with qtbot.waitSignal(window.exporter.finished, timeout=30000):
        window.export_shown()
    assert target.read_bytes().startswith(b"%PDF-")


def test_figures_csv_from_the_window(qtbot, window, tmp_path):
    target = tmp_path / "figures.csv"
    window.choose_export_path = lambda suggested: (target, True)
    tab = window.tabs[0]
    tab.search.setText("jovenes")
    tab.apply_query()
    with qtbot.waitSignal(window.exporter.finished, timeout=20000):
        window.export_shown()
    rows = read_csv(target)
    assert any(r["value"] == "4310" and r["currency"] == "MXN" for r in rows)


def test_cancelled_dialog_leaves_nothing(qtbot, window, tmp_path):
    window.choose_export_path = lambda suggested: None
    before = sorted(tmp_path.iterdir())
    window.export_shown()
    assert not window.exporter.busy()
    assert sorted(tmp_path.iterdir()) == before


def test_unwritable_target_shows_a_message_not_a_traceback(qtbot, window, tmp_path):
    target = tmp_path / "missing-folder" / "x.csv"
    window.choose_export_path = lambda suggested: (target, False)
    with qtbot.waitSignal(window.exporter.finished, timeout=20000):
        window.export_shown()
    assert window.exporter.last_error
    assert "Traceback" not in window.exporter.last_error
    assert "missing-folder" in window.exporter.last_error or "folder" in window.exporter.last_error
    assert not target.exists()


def test_cancel_mid_export_keeps_the_old_file(qtbot, window, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "keep.pdf"
    target.write_bytes(b"old contents\n")
    window.choose_export_path = lambda suggested: (target, False)
    real_job = window.exporter.job
    polls = []

    def job(request, progress, cancelled):
        # The person presses Cancel while the writer is already running.
        def cancelled_mid_write() -> bool:
            polls.append(1)
            return len(polls) > 1

        return real_job(request, progress, cancelled_mid_write)

    window.exporter.job = job
    with qtbot.waitSignal(window.exporter.finished, timeout=20000):
        window.export_shown()
    assert len(polls) > 1, "the writer never checked for a cancel"
    assert target.read_bytes() == b"old contents\n"
    assert "cancelled" in window.statusBar().currentMessage()
    assert sorted(p.name for p in folder.iterdir()) == ["keep.pdf"]


def test_nothing_selected_explains(qtbot, window):
    tab = window.tabs[0]
    tab.table.clearSelection()
    window.export_selection()
    assert not window.exporter.busy()


def test_print_preview_renders_the_report(qtbot, window, tmp_path):
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "preview.pdf"))
    printer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                    __import__("PySide6.QtCore").QtCore.QMarginsF(15, 15, 15, 15),
                    QPageLayout.Unit.Millimeter)
    )
    pages = window.render_report(printer)
    Path(printer.outputFileName()).unlink(missing_ok=True)
    assert pages >= 2


def test_print_preview_stays_alive_while_events_run(qtbot, window):
    """The crash was a freed QPrinter under a live, non-modal preview: run events for 2 s."""
    import gc

    painted: list[int] = []
    original = window.render_report

    def counting(printer):
        pages = original(printer)
        painted.append(pages)
        return pages

    window.render_report = counting
    dialog = window.print_preview()
    gc.collect()
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: bool(painted), timeout=10_000)
    qtbot.wait(2000)
    assert painted[0] >= 1
    assert dialog.isVisible()
    dialog.close()
    qtbot.waitUntil(lambda: not window.preview_printers, timeout=5_000)


def test_closing_the_window_with_a_preview_open(qtbot, make_window):
    window = make_window()
    dialog = window.print_preview()
    qtbot.wait(500)
    assert dialog.isVisible()
    window.close()
    qtbot.wait(500)
    assert not window.isVisible()
