"""Run an export as a background task with a cancellable progress dialog.

The window stays responsive; the job (injected by `app.py`) opens its own read-only store in
the task's thread (`background.BackgroundJobs`), because SQLite connections are not shared
between threads. Failures come back as one message for a dialog; the writers guarantee an
existing file is left untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QWidget

from mxpolicy_gui.background import BackgroundJobs, Task
from mxpolicy_gui.export.errors import ExportCancelled, ExportError
from mxpolicy_gui.formatting import display_locale
from mxpolicy_gui.store.errors import StoreError
from mxpolicy_gui.store.query import PolicyQuery

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog


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


class ExportController(QObject):
    """Starts one export at a time; emits `done(message)` for the status bar."""

    done = Signal(str)
    finished = Signal()
    #: The file written, after a successful export (the window offers to open it).
    exported = Signal(object)

    def __init__(self, job: ExportJob, jobs: BackgroundJobs, parent: QWidget) -> None:
        super().__init__(parent)
        #: What writes a file (`export.run`); tests wrap it to press Cancel mid-write.
        self.job = job
        self._jobs = jobs
        self._parent = parent
        self.task_thread: QThread | None = None
        self.worker: Task | None = None
        self.dialog: QProgressDialog | None = None
        self.last_error: str | None = None

    def busy(self) -> bool:
        return self.task_thread is not None

    def start(self, request: ExportRequest) -> None:
        if self.busy():
            return
        self.last_error = None
        from PySide6.QtWidgets import QProgressDialog  # (made on first use, as the box below)

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
        job = self.job
        worker = Task(
            lambda progress, cancelled: job(request, progress, cancelled),
            stops=(ExportCancelled,),
            expected=(ExportError, StoreError),
            unexpected=QCoreApplication.translate(
                "ExportWorker", "The export failed unexpectedly ({error})."
            ),
        )
        # Bound slots of this main-thread object, so results arrive queued on the GUI thread.
        worker.progressed.connect(self._progress)
        worker.succeeded.connect(self._succeeded)
        worker.failed.connect(self._failed)
        worker.cancelled.connect(self._cancelled)
        dialog.canceled.connect(worker.cancel, Qt.ConnectionType.DirectConnection)
        self.request = request
        self.worker = worker
        self.task_thread = self._jobs.start(worker)

    @Slot(object)
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
        from PySide6.QtWidgets import QMessageBox

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
        if self.worker is not None:
            self._jobs.finish(self.worker)
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
        self.task_thread = self.worker = self.dialog = None
        self.done.emit(message)
        self.finished.emit()
