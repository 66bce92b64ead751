"""What a VircomBot run reports while it works (for the chat console) and when it ends."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

Status = Literal["answered", "needs_human", "cancelled"]


@dataclass(frozen=True)
class AgentResult:
    """The outcome of one run: the reply for the customer and what happened.

    `status` is "answered", "needs_human" (handoff or failure: `reply` is then a holding
    message) or "cancelled" (the caller stopped the run; `reply` is empty). `error` is the
    technical reason of a failure (English, for logs); empty otherwise.
    """

    reply: str
    status: Status
    appointment_id: int | None = None
    error: str = ""


@dataclass(frozen=True)
class TokenEvent:
    text: str


@dataclass(frozen=True)
class ToolStarted:
    name: str
    arguments: Any


@dataclass(frozen=True)
class ToolFinished:
    name: str
    result: str  # the JSON the model receives
    ok: bool


@dataclass(frozen=True)
class DraftComplete:
    result: AgentResult


@dataclass(frozen=True)
class AgentFailed:
    reason: str  # Spanish, for staff: what happened and how to fix it
    code: str  # stable: unreachable, model_missing, no_tools, timeout, ollama_error, looping...


AgentEvent = TokenEvent | ToolStarted | ToolFinished | DraftComplete | AgentFailed
EventSink = Callable[[AgentEvent], None]
