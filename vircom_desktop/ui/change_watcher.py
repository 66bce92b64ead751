"""Changes made by other processes (a second desk, `serve` on a VPS) reach the desk's pages.

The core's change feed (domain/change_feed.py) reports, on its own thread, the ids of the visits
and conversations other writers committed. The watcher carries each batch to the GUI thread
through a queued signal, drops the echo of each change this desk's own events already announced (the
pages reloaded for those), and says which rows changed.

A change this desk announces is marked on the thread that announces it, right after its commit: a
mark made later, when the bridge's signal reaches the GUI thread, could follow the feed's report
of the same change, which then reloaded twice and left a mark that skipped the next change
another process made to that row. (A change a worker announces can still, rarely, be reported
between its commit and its announcement.)
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from vircom_desktop import events
from vircom_desktop.domain.change_feed import POLL_SECONDS, ChangeFeed, Changes
from vircom_desktop.ui.bridge import EventBridge

log = logging.getLogger("vircom.ui")

# A change this desk announced itself comes back from the feed a moment later: skip that echo
# once (a later change to the same row is another process's and is reported).
LOCAL_ECHO_SECONDS = 5.0


class ChangeWatcher(QObject):
    """Turns the core's change feed into signals naming the changed rows (None: all of them)."""

    schedule_changed = Signal(object)  # frozenset of visit ids, or None: reload every visit
    conversations_changed = Signal(object)  # frozenset of conversation ids, or None
    changes_seen = Signal(object)  # every batch as the feed saw it (the latency benchmark)

    _arrived = Signal(object)  # Changes, emitted on the feed's thread

    def __init__(
        self,
        bridge: EventBridge,
        database_url: str,
        poll_seconds: float = POLL_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._url = database_url
        self._poll = poll_seconds
        self._feed: ChangeFeed | None = None
        self._marks = threading.Lock()  # marked on the announcing threads, read on the GUI thread
        self._local_visits: dict[int, float] = {}
        self._local_conversations: dict[int, float] = {}
        self._unsubscribers: list[Callable[[], None]] = []
        self._arrived.connect(self._on_changes, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        """Start the feed (it connects on its own thread); no-op without a database URL."""
        if self._feed is not None or not self._url:
            return
        hub = self._bridge.hub
        self._unsubscribers = [
            hub.subscribe(events.APPOINTMENT_CHANGED, self._mark_visit),
            hub.subscribe(events.PROPOSAL_CREATED, self._mark_visit),
            hub.subscribe(events.MESSAGE_RECEIVED, self._mark_conversation),
            hub.subscribe(events.MESSAGE_SENT, self._mark_conversation),
            hub.subscribe(events.CONVERSATION_CHANGED, self._mark_conversation),
        ]
        self._feed = ChangeFeed(self._url, self._arrived.emit, poll_seconds=self._poll)
        # Freed without stop() (a window closed while a dialog kept it open): the feed's thread
        # must not go on emitting into a deleted object, nor the hub marking for it.
        self.destroyed.connect(self._feed.stop)
        for unsubscribe in self._unsubscribers:
            self.destroyed.connect(unsubscribe)
        self._feed.start()

    def wait_ready(self, timeout: float = 10.0) -> bool:
        """Whether the feed listens (tests wait on it before writing from elsewhere)."""
        return self._feed is not None and self._feed.wait_ready(timeout)

    def stop(self) -> None:
        for unsubscribe in self._unsubscribers:
            unsubscribe()
        self._unsubscribers.clear()
        if self._feed is not None:
            self._feed.stop()
            self._feed = None

    def _mark_visit(self, appointment_id: int, **_: Any) -> None:
        with self._marks:
            self._local_visits[appointment_id] = time.monotonic()

    def _mark_conversation(self, conversation_id: int, **_: Any) -> None:
        with self._marks:
            self._local_conversations[conversation_id] = time.monotonic()

    @staticmethod
    def _foreign(ids: frozenset[int], local: dict[int, float]) -> frozenset[int]:
        """`ids` less the echoes of this desk's own changes (each echo is skipped once)."""
        horizon = time.monotonic() - LOCAL_ECHO_SECONDS
        for stale in [key for key, at in local.items() if at < horizon]:
            del local[stale]
        echoes = ids & local.keys()
        for echo in echoes:
            del local[echo]
        return frozenset(ids - echoes)

    def _on_changes(self, changes: Changes) -> None:
        self.changes_seen.emit(changes)
        if changes.everything:
            log.info("the change feed may have missed changes; reloading everything")
            self.schedule_changed.emit(None)
            self.conversations_changed.emit(None)
            return
        with self._marks:
            visits = self._foreign(changes.appointments, self._local_visits)
            conversations = self._foreign(changes.conversations, self._local_conversations)
        if visits:
            log.info("visits %s changed in another process", sorted(visits))
            self.schedule_changed.emit(visits)
        if conversations:
            log.info("conversations %s changed in another process", sorted(conversations))
            self.conversations_changed.emit(conversations)
