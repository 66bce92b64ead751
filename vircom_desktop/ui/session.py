"""The end of a desk's session, however it comes, ends in one clean shutdown.

- Windows logs off or shuts down: Qt asks through `commitDataRequest`, then quits
  (`aboutToQuit`); the process may be ended soon after, so the shutdown runs right there.
- Linux and macOS: a session manager or `kill` sends SIGTERM, which `ui.shutdown.SignalQuit`
  turns into the same quit as «Salir»; the event loop ends and `aboutToQuit` comes through here.

Either way `shutdown` (save the window, stop the watcher, finish the core's work) runs once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

log = logging.getLogger("vircom.ui")


class SessionEnd(QObject):
    """Routes every way a session ends to one `shutdown` call."""

    def __init__(self, app: QApplication, shutdown: Callable[[], None]) -> None:
        super().__init__(app)
        self._shutdown = shutdown
        self._done = False
        app.commitDataRequest.connect(self.commit_data)
        app.aboutToQuit.connect(self.finish)

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
