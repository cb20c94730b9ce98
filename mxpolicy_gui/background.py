"""All work the app does off the GUI thread, and the one place that stops it.

Two kinds of work, one owner (`BackgroundJobs`, one per window):

- Store queries that may take a while (facet counts under a broad search touch every match:
  on the GUI thread they would freeze typing). `BackgroundStore` runs them on one worker
  thread with its own read-only `Store` (connections are not shared between threads), keeps
  only the newest job per key, and interrupts a running job when a newer one with the same
  key arrives, so the worker never spends time on counts nobody will see. SQLite releases
  the GIL while it works, so the GUI thread keeps running meanwhile.
- Tasks (an export), each on a `QThread`, cancellable, reporting progress and one outcome
  through queued signals.

`BackgroundJobs.cancel_and_wait()` is what the window calls when it closes.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections.abc import Callable, Hashable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from mxpolicy_gui.store.database import Store
from mxpolicy_gui.store.errors import QueryInterrupted, StoreError
from mxpolicy_gui.store.query import Facet, PolicyQuery
from mxpolicy_gui.store.reader import FacetsDone, FacetValues
from mxpolicy_gui.store.records import PolicyRow

if TYPE_CHECKING:
    from mxpolicy_gui.store.policy_record import Policy
    from mxpolicy_gui.store.timeline import TimelineData

log = logging.getLogger(__name__)

Job = Callable[[Store], Any]
Done = Callable[[Any], None]
#: (progress(n), cancelled()) -> result. Raises what the task's owner expects.
Work = Callable[[Callable[[int], None], Callable[[], bool]], Any]

#: Niceness of the query thread (Linux applies it per thread): on a busy two-core machine
#: the GUI thread wins.
WORKER_NICENESS = 10

#: Task threads still finishing after their owner was told to stop (see `cancel_and_wait`);
#: a reference here keeps Python from deleting them from the wrong thread.
LINGERING: set[QThread] = set()


class BackgroundStore:
    """One worker thread with its own `Store` on `path`, opened on the first job. No Qt:
    `done(result)` is called on the worker thread; `BackgroundJobs` moves it to the GUI's."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._lock = threading.Condition()
        self._pending: dict[Hashable, tuple[Job, Done]] = {}
        self._running: Hashable | None = None
        self._store: Store | None = None
        self._closed = False
        self._thread: threading.Thread | None = None

    def submit(self, key: Hashable, job: Job, done: Done) -> None:
        """Run `job(store)` on the worker and pass its result to `done`, unless a newer job
        with the same `key` comes first. A job that fails with `StoreError` reports nothing
        (the GUI thread's own store shows such errors)."""
        with self._lock:
            if self._closed:
                return
            self._pending[key] = (job, done)
            if self._running == key and self._store is not None:
                self._store.interrupt()
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._work, name="mxpolicy-background-store", daemon=True
                )
                self._thread.start()
            self._lock.notify()

    def close(self, timeout: float = 2.0) -> bool:
        """Stop the worker (interrupting its job) and close its store; False if the worker
        was still running after `timeout` seconds (it is a daemon: it cannot hold up exit)."""
        with self._lock:
            self._closed = True
            self._pending.clear()
            if self._store is not None:
                self._store.interrupt()
            self._lock.notify()
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
            return not thread.is_alive()
        return True

    def _work(self) -> None:
        with contextlib.suppress(AttributeError, OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), WORKER_NICENESS)
        try:
            store = Store(self.path)
        except StoreError:
            with self._lock:
                self._closed = True
            return
        with self._lock:
            self._store = store
        try:
            while True:
                with self._lock:
                    while not self._pending and not self._closed:
                        self._lock.wait()
                    if self._closed:
                        return
                    key = next(iter(self._pending))
                    job, done = self._pending.pop(key)
                    self._running = key
                try:
                    result = job(store)
                except (QueryInterrupted, StoreError):
                    continue
                finally:
                    with self._lock:
                        self._running = None
                with self._lock:
                    superseded = key in self._pending or self._closed
                if not superseded:
                    done(result)
        finally:
            with self._lock:
                self._store = None
            store.close()


class Task(QObject):
    """`work` run once on a task thread; the outcome arrives as one of four signals.

    `stops` are the exceptions that mean "cancelled as asked"; `expected` ones are problems a
    person can fix, reported by their message; anything else is a bug, logged with its
    traceback and reported in one line (`unexpected`, with `{error}` in it), so the window
    stays alive.
    """

    progressed = Signal(int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        work: Work,
        stops: tuple[type[BaseException], ...] = (),
        expected: tuple[type[Exception], ...] = (),
        unexpected: str = "The task failed unexpectedly ({error}).",
    ) -> None:
        super().__init__()
        self._work = work
        self._unexpected = unexpected
        self._stops = stops
        self._expected = expected
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop; it sees `cancelled()` return True at its next check."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit, self._cancel.is_set)
        except self._stops:
            self.cancelled.emit()
        except self._expected as exc:
            self.failed.emit(str(exc))
        except Exception as exc:
            log.exception("background task failed")
            self.failed.emit(self._unexpected.format(error=f"{type(exc).__name__}: {exc}"))
        else:
            self.succeeded.emit(result)


class BackgroundJobs(QObject):
    """Every background job of one window: store queries and tasks, stopped together."""

    _answered = Signal(object, object)

    def __init__(self, store: Store | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queries = BackgroundStore(store.path) if store is not None else None
        self._tasks: dict[Task, QThread] = {}
        self._answered.connect(self._deliver)  # emitted on the worker: queued to this thread
        self._store = store

    def warm_up(self) -> None:
        """The one-off check behind fast searching, on the query thread. The app calls this
        after the first paint: starting the thread and its store earlier competes with the
        first paint for the machine's cores (docs/performance.md)."""
        if self._store is not None:
            self.query("search layout", Store.search_layout, self._store.adopt_search_layout)

    # -- store queries ---------------------------------------------------------------------

    def query(self, key: Hashable, job: Job, done: Done) -> None:
        """`job(store)` on the query thread; `done(result)` later on this object's thread,
        unless a newer query with the same key supersedes it."""
        if self._queries is not None:
            self._queries.submit(key, job, self._relay(done))

    def _relay(self, done: Done) -> Done:
        def emit(result: Any) -> None:
            with contextlib.suppress(RuntimeError):  # the window, and this object, are gone
                self._answered.emit(done, result)

        return emit

    def _deliver(self, done: Done, result: Any) -> None:
        done(result)

    # -- tasks -----------------------------------------------------------------------------

    def start(self, task: Task) -> QThread:
        """Run `task` on a thread of its own. Connect to its signals from a QObject on the GUI
        thread (bound slots) so that results arrive queued there."""
        thread = QThread(self)
        task.moveToThread(thread)
        thread.started.connect(task.run)
        self._tasks[task] = thread
        thread.start()
        return thread

    def finish(self, task: Task) -> None:
        """Release a task whose outcome has arrived: its thread stops and both are deleted."""
        thread = self._tasks.pop(task, None)
        if thread is not None:
            thread.quit()
            thread.wait()
            thread.deleteLater()
        task.deleteLater()

    def close_with(self, owner: QObject) -> None:
        """Stop the query thread when `owner` is destroyed, even if nobody called
        `cancel_and_wait` (Qt deletes children before `destroyed`: hold the worker, not self)."""
        self.setParent(owner)
        queries = self._queries
        if queries is not None:
            owner.destroyed.connect(lambda *_: queries.close())

    def cancel_and_wait(self, timeout_ms: int) -> bool:
        """Cancel every job and wait up to `timeout_ms` for each thread to stop; True if all
        did. A task thread still running is let go to finish on its own: deleting a running
        QThread (with its window) aborts the process."""
        stopped = True
        if self._queries is not None:
            stopped = self._queries.close(timeout_ms / 1000)
        for task, thread in list(self._tasks.items()):
            task.cancel()
            thread.quit()
            if thread.wait(timeout_ms):
                continue
            stopped = False
            del self._tasks[task]
            thread.setParent(None)
            LINGERING.add(thread)
            thread.finished.connect(thread.deleteLater)  # on the GUI thread, later
            thread.destroyed.connect(lambda *_, t=thread: LINGERING.discard(t))
        return stopped


class BackgroundReader:
    """The app's `PolicyReader`: quick reads from the GUI thread's `store`, facet counts (which
    touch every match of a broad search) on the query thread of `jobs`."""

    def __init__(self, store: Store, jobs: BackgroundJobs) -> None:
        self.store = store
        self.jobs = jobs

    def rows(self, query: PolicyQuery, offset: int = 0, limit: int = 256) -> list[PolicyRow]:
        return self.store.rows(query, offset, limit)

    def count(self, query: PolicyQuery) -> int:
        return self.store.count(query)

    def facets(self, query: PolicyQuery, facets: Sequence[Facet]) -> FacetValues:
        return self.store.facets(query, facets)

    def facets_later(
        self, key: str, query: PolicyQuery, facets: Sequence[Facet], done: FacetsDone
    ) -> None:
        """Counted on the query thread; a tab's requests supersede each other (its `key`)."""
        self.jobs.query(key, lambda store: store.facets(query, facets), done)

    def year_bounds(self, kind: str | None = None) -> tuple[int, int] | None:
        return self.store.year_bounds(kind)

    def policy(self, policy_id: str) -> Policy | None:
        return self.store.policy(policy_id)

    def iter_policies(self, query: PolicyQuery) -> Iterable[Policy]:
        return self.store.iter_policies(query)

    def timeline(self) -> TimelineData:
        return self.store.timeline()

    def matching_ids(self, query: PolicyQuery) -> set[str]:
        return self.store.matching_ids(query)


__all__ = ["LINGERING", "BackgroundJobs", "BackgroundReader", "BackgroundStore", "Task"]
