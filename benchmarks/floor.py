"""The start-up floor: a bare PySide6 window with an empty table, and nothing else.

    QT_QPA_PLATFORM=offscreen python benchmarks/floor.py

Imports only PySide6, shows a 1280×800 main window whose central widget is an empty
QTableView, and reports the end of the table's first paint exactly as the app does under
MXPOLICY_BENCH_EXIT_AFTER_PAINT (a line `mxpolicy-first-paint <time.monotonic_ns()>`), then
quits. No app can start faster on this machine, so the app's start-up is reported as a ratio
of this.
"""

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

MARKER = "mxpolicy-first-paint"  # the same as mxpolicy_gui.app.BENCH_PAINT_MARKER


class Probe(QObject):
    def __init__(self, app: QApplication, parent: QObject) -> None:
        super().__init__(parent)
        self.app = app

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        print(f"{MARKER} {time.monotonic_ns()}", flush=True)
        self.app.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    table = QTableView()
    window.setCentralWidget(table)
    window.resize(1280, 800)
    table.viewport().installEventFilter(Probe(app, window))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
