"""Notice changes made by other processes: a second desk on PostgreSQL, or `serve` on the same file.

The core's event hub only reaches this process. Every few seconds a worker reads a cheap change
marker (row counts, the newest `updated_at`, the newest message id); when it moved and no local
event explains it, the watcher says so and the pages reload. A local event is enough reason to
skip: the pages already reload on it, and that reload reads everything, foreign changes included.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import peewee as pw
from PySide6.QtCore import QObject, QTimer, Signal

from vircom_desktop.domain.models import Appointment, Conversation, Message
from vircom_desktop.ui.bridge import EventBridge
from vircom_desktop.ui.tasks import Op

log = logging.getLogger("vircom.ui")

WATCH_INTERVAL_MS = 10_000
SCHEDULE = "schedule"
CONVERSATIONS = "conversations"


@dataclass(frozen=True)
class ChangeMarker:
    """What moves when rows are added, changed or removed (compared, never interpreted)."""

    schedule: tuple[Any, ...]
    conversations: tuple[Any, ...]


def read_marker() -> ChangeMarker:
    """Counts and newest stamps of the visits, conversations and messages (runs on a worker)."""
    schedule = Appointment.select(
        pw.fn.COUNT(Appointment.id), pw.fn.MAX(Appointment.id), pw.fn.MAX(Appointment.updated_at)
    )
    conversations = Conversation.select(
        pw.fn.COUNT(Conversation.id), pw.fn.MAX(Conversation.updated_at)
    )
    messages = Message.select(pw.fn.COUNT(Message.id), pw.fn.MAX(Message.id))
    return ChangeMarker(_row(schedule), _row(conversations) + _row(messages))


def _row(query: Any) -> tuple[Any, ...]:
    return tuple(query.tuples().get())


class ChangeWatcher(QObject):
    """Polls the change marker on a worker and reports changes no local event announced."""

    schedule_changed = Signal()  # visits changed elsewhere: agenda, approvals
    conversations_changed = Signal()  # conversations or messages changed elsewhere

    def __init__(
        self,
        bridge: EventBridge,
        interval_ms: int = WATCH_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._marker: ChangeMarker | None = None
        self._reading = False
        self._failing = False
        self._explained: set[str] = set()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self.check)
        for signal in (self._bridge.appointment_changed, self._bridge.proposal_created):
            signal.connect(lambda *_: self._explained.add(SCHEDULE))
        for signal in (
            self._bridge.message_received,
            self._bridge.message_sent,
            self._bridge.conversation_changed,
        ):
            signal.connect(lambda *_: self._explained.add(CONVERSATIONS))

    def start(self) -> None:
        """Take the first reading now (the baseline), then one per interval."""
        self._timer.start()
        self.check()

    def stop(self) -> None:
        self._timer.stop()

    def check(self) -> None:
        """Read the marker once (skipped while the previous reading is still on its way)."""
        if self._reading:
            return
        self._reading = True
        Op(self, read_marker).on_success(self._compare).on_failure(self._read_failed).run()

    def _compare(self, marker: ChangeMarker) -> None:
        self._reading = False
        self._failing = False
        previous, self._marker = self._marker, marker
        explained, self._explained = self._explained, set()
        if previous is None:
            return
        if marker.schedule != previous.schedule and SCHEDULE not in explained:
            log.info("visits changed in another process")
            self.schedule_changed.emit()
        if marker.conversations != previous.conversations and CONVERSATIONS not in explained:
            log.info("conversations changed in another process")
            self.conversations_changed.emit()

    def _read_failed(self, error: Exception) -> None:
        self._reading = False
        if not self._failing:  # once per outage, not every interval
            log.warning("could not check the database for changes: %s", error)
        self._failing = True
