"""`mxpolicy-gui self-test` (or `--self-test`): prove an install works, without a person.

Runs the same code paths a person would (read-only store, the real window painted offscreen,
search, CSV and PDF export) and prints one line per check. Used by CI against the frozen
binary, and by users who want to know whether a broken install is the app or their machine.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from mxpolicy_gui import APP_NAME, __version__
from mxpolicy_gui.cli.exit_codes import ExitCode
from mxpolicy_gui.vocabulary import Kind

KNOWN_SEARCH = ("jovenes", "jovenes-construyendo-el-futuro")


_HELP = (
    "check the database, the window, search and exports without a person; prints one line "
    "per check and exits non-zero on any failure"
)
_DESCRIPTION = (
    "Check the database, the window (painted offscreen), search and the CSV and PDF exports, "
    "printing one line per check. Exit status 0 if all pass, 1 otherwise. "
    "`mxpolicy-gui --self-test` is the same."
)


def add_self_test_command(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
) -> argparse.ArgumentParser:
    """Add the `self-test` command to the top-level parser's subcommands."""
    parser = subparsers.add_parser("self-test", help=_HELP, description=_DESCRIPTION)
    parser.add_argument(
        "--db", type=Path, metavar="PATH", default=argparse.SUPPRESS,
        help="check this policy database instead of the bundled one",
    )
    return parser


class _Checks:
    def __init__(self) -> None:
        self.failures = 0

    def run(self, name: str, check: Callable[[], str]) -> bool:
        started = time.perf_counter()
        try:
            detail = check()
        except Exception as exc:
            self.failures += 1
            print(f"FAIL  {name}: {type(exc).__name__}: {exc}")
            if os.environ.get("MXPOLICY_SELFTEST_TRACEBACK"):
                traceback.print_exc()
            return False
        ms = (time.perf_counter() - started) * 1000
        print(f"ok    {name}: {detail} ({ms:.0f} ms)")
        return True


def run_self_test(db: Path | None = None) -> ExitCode:
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from mxpolicy_gui.paths import default_db_path, is_frozen

    path = db or default_db_path()
    print(
        f"{APP_NAME} {__version__} self-test ({'frozen' if is_frozen() else 'source'}); "
        f"database {path}"
    )
    checks = _Checks()
    state: dict = {}

    def open_store() -> str:
        from mxpolicy_gui.store import Store

        before = path.stat().st_mtime_ns
        store = Store(path)
        state["store"] = store
        counts = store.info().counts
        if counts != {Kind.INNOVATION: 12, Kind.REFORM: 13}:
            raise AssertionError(f"expected 12 innovations and 13 reforms, found {counts}")
        try:
            store._conn.execute("CREATE TABLE selftest_probe (x)")
        except Exception:
            pass
        else:
            raise AssertionError("the database accepted a write; it must be read-only")
        if path.stat().st_mtime_ns != before:
            raise AssertionError("the database file changed on open")
        return "read-only; 12 innovations, 13 reforms"

    if not checks.run("database", open_store):
        print("self-test FAILED: the database cannot be used; the remaining checks need it")
        return ExitCode.ERROR
    store = state["store"]

    def fonts() -> str:
        from PySide6.QtGui import QFont, QFontMetrics

        from mxpolicy_gui.app import make_application

        make_application()
        metrics = QFontMetrics(QFont())
        # inFontUcs4: PySide6 6.12 turns a non-ASCII str into the wrong QChar for inFont().
        missing = [ch for ch in "áéíóúñÑ–" if not metrics.inFontUcs4(ord(ch))]
        if missing:
            raise AssertionError(f"the UI font cannot draw {''.join(missing)}")
        return f"UI font {QFont().family()!r} draws áéíóúñ"

    def window() -> str:
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from mxpolicy_gui.app import build_main_window

        settings_dir = tempfile.mkdtemp(prefix="mxpolicy-selftest-")
        settings = QSettings(str(Path(settings_dir) / "s.ini"), QSettings.Format.IniFormat)
        win = build_main_window(store, settings, open_url=lambda url: None)
        win.resize(1280, 800)
        win.show()
        for _ in range(5):
            QApplication.processEvents()
        image = win.grab().toImage()
        state["window"] = win
        rows = win.tabs[0].model.rowCount()
        if rows != 12 or image.isNull() or image.width() < 100:
            raise AssertionError(f"window painted {image.width()}×{image.height()}, {rows} rows")
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 37)
            for y in range(0, image.height(), 29)
        }
        if len(colours) < 4:
            raise AssertionError("the window painted blank")
        return f"painted {image.width()}×{image.height()} with {rows} rows"

    def search() -> str:
        text, expected = KNOWN_SEARCH
        tab = state["window"].tabs[0]
        tab.search.setText(text)
        tab.apply_query()
        ids = [tab.model.row_record(r).id for r in range(tab.model.rowCount())]
        if ids != [expected]:
            raise AssertionError(f"search {text!r} found {ids}")
        figures = tab.detail.figures_model.rowCount()
        return f"{text!r} finds {expected} ({figures} figures in the detail pane)"

    tmp = Path(tempfile.mkdtemp(prefix="mxpolicy-selftest-"))

    def export_csv() -> str:
        from mxpolicy_gui.export.run import export_to_path
        from mxpolicy_gui.store import PolicyQuery

        target = tmp / "all.csv"
        count = export_to_path(store, PolicyQuery(), target, "csv")
        with target.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
        names = {r["name_es"] for r in rows}
        if count != 25 or len(rows) != 25 or "Jóvenes Construyendo el Futuro" not in names:
            raise AssertionError(f"CSV read back {len(rows)} rows")
        return f"{len(rows)} rows, {target.stat().st_size:,} bytes, accents intact"

    def export_pdf() -> str:
        from mxpolicy_gui.export.run import export_to_path
        from mxpolicy_gui.store import PolicyQuery

        target = tmp / "reforms.pdf"
        count = export_to_path(store, PolicyQuery(kind=Kind.REFORM), target, "pdf")
        data = target.read_bytes()
        if count != 13 or not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
            raise AssertionError(f"PDF of {len(data)} bytes is not complete")
        return f"{count} records, {len(data):,} bytes"

    checks.run("fonts", fonts)
    if checks.run("window", window):
        checks.run("search", search)
    def spanish() -> str:
        from PySide6.QtCore import QCoreApplication

        from mxpolicy_gui.i18n import install_language

        try:
            install_language("es")
            ours = QCoreApplication.translate("MainWindow", "&File")
            qt = QCoreApplication.translate("QPlatformTheme", "Cancel")
        finally:
            install_language("en")
        if (ours, qt) != ("&Archivo", "Cancelar"):
            raise AssertionError(f"Spanish catalogues not loaded: {ours!r}, {qt!r}")
        return f"our catalogue and Qt's load ({ours.replace('&', '')}, {qt})"

    checks.run("csv export", export_csv)
    checks.run("pdf export", export_pdf)
    checks.run("spanish", spanish)
    if "window" in state:
        state["window"].close()
    store.close()
    if checks.failures:
        print(f"self-test FAILED: {checks.failures} check(s) failed")
        return ExitCode.ERROR
    print("self-test passed")
    return ExitCode.OK


if __name__ == "__main__":
    sys.exit(run_self_test())
