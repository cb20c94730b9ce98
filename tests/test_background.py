"""Background jobs: results arrive on the GUI thread, and `cancel_and_wait` stops them all."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from mxpolicy_gui.background import LINGERING, BackgroundJobs, Task
from mxpolicy_gui.store import PolicyQuery


def test_a_query_answers_on_the_gui_thread(qtbot, store):
    jobs = BackgroundJobs(store)
    answers = []
    jobs.query("count", lambda s: (s.count(PolicyQuery(kind="reform")), QThread.currentThread()),
               answers.append)
    qtbot.waitUntil(lambda: len(answers) == 1, timeout=10_000)
    count, worker_thread = answers[0]
    assert count == 13 and worker_thread is not QThread.currentThread()
    assert jobs.cancel_and_wait(5000)
    jobs.query("count", lambda s: 1, answers.append)  # after closing: dropped, no error
    qtbot.wait(50)
    assert len(answers) == 1


def test_cancel_and_wait_stops_a_task_that_checks_its_cancel(qtbot):
    jobs = BackgroundJobs()
    started = threading.Event()

    def work(progress, cancelled) -> int:
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        raise KeyboardInterrupt

    task = Task(work, stops=(KeyboardInterrupt,))
    thread = jobs.start(task)
    assert started.wait(10)
    assert jobs.cancel_and_wait(5000)
    assert thread.isFinished() and thread not in LINGERING


def test_a_task_that_ignores_its_cancel_is_let_go(qtbot):
    jobs = BackgroundJobs()
    release, started = threading.Event(), threading.Event()

    def stubborn(progress, cancelled) -> int:
        started.set()
        release.wait(20)
        return 0

    thread = jobs.start(Task(stubborn))
    assert started.wait(10)
    assert not jobs.cancel_and_wait(50)
    assert thread in LINGERING and thread.parent() is None and thread.isRunning()
    with qtbot.waitSignal(thread.destroyed, timeout=10_000):
        release.set()


def test_task_outcomes(qtbot):
    jobs = BackgroundJobs()

    def run(work, **kinds):
        task = Task(work, **kinds)
        outcome = []
        task.succeeded.connect(lambda v: outcome.append(("ok", v)))
        task.failed.connect(lambda m: outcome.append(("failed", m)))
        task.cancelled.connect(lambda: outcome.append(("cancelled",)))
        jobs.start(task)
        qtbot.waitUntil(lambda: len(outcome) == 1, timeout=10_000)
        jobs.finish(task)
        return outcome[0]

    assert run(lambda p, c: 7) == ("ok", 7)
    assert run(_raise(OSError("disk full")), expected=(OSError,)) == ("failed", "disk full")
    assert run(_raise(KeyboardInterrupt()), stops=(KeyboardInterrupt,)) == ("cancelled",)
    kind, message = run(_raise(ZeroDivisionError("x")), unexpected="Oops ({error}).")
    assert (kind, message) == ("failed", "Oops (ZeroDivisionError: x).")


def _raise(exc: BaseException):
    def work(progress, cancelled):
        raise exc

    return work
