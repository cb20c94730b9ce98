"""Run an export on a worker thread with a cancellable progress dialog.

The window stays responsive; the job (injected by `app.py`) opens its own read-only store in
the worker thread, because SQLite connections are not shared between threads. Failures come
back as one message for a dialog; the writers guarantee an existing file is left untouched.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from mxpolicy_gui.export.errors import ExportCancelled, ExportError
from mxpolicy_gui.formatting import display_locale
from mxpolicy_gui.store.errors import StoreError
from mxpolicy_gui.store.query import PolicyQuery

log = logging.getLogger(__name__)


def export_filters() -> tuple[str, str, str]:
    """The save dialog's filters: (CSV per policy, CSV of figures, PDF), in the interface's
    language (read when the dialog opens)."""
    return (
        QCoreApplication.translate("MainWindow", "CSV, one row per policy (*.csv)"),
        QCoreApplication.translate("MainWindow", "CSV, figures in long form (*.csv)"),
        QCoreApplication.translate("MainWindow", "PDF report (*.pdf)"),
    )


@dataclass(frozen=True)
class ExportRequest:
    query: PolicyQuery
    path: Path
    fmt: str
    figures: bool = False
    excel_compatible: bool = True
    expected: int = 0


#: (request, progress(n), cancelled()) -> rows written.
#: Raises ExportError, StoreError or ExportCancelled.
ExportJob = Callable[[ExportRequest, Callable[[int], None], Callable[[], bool]], int]


class ExportWorker(QObject):
    progressed = Signal(int)
    succeeded = Signal(int)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, job: ExportJob, request: ExportRequest) -> None:
        super().__init__()
        self._job = job
        self._request = request
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        try:
            count = self._job(self._request, self.progressed.emit, self._cancel.is_set)
        except ExportCancelled:
            self.cancelled.emit()
        except (ExportError, StoreError) as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a bug: report it, keep the window alive, log the trace
            log.exception("export failed")
            self.failed.emit(
                self.tr("The export failed unexpectedly ({error}).").format(
                    error=f"{type(exc).__name__}: {exc}"
                )
            )
        else:
            self.succeeded.emit(count)


class ExportController(QObject):
    """Starts one export at a time; emits `done(message)` for the status bar."""

    done = Signal(str)
    finished = Signal()
    #: The file written, after a successful export (the window offers to open it).
    exported = Signal(object)

    def __init__(self, job: ExportJob, parent: QWidget) -> None:
        super().__init__(parent)
        self._job = job
        self._parent = parent
        self.thread: QThread | None = None
        self.worker: ExportWorker | None = None
        self.dialog: QProgressDialog | None = None
        self.last_error: str | None = None

    def busy(self) -> bool:
        return self.thread is not None

    def start(self, request: ExportRequest) -> None:
        if self.busy():
            return
        self.last_error = None
        dialog = QProgressDialog(
            self.tr("Exporting to {name}…").format(name=request.path.name),
            self.tr("Cancel"),
            0,
            max(request.expected, 0),
            self._parent,
        )
        dialog.setWindowTitle(self.tr("Export"))
        dialog.setAccessibleName(self.tr("Export progress"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        self.dialog = dialog
        thread = QThread(self)
        worker = ExportWorker(self._job, request)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        # Bound slots of this main-thread object, so results arrive queued on the GUI thread.
        worker.progressed.connect(self._progress)
        worker.succeeded.connect(self._succeeded)
        worker.failed.connect(self._failed)
        worker.cancelled.connect(self._cancelled)
        dialog.canceled.connect(worker.cancel, Qt.ConnectionType.DirectConnection)
        self.request = request
        self.thread, self.worker = thread, worker
        thread.start()

    @Slot(int)
    def _succeeded(self, count: int) -> None:
        path = self.request.path
        done = (
            self.tr("Exported {count} rows to {path}")
            if self.request.fmt in ("csv", "pdf")
            else self.tr("Exported {count} citations to {path}")
        )
        self._finish(done.format(count=display_locale().toString(count), path=path))
        self.exported.emit(path)

    @Slot()
    def _cancelled(self) -> None:
        self._finish(
            self.tr("Export cancelled; {name} was not changed").format(
                name=self.request.path.name
            )
        )

    @Slot(int)
    def _progress(self, n: int) -> None:
        if self.dialog is not None and self.dialog.maximum() > 0:
            self.dialog.setValue(min(n, self.dialog.maximum()))

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.last_error = message
        self._finish(self.tr("Export failed: {message}").format(message=message))
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Export failed"),
            message,
            QMessageBox.StandardButton.Ok,
            self._parent,
        )
        box.setAccessibleName(self.tr("Export failed"))
        box.open()

    def _finish(self, message: str) -> None:
        if self.thread is not None:
            self.thread.quit()
            self.thread.wait()
            self.thread.deleteLater()
        if self.worker is not None:
            self.worker.deleteLater()
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
        self.thread = self.worker = self.dialog = None
        self.done.emit(message)
        self.finished.emit()
