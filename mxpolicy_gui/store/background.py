"""Queries that may take a while, answered on a thread of their own.

Facet counts under a broad search touch every match (tens of milliseconds to half a second at
100,000 records): on the GUI thread they would freeze typing. `BackgroundStore` runs such jobs
on one worker thread with its own read-only `Store` (connections are not shared between
threads), keeps only the newest job per key, and interrupts a running job when a newer one
with the same key arrives, so the worker never spends time on counts nobody will see.
SQLite releases the GIL while it works, so the GUI thread keeps running meanwhile.

No Qt here: `done(result)` is called on the worker thread; the caller moves it to its own.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any

from mxpolicy_gui.store.database import Store
from mxpolicy_gui.store.errors import QueryInterrupted, StoreError

Job = Callable[[Store], Any]
Done = Callable[[Any], None]

#: Niceness of the worker thread (Linux applies it per thread): on a busy two-core machine
#: the GUI thread wins.
WORKER_NICENESS = 10


class BackgroundStore:
    """One worker thread with its own `Store` on `path`, opened on the first job."""

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

    def close(self, timeout: float = 2.0) -> None:
        """Stop the worker (interrupting its job) and close its store."""
        with self._lock:
            self._closed = True
            self._pending.clear()
            if self._store is not None:
                self._store.interrupt()
            self._lock.notify()
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)

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
