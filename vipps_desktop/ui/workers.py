"""Run slow work (keychain, network) off the GUI thread and deliver the result back on it.

`Worker.start(fn, on_done, on_error)` runs `fn` in Qt's global thread pool (or the pool it was
given; online checks get `check_pool()`, their own). The result arrives
through a queued signal on the GUI thread. Each start supersedes the previous one for the same
Worker: an answer that arrives after the user moved on (or pressed Cancel) is dropped.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)
T = TypeVar("T")  # a job's result, as its `on_done` takes it
_Callbacks = tuple[Callable[[Any], None], Callable[[Exception], None]]
CHECK_THREADS = 8
_check_pool: QThreadPool | None = None


def check_pool() -> QThreadPool:
    """The online checks' own pool.

    Qt's global pool has one thread per core (two on a small laptop): two checks stuck on a
    slow server would hold back every keychain call and every other check. Each request ends
    within its deadline (core/net/policy.py) and Cancel frees its thread within a second, so
    a few threads are plenty; they are not tied to the number of cores because they wait on
    the network, not on the CPU.
    """
    global _check_pool
    if _check_pool is None:
        _check_pool = QThreadPool()
        _check_pool.setObjectName("online-checks")
        _check_pool.setMaxThreadCount(CHECK_THREADS)
    return _check_pool


class _Relay(QObject):
    """Carries answers from pool threads to the GUI thread.

    One for the whole application, owned by it, so a task never emits on an object that the
    GUI thread may be deleting at that moment (a page torn down by a language switch while
    its keychain or network answer is on its way). Answers find their Worker by number; one
    whose Worker is gone is dropped.
    """

    finished = Signal(int, int, object)  # worker number, ticket, result
    failed = Signal(int, int, object)

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())
        self.workers: weakref.WeakValueDictionary[int, Worker] = weakref.WeakValueDictionary()
        self.finished.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)

    def _worker(self, number: int) -> Worker | None:
        worker = self.workers.get(number)
        if worker is None or not shiboken6.isValid(worker):
            log.debug("dropped a background result: the widget that asked is gone")
            return None
        return worker

    @Slot(int, int, object)
    def _deliver_result(self, number: int, ticket: int, result: object) -> None:
        worker = self._worker(number)
        if worker is not None:
            worker._on_finished(ticket, result)

    @Slot(int, int, object)
    def _deliver_error(self, number: int, ticket: int, error: object) -> None:
        worker = self._worker(number)
        if worker is not None:
            worker._on_failed(ticket, error)


_relay: _Relay | None = None
_numbers = itertools.count(1)


def _the_relay() -> _Relay:
    """Made on the GUI thread, by the first Worker (Workers are made by widgets)."""
    global _relay
    if _relay is None or not shiboken6.isValid(_relay):
        _relay = _Relay()
    return _relay


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay, number: int, ticket: int) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay
        self.number = number
        self.ticket = ticket

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # delivered to the GUI thread, which decides what to say
            self._emit(self.relay.failed, exc)
        else:
            self._emit(self.relay.finished, result)

    def _emit(self, signal: Any, value: object) -> None:
        # RuntimeError: the application is gone (quit while this ran): nobody to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(self.number, self.ticket, value)


class Worker(QObject):
    """One kind of background job for one widget; the newest start wins."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool
        self._relay = _the_relay()
        self._number = next(_numbers)
        self._relay.workers[self._number] = self
        self._ticket = 0
        self._callbacks: _Callbacks | None = None

    @property
    def busy(self) -> bool:
        return self._callbacks is not None

    def start(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        """Run `fn` in the pool; `on_done(result)` or `on_error(exception)` on the GUI thread,
        unless another start or `cancel` came first. Each job is typed by its result."""
        self._ticket += 1
        self._callbacks = (on_done, on_error)
        self.busy_changed.emit(True)
        task = _Task(fn, self._relay, self._number, self._ticket)
        (self._pool or QThreadPool.globalInstance()).start(task)

    def cancel(self) -> None:
        """Forget the running job: its answer, when it comes, is dropped."""
        self._ticket += 1
        if self._callbacks is not None:
            self._callbacks = None
            self.busy_changed.emit(False)

    def _take(self, ticket: int) -> _Callbacks | None:
        if ticket != self._ticket or self._callbacks is None:
            log.debug("dropped a stale background result")
            return None
        callbacks, self._callbacks = self._callbacks, None
        self.busy_changed.emit(False)
        return callbacks

    def _on_finished(self, ticket: int, result: object) -> None:
        callbacks = self._take(ticket)
        if callbacks is not None:
            callbacks[0](result)

    def _on_failed(self, ticket: int, error: object) -> None:
        callbacks = self._take(ticket)
        if callbacks is not None and isinstance(error, Exception):
            callbacks[1](error)
