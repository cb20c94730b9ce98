"""The bundled database is never written: its bytes are identical after a full GUI session
(searching, filtering, sorting, selecting, exporting) and after command-line exports."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QSettings, Qt

from mxpolicy_gui.app import build_main_window
from mxpolicy_gui.models.policy_table import COL_NAME
from mxpolicy_gui.store import Store
from tests.helpers import DB_PATH


def digest() -> str:
    return hashlib.sha256(DB_PATH.read_bytes()).hexdigest()


def test_full_session_and_exports_leave_the_bundled_file_unchanged(qtbot, tmp_path):
    before = digest()
    mtime = DB_PATH.stat().st_mtime_ns
    store = Store(DB_PATH)
    window = build_main_window(
        store, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
        open_url=lambda url: None,
    )
    qtbot.addWidget(window)
    window.show()
    for index, tab in enumerate(window.tabs):
        window.tabs_widget.setCurrentIndex(index)
        for text in ("energ", "jóvenes", "reforma", ""):
            tab.search.setText(text)
            tab.apply_query()
        tab.refresh_facets()
        status = tab.facet_panel.models["status"]
        status.setData(status.index(0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
        tab.table.sortByColumn(COL_NAME, Qt.SortOrder.DescendingOrder)
        tab.facet_panel.clear()
        tab.table.selectAll()
        for ext in ("csv", "pdf"):
            target = tmp_path / f"tab{index}.{ext}"
            window.choose_export_path = lambda suggested, t=target: (t, False)
            with qtbot.waitSignal(window.exporter.finished, timeout=30000):
                window.export_selection()
            assert target.stat().st_size > 0
    window.close()
    store.close()

    from mxpolicy_gui.cli import main

    assert main(["export", "--format", "csv", "--output", str(tmp_path / "cli.csv")]) == 0
    assert main(["--self-test"]) == 0
    assert digest() == before
    assert DB_PATH.stat().st_mtime_ns == mtime
    assert not list(DB_PATH.parent.glob("policy.db-*")), "no journal or WAL files beside it"
