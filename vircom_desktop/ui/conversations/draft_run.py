"""One VircomBot draft on its own thread, reported to the GUI thread as queued signals.

A run belongs to its conversation, not to the screen: `DraftState` keeps what it streamed, its
tool calls and its outcome, so staff can switch conversations while it runs and find the draft
where they left it.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from vircom_desktop.agent.events import (
    AgentEvent,
    AgentFailed,
    DraftComplete,
    TokenEvent,
    ToolFinished,
    ToolStarted,
)
from vircom_desktop.config import Settings
from vircom_desktop.desk import console

log = logging.getLogger("vircom.ui")


class DraftRun(QThread):
    """Runs `VircomBot.respond` for one conversation; `stop()` cancels it.

    The signals are emitted on the worker thread; this object lives on the GUI thread, so
    Qt queues them to the console's slots.
    """

    token_received = Signal(str)
    tool_started = Signal(str, object)  # name, arguments
    tool_finished = Signal(str, str, bool)  # name, result JSON, ok
    agent_failed = Signal(str, str)  # Spanish reason, code
    draft_ready = Signal(object)  # AgentResult
    crashed = Signal(str)  # an unexpected error, already logged

    def __init__(self, settings: Settings, conversation_id: int, parent: QObject | None = None):
        super().__init__(parent)
        self.settings = settings
        self.conversation_id = conversation_id
        self.cancel_event = threading.Event()

    def stop(self) -> None:
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def run(self) -> None:
        try:
            console.draft_reply(
                self.settings, self.conversation_id, on_event=self._relay, cancel=self.cancel_event
            )
        except Exception as error:
            log.exception("drafting a reply for conversation %s failed", self.conversation_id)
            self.crashed.emit(str(error))

    def _relay(self, event: AgentEvent) -> None:
        if isinstance(event, TokenEvent):
            self.token_received.emit(event.text)
        elif isinstance(event, ToolStarted):
            self.tool_started.emit(event.name, _plain(event.arguments))
        elif isinstance(event, ToolFinished):
            self.tool_finished.emit(event.name, event.result, event.ok)
        elif isinstance(event, AgentFailed):
            self.agent_failed.emit(event.reason, event.code)
        elif isinstance(event, DraftComplete):
            self.draft_ready.emit(event.result)


@dataclass
class CardState:
    """A tool call of a draft: its card is rebuilt from this when the conversation is shown."""

    name: str
    arguments: Any
    result: str | None = None  # None while the tool runs
    ok: bool = True


@dataclass
class DraftState:
    """A conversation's draft: running, or finished and waiting for staff to send it."""

    run: DraftRun | None
    text: str = ""  # streamed so far; once finished, the text in the composer (maybe edited)
    reply: str | None = None  # VircomBot's complete draft, when it gave one
    status: str = ""  # what the composer says about it once finished
    failure: str = ""  # why VircomBot could not draft (Spanish)
    cards: list[CardState] = field(default_factory=list)
    message_id: int | None = None  # the stored draft the composer's text would send

    def finish_card(self, name: str, result: str, ok: bool) -> None:
        """Complete the latest running call of `name`."""
        for card in reversed(self.cards):
            if card.name == name and card.result is None:
                card.result, card.ok = result, ok
                return


def _plain(value: Any) -> Any:
    return dict(value) if isinstance(value, dict) else value
