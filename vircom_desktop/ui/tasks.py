"""Background work in Anki's taskman style: run a function off the GUI thread, get its result on it.

    Op(self, partial(load_week, monday)).on_success(self._show_week).run()

The function runs on a worker of a shared QThreadPool and never touches a widget. Its result (or
exception) comes back through a queued signal, so the callbacks always run on the GUI thread, and
are skipped when the parent widget has been destroyed meanwhile. A failure without an
`on_failure` callback is an unexpected error: it goes to the app's error dialog.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

log = logging.getLogger("vircom.ui")

T = TypeVar("T")

_pool: QThreadPool | None = None
_in_flight: set[_Relay] = set()


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
    """Lives on the GUI thread; the worker emits `done` and Qt queues the delivery to it."""

    done = Signal(object, object)  # result, exception

    def __init__(self, op: Op[Any]) -> None:
        super().__init__()
        self._op = op
        self.done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def _deliver(self, result: Any, error: BaseException | None) -> None:
        _in_flight.discard(self)
        self._op._finish(result, error)
        self.deleteLater()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as error:
            self._relay.done.emit(None, error)
            return
        self._relay.done.emit(result, None)


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
        relay = _Relay(self)
        _in_flight.add(relay)
        pool().start(_Runnable(self._fn, relay))
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
