"""The core's event hub: the domain, agent and channels announce what changed; the UI listens.

Subscribers run synchronously in the publishing thread, so a Qt subscriber must hop to the GUI
thread itself (the UI bridge does this with queued signals). A failing subscriber is logged and
never breaks the publisher.
"""

from __future__ import annotations

import logging
import threading
from collections import defaultdict
from collections.abc import Callable
from typing import Any

log = logging.getLogger("vircom.events")

Callback = Callable[..., None]

# Topics. Payloads are keyword arguments, documented next to each topic.
APPOINTMENT_CHANGED = "appointment_changed"  # appointment_id: int, status: str, action: str
# The same, published inside the change's own transaction (before APPOINTMENT_CHANGED, which
# follows the commit): a subscriber's writes then commit or roll back with the change itself.
APPOINTMENT_COMMITTING = "appointment_committing"  # appointment_id: int, status: str, action: str
MESSAGE_RECEIVED = "message_received"  # conversation_id: int, message_id: int
MESSAGE_SENT = "message_sent"  # conversation_id: int, message_id: int
CONVERSATION_CHANGED = "conversation_changed"  # conversation_id: int, status: str
PROPOSAL_CREATED = "proposal_created"  # appointment_id: int, conversation_id: int | None
OUTBOUND_FAILED = "outbound_failed"  # conversation_id: int, message_id: int, error: str
SETTINGS_CHANGED = "settings_changed"  # no payload
# What the last real request to the model found: status is "ok" or an OllamaError code
# ("unreachable", "model_missing", "no_tools", "timeout", "ollama_error").
MODEL_STATUS = "model_status"  # status: str
# state: "loading" | "ok" | "model_missing" | "unreachable" (the model warm-up job)
MODEL_STATE = "model_state"
MODEL_QUEUE_CHANGED = "model_queue_changed"  # slots: int, running: int, waiting: int


class EventHub:
    """A small thread-safe publish/subscribe registry."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._subscribers: dict[str, list[Callback]] = defaultdict(list)

    def subscribe(self, topic: str, callback: Callback) -> Callable[[], None]:
        """Register `callback` for `topic`; returns a function that unsubscribes it."""
        with self._lock:
            self._subscribers[topic].append(callback)

        def unsubscribe() -> None:
            with self._lock:
                if callback in self._subscribers[topic]:
                    self._subscribers[topic].remove(callback)

        return unsubscribe

    def publish(self, topic: str, **payload: Any) -> None:
        with self._lock:
            callbacks = list(self._subscribers[topic])
        for callback in callbacks:
            try:
                callback(**payload)
            except Exception:
                log.exception("subscriber %r failed on %s", callback, topic)

    def clear(self) -> None:
        with self._lock:
            self._subscribers.clear()


hub = EventHub()
