"""VircomBot, the agent's public entry point: one reply for a conversation's latest message.

The caller stores the customer's message first and the reply afterwards (the channels as sent
or pending review, the chat console as a draft); VircomBot only reads the history, runs the tool
loop, records every model request as an AgentTurn, and hands the conversation to a human when
it cannot answer.
"""

from __future__ import annotations

import functools
import json
import logging
import threading
import time
from collections import defaultdict
from datetime import date
from typing import Any

from vircom_desktop.config import Settings
from vircom_desktop.domain import clock, conversations
from vircom_desktop.domain.conversations import TranscriptLine
from vircom_desktop.domain.db import markers, run_fixed, sql_text
from vircom_desktop.domain.models import PROPOSED, AgentTurn
from vircom_desktop.domain.policy import shop_profile

from . import guardrails, my_visits
from .events import (
    AgentEvent,
    AgentFailed,
    AgentResult,
    DraftComplete,
    EventSink,
)
from .loop import MAX_ROUNDS, LoopResult, Round, ToolLoop
from .ollama_client import NUM_CTX, Cancelled, OllamaClient
from .parsing import looks_like_json, may_become_call
from .prompt import (
    REPLY_RESERVE_TOKENS,
    SeenTool,
    conversation_messages,
    estimate_tokens,
    in_model_order,
    system_prompt,
    trim_history,
)
from .slots import DESK, Claim
from .tools import TOOL_SCHEMAS, Toolbox

log = logging.getLogger("vircom.agent")

HISTORY_LIMIT = 200
SEEN_TURNS = 40  # recent model requests searched for availability already checked
PROMPT_TTL = 30.0
# The first line staff read (the shop's words); the technical detail follows on the next lines.
FAILURE_LABELS = {
    "unreachable": "El asistente no responde: revise que Ollama esté abierto en este equipo",
    "model_missing": "Al asistente le falta su modelo: pida que lo descarguen en Ollama",
    "no_tools": "El modelo del asistente no sirve para agendar: elija otro en Ajustes",
    "timeout": "El asistente tardó demasiado en responder",
    "ollama_error": "El asistente tuvo un problema al responder",
    "looping": "VircomBot repitió la misma acción sin avanzar",
    "too_many_rounds": "VircomBot no llegó a una respuesta",
    "bad_output": "VircomBot no produjo una respuesta válida",
}


_TOOLS_TOKENS = estimate_tokens(json.dumps(TOOL_SCHEMAS, ensure_ascii=False))


class _PromptCache:
    """The day's system prompt, rebuilt at most every PROMPT_TTL seconds or on a new day.

    Building it reads the profile, hours and services; a shop edit shows up within the TTL.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._key: tuple[date, float] | None = None
        self._prompt = ""

    def get(self) -> str:
        today, now = clock.today(), time.monotonic()
        with self._lock:
            if self._key is None or self._key[0] != today or now - self._key[1] > PROMPT_TTL:
                self._prompt = system_prompt(today)
                self._key = (today, now)
            return self._prompt


def holding_reply(shop_name: str) -> str:
    return (
        f"¡Gracias por escribirnos! En este momento no puedo responderte automáticamente; una "
        f"persona del equipo de {shop_name} te contestará lo antes posible."
    )


class VircomBot:
    """The agent for every conversation of the shop (thread-safe: one run per call)."""

    def __init__(self, settings: Settings, *, max_rounds: int = MAX_ROUNDS, stream: bool = True):
        self.model = settings.ollama_model
        self.client = OllamaClient(
            settings.ollama_url,
            settings.ollama_model,
            timeout_seconds=settings.ollama_timeout_seconds,
        )
        self.loop = ToolLoop(self.client, max_rounds=max_rounds, stream=stream)
        self._prompts = _PromptCache()

    def close(self) -> None:
        self.client.close()

    def check_model(self) -> str:
        """'ok', 'unreachable', 'model_missing' or 'no_tools'."""
        return self.client.check_model()

    def respond(
        self,
        conversation_id: int,
        *,
        on_event: EventSink | None = None,
        cancel: threading.Event | None = None,
        claim: Claim = DESK,
    ) -> AgentResult:
        """VircomBot's reply to the conversation's latest customer message (not stored here).

        `claim` says who waits for it (staff at the desk by default): see `agent.slots`.
        """
        emit = on_event or _ignore
        rows = in_model_order(conversations.transcript(conversation_id, HISTORY_LIMIT))
        latest = next((row.id for row in reversed(rows) if row.role == "customer"), None)
        rounds: list[Round] = []
        try:
            outcome = self.loop.run(
                self._messages(rows, _availability_seen(conversation_id)),
                Toolbox(conversation_id),
                emit=emit,
                cancel=cancel,
                on_round=rounds.append,
                claim=claim,
            )
        except Cancelled:
            emit(AgentFailed("Respuesta cancelada.", "cancelled"))
            return AgentResult("", "cancelled", None, "cancelled")
        finally:
            # One write for the whole run rather than one per model request: the rounds are a
            # record of the run, and nothing reads them while it is going on.
            _store_rounds(conversation_id, latest, self.model, rounds)
        result = self._finish(conversation_id, outcome)
        if outcome.failure:
            emit(AgentFailed(_failure_reason(outcome), outcome.failure))
        emit(DraftComplete(result))
        return result

    def _messages(
        self, rows: list[TranscriptLine], seen: dict[int, list[SeenTool]]
    ) -> list[dict[str, Any]]:
        system = self._prompts.get()
        budget = NUM_CTX - REPLY_RESERVE_TOKENS - estimate_tokens(system) - _TOOLS_TOKENS
        history = trim_history(conversation_messages(rows, seen), budget)
        return [{"role": "system", "content": system}] + [m.as_dict() for m in history]

    def _finish(self, conversation_id: int, outcome: LoopResult) -> AgentResult:
        text = outcome.text
        # A reply that still may be a call never left the token gate: it is a broken call.
        if not outcome.failure and (not text or looks_like_json(text) or may_become_call(text)):
            outcome.failure, outcome.detail = "bad_output", "the model's reply was empty or JSON"
            outcome.hint = "Responda al cliente manualmente."
        if outcome.failure:
            return self._fail(conversation_id, outcome)
        if outcome.handoff_reason is not None:
            return AgentResult(
                guardrails.enforce_handoff_notice(text), "needs_human", outcome.appointment_id
            )
        _clear_model_failure(conversation_id)
        return AgentResult(
            _checked_claims(conversation_id, text, outcome), "answered", outcome.appointment_id
        )

    def _fail(self, conversation_id: int, outcome: LoopResult) -> AgentResult:
        log.warning(
            "VircomBot could not answer conversation %s: %s (%s)",
            conversation_id,
            outcome.failure,
            outcome.detail,
        )
        reason = outcome.handoff_reason or _failure_reason(outcome)
        conversations.set_status(conversation_id, "needs_human", reason)
        reply = holding_reply(shop_profile().name)
        if outcome.appointment_status == PROPOSED:
            reply += " " + guardrails.PENDING_NOTE
        return AgentResult(reply, "needs_human", outcome.appointment_id, outcome.detail)


# Failures of the model server rather than of the conversation: the next good draft clears them.
MODEL_FAILURES = ("unreachable", "model_missing", "no_tools", "timeout", "ollama_error")


def _failure_reason(outcome: LoopResult) -> str:
    """What went wrong in the shop's words, then how to fix it and the technical detail."""
    label = FAILURE_LABELS.get(outcome.failure or "", "VircomBot falló")
    details = " ".join(part for part in (outcome.hint, outcome.detail) if part)
    return f"{label}.\n{details}".strip()


def _clear_model_failure(conversation_id: int) -> None:
    """The model answered again: a handoff only caused by its failure is over."""
    status, reason = conversations.handoff_of(conversation_id)
    if status == "needs_human" and is_model_failure(reason):
        conversations.set_status(conversation_id, "open")


def is_model_failure(reason: str) -> bool:
    """Whether a handoff reason says the model server failed (not that a person is needed)."""
    return any(reason.startswith(FAILURE_LABELS[code]) for code in MODEL_FAILURES)


def _checked_claims(conversation_id: int, text: str, outcome: LoopResult) -> str:
    """Facts from the database, not words: a reply may call confirmed only what is confirmed."""
    if outcome.appointment_status == PROPOSED:
        return guardrails.enforce_pending(text)
    if outcome.appointment_id is not None:
        return text  # confirmed at once: the owner turned approval off
    if not guardrails.claims_booking(text):
        return text
    confirmed, proposed = my_visits.statuses_for_claims(conversation_id)
    if not proposed:
        return text if confirmed else guardrails.enforce_not_booked(text)
    # A confirmed visit may be called confirmed, unless the reply is about a pending one.
    if confirmed and not guardrails.mentions_time(text, [v.starts_at for v in proposed]):
        return text
    return guardrails.enforce_pending(text)


def _availability_seen(conversation_id: int) -> dict[int, list[SeenTool]]:
    """Availability that earlier turns checked for days not yet past, by the message answered.

    Shown to the model again, so it does not spend a request checking a day it already knows:
    asking again cannot change what it may book, since `book_appointment` re-checks the slot
    in code and answers with the free times when it is gone.
    """
    today = clock.today().isoformat()
    # A fixed statement (see db.sql_text): every turn of every conversation runs it.
    turns = AgentTurn.raw(
        sql_text(
            "SELECT message_id, tool_calls FROM agent_turns WHERE conversation_id = ?"
            " AND tool_calls IS NOT NULL ORDER BY id DESC LIMIT ?"
        ),
        conversation_id,
        SEEN_TURNS,
    )
    seen: dict[int, list[SeenTool]] = defaultdict(list)
    for turn in reversed(list(turns)):
        if turn.message_id is None:
            continue
        for call in turn.tool_calls or ():
            if call.get("name") != "check_availability" or not call.get("ok"):
                continue
            arguments, result = call.get("arguments"), str(call.get("result") or "")
            try:
                day = str(json.loads(result).get("date", ""))
            except (ValueError, AttributeError):
                continue
            if day >= today and isinstance(arguments, dict):
                seen[turn.message_id].append(SeenTool("check_availability", arguments, result))
    return seen


def _store_rounds(
    conversation_id: int, message_id: int | None, model: str, rounds: list[Round]
) -> None:
    """Record each model request of a run as an AgentTurn (one fixed statement, see
    db.sql_text: every turn of every conversation stores its rounds)."""
    if not rounds:
        return
    values = [value for r in rounds for value in _turn_row(conversation_id, message_id, model, r)]
    run_fixed(_insert_turns_sql(len(rounds)), *values)


def _turn_row(
    conversation_id: int, message_id: int | None, model: str, turn: Round
) -> tuple[Any, ...]:
    """An `agent_turns` row in the order of `_TURN_COLUMNS`, as stored."""
    reply = turn.reply
    return (
        conversation_id,
        message_id,
        model,
        reply.content if reply else "",
        AgentTurn.tool_calls.db_value([call.as_dict() for call in turn.calls] or None),
        reply.prompt_tokens if reply else None,
        reply.eval_tokens if reply else None,
        (reply.total_ms or reply.wall_ms) if reply else None,
        turn.error,
        AgentTurn.created_at.db_value(clock.now()),
    )


_TURN_COLUMNS = (
    "conversation_id",
    "message_id",
    "model",
    "content",
    "tool_calls",
    "prompt_tokens",
    "eval_tokens",
    "duration_ms",
    "error",
    "created_at",
)


@functools.cache
def _insert_turns_sql(count: int) -> str:
    row = f"({markers(len(_TURN_COLUMNS))})"
    return f"INSERT INTO agent_turns ({', '.join(_TURN_COLUMNS)}) VALUES {', '.join([row] * count)}"


def _ignore(_event: AgentEvent) -> None:
    return None
