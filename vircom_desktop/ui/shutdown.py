"""SIGTERM and SIGINT (logout, `kill`, a service manager, Ctrl+C) end the desk like its own Quit.

Python runs a signal handler only when the interpreter gets control, and Qt's event loop may sleep
for a long time in C++. `signal.set_wakeup_fd` makes the C-level handler write a byte to one end
of a socket pair; a QSocketNotifier on the other end wakes the event loop, which then quits the
same way the tray's "Salir" does. After the loop ends, the caller finishes in-flight work, closes
the database and exits 0.
"""

from __future__ import annotations

import logging
import signal
import socket
from collections.abc import Callable
from types import FrameType
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger("vircom.ui")

SIGNALS = (signal.SIGINT, signal.SIGTERM)


class SignalQuit(QObject):
    """Installs the handlers on creation; `uninstall()` restores what was there before."""

    def __init__(self, quit_app: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._quit_app = quit_app
        self._received: list[int] = []
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous: dict[int, Any] = {
            signum: signal.signal(signum, self._on_signal) for signum in SIGNALS
        }
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_wakeup)

    def _on_signal(self, signum: int, _frame: FrameType | None) -> None:
        self._received.append(signum)

    def _on_wakeup(self) -> None:
        try:
            while self._reader.recv(64):
                pass
        except BlockingIOError:
            pass
        if self._received:
            name = signal.Signals(self._received[-1]).name
            log.info("%s received: quitting", name)
            self._received.clear()
            self._quit_app()

    def uninstall(self) -> None:
        self._notifier.setEnabled(False)
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()
