"""A grid's whole frame laid out and drawn on a worker, so the GUI thread never draws one.

The grid asks for the frame it shows whenever none of its cached layers fit any more (a resize,
a theme or font change, new hours); while the worker draws, the grid shows its last picture
stretched. Requests follow `LatestLoad`: while one draw runs, only the newest request waits,
and only the newest frame asked for arrives. A window dragged by its edge resizes the grid every
frame: the first size is drawn at once (a window maximised resizes once), the next ones once
the size stays put for `QUIET_MS`, so no worker draws sizes the window has already left,
competing with the GUI thread for the interpreter while it does.

If a draw fails, the error is reported and the grid draws that frame itself, as it did before:
a stand-in never stays.

It is a QObject of its own, a child of the grid, so that the grid is in no reference cycle: a
widget in one could be freed by the cyclic garbage collector on a worker thread.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal

from vircom_desktop.ui import errors
from vircom_desktop.ui.agenda.grid_frame import GridFrame
from vircom_desktop.ui.tasks import LatestLoad

QUIET_MS = 30  # about two frames without a resize: the window's edge was let go (or rests)


class FrameRedraw(QObject):
    """Draws the latest frame asked for on a worker, and hands it back on the GUI thread."""

    drawn = Signal(object, object)  # the frame asked for, the worker's drawn copy of it
    failed = Signal(object)  # the frame asked for, which the worker could not draw

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._asked: GridFrame | None = None
        self._waiting: GridFrame | None = None  # asked for once the size stays put
        self._loads: LatestLoad[GridFrame] = LatestLoad(
            self, self._arrived, on_failure=self._failed
        )
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(QUIET_MS)
        self._quiet.timeout.connect(self._ask_waiting)

    def request(self, frame: GridFrame, *, when_quiet: bool = False) -> None:
        """Have `frame`'s content drawn in its look (nothing new if it is the one asked for).

        `when_quiet`: a resize step; unless it is the first of a burst, the draw starts when
        no other step came for QUIET_MS.
        """
        if when_quiet and self._quiet.isActive():  # the window is being resized
            self._waiting = frame
            self._quiet.start()
            return
        if frame is self._asked or frame is self._waiting:
            return
        self._waiting = None
        if when_quiet:
            self._quiet.start()  # the steps that may follow wait for quiet
        else:
            self._quiet.stop()
        self._ask(frame)

    def _ask_waiting(self) -> None:
        frame, self._waiting = self._waiting, None
        if frame is not None and frame is not self._asked:
            self._ask(frame)

    def _ask(self, frame: GridFrame) -> None:
        self._asked = frame
        columns, visits, technicians = frame.content()
        look = frame.look.unshared()  # the GUI thread may lay `frame` out meanwhile
        self._loads.request(partial(GridFrame.drawn, look, columns, visits, technicians))

    def _arrived(self, drawn: GridFrame) -> None:
        asked, self._asked = self._asked, None
        if asked is not None:
            self.drawn.emit(asked, drawn)

    def _failed(self, error: Exception) -> None:
        asked, self._asked = self._asked, None
        errors.report(error)
        if asked is not None:
            self.failed.emit(asked)
