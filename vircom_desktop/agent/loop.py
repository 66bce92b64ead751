"""The tool loop: ask the model, run the tools it calls, send back their results, until text.

One round is one model request. Calls are run in order, each answered by one `role: "tool"`
message carrying `tool_name`. Calls written as JSON text in `content` are run like native ones.
An identical call repeated in a run gets an error the first time and stops the run the second.
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .events import EventSink, TokenEvent, ToolFinished, ToolStarted
from .ollama_client import Cancelled, ChatReply, OllamaClient, OllamaError, ToolCall
from .parsing import extract_calls, may_become_call
from .slots import DESK, Claim
from .tools import TOOL_SCHEMAS, Toolbox, error_result

MAX_ROUNDS = 5


@dataclass
class CallRecord:
    name: str
    arguments: Any
    result: str
    ok: bool

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "arguments": self.arguments,
            "result": self.result,
            "ok": self.ok,
        }


@dataclass
class Round:
    """One model request and the calls it led to (stored as an AgentTurn)."""

    reply: ChatReply | None
    calls: list[CallRecord] = field(default_factory=list)
    error: str = ""


@dataclass
class LoopResult:
    text: str = ""
    failure: str = ""  # a stable code when the run did not end with usable text
    detail: str = ""  # technical detail of the failure (English)
    hint: str = ""  # how staff can fix it (Spanish)
    appointment_id: int | None = None
    appointment_status: str | None = None
    handoff_reason: str | None = None


class _TokenGate:
    """Holds streamed text back while it could still be a JSON call, so none reaches a screen."""

    def __init__(self, emit: EventSink) -> None:
        self._emit = emit
        self._held = ""
        self._open = False

    def feed(self, text: str) -> None:
        if self._open:
            self._emit(TokenEvent(text))
            return
        self._held += text
        if not may_become_call(self._held):
            self._open = True
            self._emit(TokenEvent(self._held))
            self._held = ""


def _canonical(call: ToolCall) -> str:
    return call.name + json.dumps(call.arguments, sort_keys=True, ensure_ascii=False, default=str)


def _history_call(call: ToolCall) -> dict[str, Any]:
    arguments = call.arguments if isinstance(call.arguments, dict) else {}
    return {"function": {"name": call.name, "arguments": arguments}}


class ToolLoop:
    def __init__(self, client: OllamaClient, *, max_rounds: int = MAX_ROUNDS, stream: bool = True):
        self.client = client
        self.max_rounds = max_rounds
        self.stream = stream

    def run(
        self,
        messages: list[dict[str, Any]],
        toolbox: Toolbox,
        *,
        emit: EventSink,
        cancel: threading.Event | None = None,
        on_round: Callable[[Round], None],
        claim: Claim = DESK,
    ) -> LoopResult:
        """Run rounds until the model answers in text; `messages` grows with the exchange.

        Raises Cancelled when `cancel` is set.
        """
        result = LoopResult()
        seen: Counter[str] = Counter()
        for _ in range(self.max_rounds):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            gate = _TokenGate(emit)
            try:
                reply = self.client.chat(
                    messages,
                    TOOL_SCHEMAS,
                    stream=self.stream,
                    on_token=gate.feed,
                    cancel=cancel,
                    claim=claim,
                )
            except OllamaError as error:
                on_round(Round(None, error=str(error)))
                result.failure, result.detail, result.hint = error.code, str(error), error.hint
                return result
            calls, text = list(reply.tool_calls), reply.content
            if not calls:
                calls, text = extract_calls(reply.content)
            if not calls:
                on_round(Round(reply))
                result.text = text.strip()
                return result
            messages.append(
                {
                    "role": "assistant",
                    "content": text,
                    "tool_calls": [_history_call(c) for c in calls],
                }
            )
            turn = Round(reply)
            looping = self._run_calls(calls, toolbox, seen, messages, turn, result, emit)
            on_round(turn)
            if looping:
                result.failure = "looping"
                result.detail = f"the model repeated the call {looping} again"
                result.hint = "El modelo repitió la misma acción; revise la conversación."
                return result
        result.failure = "too_many_rounds"
        result.detail = f"no text reply after {self.max_rounds} model requests"
        result.hint = "El modelo no llegó a una respuesta; revise la conversación."
        return result

    def _run_calls(
        self,
        calls: list[ToolCall],
        toolbox: Toolbox,
        seen: Counter[str],
        messages: list[dict[str, Any]],
        turn: Round,
        result: LoopResult,
        emit: EventSink,
    ) -> str:
        """Run one round's calls in order; returns the call's name when the model loops."""
        for call in calls:
            key = _canonical(call)
            seen[key] += 1
            if seen[key] > 2:
                return call.name
            emit(ToolStarted(call.name, call.arguments))
            if seen[key] == 2:
                ok, text = (
                    False,
                    error_result(
                        "repeated_call",
                        "Ya llamaste a esta herramienta con los mismos argumentos.",
                        "Usa el resultado anterior y responde al cliente.",
                    ),
                )
            else:
                outcome = toolbox.run(call.name, call.arguments)
                ok, text = outcome.ok, outcome.result
                if outcome.appointment_id is not None:
                    result.appointment_id = outcome.appointment_id
                    result.appointment_status = outcome.appointment_status
                if outcome.handoff_reason is not None:
                    result.handoff_reason = outcome.handoff_reason
            emit(ToolFinished(call.name, text, ok))
            turn.calls.append(CallRecord(call.name, call.arguments, text, ok))
            messages.append({"role": "tool", "content": text, "tool_name": call.name})
        return ""
