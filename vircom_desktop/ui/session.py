"""The end of a desk's session, however it comes, ends in one clean shutdown.

- Windows logs off or shuts down: Qt asks through `commitDataRequest`, then quits
  (`aboutToQuit`); the process may be ended soon after, so the shutdown runs right there.
- Linux and macOS: a session manager or `kill` sends SIGTERM. Python only sees a signal when the
  interpreter runs, so the handler is woken through a socket (`signal.set_wakeup_fd`) that a
  `QSocketNotifier` watches on the GUI thread, and then quits the event loop the normal way.

Either way `shutdown` (save the window, stop the watcher, finish the core's work) runs once.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication

log = logging.getLogger("vircom.ui")


class SessionEnd(QObject):
    """Routes every way a session ends to one `shutdown` call."""

    def __init__(
        self,
        app: QApplication,
        shutdown: Callable[[], None],
        *,
        platform: str = sys.platform,
        quit_app: Callable[[], None] | None = None,
        handle_sigterm: bool | None = None,
    ) -> None:
        super().__init__(app)
        self._quit = quit_app or app.quit
        self._shutdown = shutdown
        self._previous: tuple[Any, int] | None = None
        self._done = False
        self._notifier: QSocketNotifier | None = None
        self._sockets: tuple[socket.socket, socket.socket] | None = None
        app.commitDataRequest.connect(self.commit_data)
        app.aboutToQuit.connect(self.finish)
        # None: wherever the platform has SIGTERM. False when another part of the app already
        # turns signals into a quit (then only Qt's own end-of-session paths come through here).
        self.handles_sigterm = (
            not platform.startswith("win") if handle_sigterm is None else handle_sigterm
        )
        if self.handles_sigterm:
            self._install_sigterm()

    def _install_sigterm(self) -> None:
        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        self._sockets = (reader, writer)
        wakeup = signal.set_wakeup_fd(writer.fileno())
        self._previous = (signal.signal(signal.SIGTERM, self._on_signal), wakeup)
        self._notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _on_signal(self, signum: int, _frame: Any) -> None:
        log.info("signal %d: closing the desk", signum)
        self._quit()

    def _drain(self) -> None:
        """The wakeup byte: Python has run the handler by the time the loop gets here."""
        if self._sockets is not None:
            with contextlib.suppress(BlockingIOError):
                self._sockets[0].recv(64)

    def commit_data(self, _manager: object = None) -> None:
        """Windows' end of session (and X11 session managers): finish now, the OS waits little."""
        log.info("the session is ending: closing the desk")
        self.finish()

    def finish(self) -> None:
        if self._done:
            return
        self._done = True
        try:
            self._shutdown()
        except Exception:
            log.exception("clean shutdown failed")

    def uninstall(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        if self._previous is not None:
            handler, wakeup = self._previous
            signal.signal(signal.SIGTERM, handler if handler is not None else signal.SIG_DFL)
            signal.set_wakeup_fd(wakeup)
            self._previous = None
        if self._sockets is not None:
            for end in self._sockets:
                end.close()
            self._sockets = None
