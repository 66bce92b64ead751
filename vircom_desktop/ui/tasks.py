"""Background work in Anki's taskman style: run a function off the GUI thread, get its result on it.

    Op(self, partial(load_week, monday)).on_success(self._show_week).run()

The function runs on a worker of a shared QThreadPool and never touches a widget. Its result (or
exception) comes back through a queued signal, so the callbacks always run on the GUI thread, and
are skipped when the parent widget has been destroyed meanwhile. A failure without an
`on_failure` callback is an unexpected error: it goes to the app's error dialog.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal

log = logging.getLogger("vircom.ui")

T = TypeVar("T")

_pool: QThreadPool | None = None
_relay: _Relay | None = None
_in_flight: dict[int, Op[Any]] = {}  # by ticket
_tickets = itertools.count()


def pool() -> QThreadPool:
    """The workers of the UI; their threads never expire, so each keeps its database connection."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(4)
        _pool.setExpiryTimeout(-1)
    return _pool


def pending() -> int:
    """How many operations have not delivered their result yet (tests and screenshots wait on 0)."""
    return len(_in_flight)


class _Relay(QObject):
    """Lives on the GUI thread; a worker emits `done` and Qt queues the delivery to it.

    One relay serves every operation and lives as long as the application: a relay per
    operation would be freed by whichever thread dropped its last Python reference, possibly
    the worker, or the GUI thread while Qt is still delivering to it.
    """

    done = Signal(object, object, object)  # ticket, result, exception

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())
        self.done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def _deliver(self, ticket: int, result: Any, error: BaseException | None) -> None:
        op = _in_flight.pop(ticket, None)
        if op is not None:
            op._finish(result, error)


def _gui_relay() -> _Relay:
    global _relay
    if _relay is None or not shiboken6.isValid(_relay):
        _relay = _Relay()
    return _relay


class _Runnable(QRunnable):
    """Holds the function and a ticket, not the `Op`: its widget must not be freed on a worker."""

    def __init__(self, fn: Callable[[], Any], ticket: int, relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._ticket = ticket
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as error:
            self._relay.done.emit(self._ticket, None, error)
            return
        self._relay.done.emit(self._ticket, result, None)


class Op(Generic[T]):
    """One background operation, configured fluently and started with `run()`."""

    def __init__(self, parent: QObject, fn: Callable[[], T]) -> None:
        self._parent = parent
        self._fn = fn
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[Exception], None] | None = None

    def on_success(self, callback: Callable[[T], None]) -> Op[T]:
        self._success = callback
        return self

    def on_failure(self, callback: Callable[[Exception], None]) -> Op[T]:
        self._failure = callback
        return self

    def run(self) -> Op[T]:
        ticket = next(_tickets)
        _in_flight[ticket] = self
        pool().start(_Runnable(self._fn, ticket, _gui_relay()))
        return self

    def _finish(self, result: Any, error: BaseException | None) -> None:
        if not shiboken6.isValid(self._parent):
            return
        if error is None:
            if self._success is not None:
                self._success(result)
            return
        if self._failure is not None and isinstance(error, Exception):
            self._failure(error)
            return
        from vircom_desktop.ui import errors

        errors.report(error)


class LatestLoad(Generic[T]):
    """A page's reloads, where only the latest request counts.

        self.loader = LatestLoad(self, self._show_week, on_failure=self._load_failed)
        self.loader.request(partial(desk.agenda.load_agenda, monday, 7))

    A request made while a load runs is remembered (the newest replaces an older one) and starts
    when that load ends, whose result is then dropped as stale: a change made during a load is
    never missed, a stale result is never shown, and reloads never pile up on the workers.
    """

    def __init__(
        self,
        parent: QObject,
        on_success: Callable[[T], None],
        *,
        on_failure: Callable[[Exception], None] | None = None,
    ) -> None:
        self._parent = parent
        self._on_success = on_success
        self._on_failure = on_failure
        self._running = False
        self._next: Callable[[], T] | None = None

    def request(self, fn: Callable[[], T]) -> None:
        """Load with `fn` now, or as soon as the load under way ends."""
        if self._running:
            self._next = fn
            return
        self._start(fn)

    def busy(self) -> bool:
        """A load is under way or waiting to start."""
        return self._running

    def _start(self, fn: Callable[[], T]) -> None:
        self._running = True
        Op(self._parent, fn).on_success(self._succeeded).on_failure(self._failed).run()

    def _start_next(self) -> bool:
        fn, self._next = self._next, None
        if fn is None:
            return False
        self._start(fn)
        return True

    def _succeeded(self, result: T) -> None:
        self._running = False
        if not self._start_next():
            self._on_success(result)

    def _failed(self, error: Exception) -> None:
        self._running = False
        if self._start_next():
            return
        if self._on_failure is not None:
            self._on_failure(error)
            return
        from vircom_desktop.ui import errors

        errors.report(error)
