"""The core's event hub turned into Qt signals, always emitted on the GUI thread.

The hub calls its subscribers on the publishing thread (a worker, the listener, a job). The
bridge forwards every event through a queued connection to itself, and only then emits the typed
signal, so widgets connected to it run on the GUI thread whatever thread published.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

from vircom_desktop import events

log = logging.getLogger("vircom.ui")


class EventBridge(QObject):
    """Subscribes to the hub's topics and re-emits each as a typed signal."""

    appointment_changed = Signal(int, str, str)  # appointment id, status, action
    proposal_created = Signal(int, object)  # appointment id, conversation id or None
    message_received = Signal(int, int)  # conversation id, message id
    message_sent = Signal(int, int)  # conversation id, message id
    conversation_changed = Signal(int, str)  # conversation id, status
    outbound_failed = Signal(int, int, str)  # conversation id, message id, error
    settings_changed = Signal()
    model_status = Signal(str)  # "ok" or why the last request to the model failed
    model_state = Signal(str)  # "loading", "ok", "model_missing", "unreachable" (warm-up job)
    model_queue_changed = Signal(int, int, int)  # slots, requests running, requests waiting

    _event_published = Signal(str, object)  # topic, payload; emitted on any thread

    def __init__(self, hub: events.EventHub | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._event_published.connect(self._dispatch, Qt.ConnectionType.QueuedConnection)
        self._emitters: dict[str, Callable[[dict[str, Any]], None]] = {
            events.APPOINTMENT_CHANGED: lambda p: self.appointment_changed.emit(
                p["appointment_id"], p.get("status", ""), p.get("action", "")
            ),
            events.PROPOSAL_CREATED: lambda p: self.proposal_created.emit(
                p["appointment_id"], p.get("conversation_id")
            ),
            events.MESSAGE_RECEIVED: lambda p: self.message_received.emit(
                p["conversation_id"], p["message_id"]
            ),
            events.MESSAGE_SENT: lambda p: self.message_sent.emit(
                p["conversation_id"], p["message_id"]
            ),
            events.CONVERSATION_CHANGED: lambda p: self.conversation_changed.emit(
                p["conversation_id"], p.get("status", "")
            ),
            events.OUTBOUND_FAILED: lambda p: self.outbound_failed.emit(
                p["conversation_id"], p["message_id"], p.get("error", "")
            ),
            events.SETTINGS_CHANGED: lambda p: self.settings_changed.emit(),
            events.MODEL_STATUS: lambda p: self.model_status.emit(p["status"]),
            events.MODEL_STATE: lambda p: self.model_state.emit(p["state"]),
            events.MODEL_QUEUE_CHANGED: lambda p: self.model_queue_changed.emit(
                p["slots"], p["running"], p["waiting"]
            ),
        }
        self.hub = hub or events.hub  # what it listens to
        self._unsubscribers = [
            self.hub.subscribe(topic, partial(self._forward, topic)) for topic in self._emitters
        ]

    def close(self) -> None:
        """Stop listening to the hub (the app calls this before quitting)."""
        for unsubscribe in self._unsubscribers:
            unsubscribe()
        self._unsubscribers.clear()

    def _forward(self, topic: str, **payload: Any) -> None:
        if shiboken6.isValid(self):
            self._event_published.emit(topic, payload)

    def _dispatch(self, topic: str, payload: dict[str, Any]) -> None:
        try:
            self._emitters[topic](payload)
        except KeyError:
            log.error("event %s arrived without its payload: %r", topic, payload)
