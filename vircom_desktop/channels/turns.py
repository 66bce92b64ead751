"""One turn of a conversation: the agent answers the messages the queue claimed.

The bot's reply and the new state of the customer's messages are committed together, so a turn
that is interrupted is simply run again, and a finished one never is. Replies leave through the
outbox; in draft mode they wait there for staff.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass, replace
from typing import Any, Protocol

from vircom_desktop import events
from vircom_desktop.agent import slots
from vircom_desktop.channels import inbound, outbox, serialize
from vircom_desktop.channels.queue import Batch, Claimed
from vircom_desktop.domain import conversations, db, opt_out, privacy_notice
from vircom_desktop.domain.models import Appointment, Conversation, Message

log = logging.getLogger("vircom.channels")


class Agent(Protocol):
    """VircomBot's interface as the channels use it (see `agent.service`)."""

    def respond(
        self,
        conversation_id: int,
        *,
        on_event: Any = None,
        cancel: Any = None,
        claim: slots.Claim = slots.DESK,
    ) -> Any:
        """Answer the stored conversation; returns reply, status, appointment_id, error."""
        ...


@dataclass(frozen=True)
class Outcome:
    reply: str
    status: str  # answered | needs_human
    appointment_id: int | None = None
    error: str = ""


def pending_review(conversation_id: int) -> dict[str, Any]:
    return inbound.stored_response(
        202, {"conversation_id": conversation_id, "status": "pending_review"}
    )


def answer(conversation_id: int, outcome: Outcome) -> dict[str, Any]:
    """The chat webhook's answer for a turn in auto mode (CONTRACT §4)."""
    appointment = None
    if outcome.appointment_id is not None:
        row = Appointment.get_or_none(Appointment.id == outcome.appointment_id)
        appointment = serialize.appointment(row) if row is not None else None
    return inbound.stored_response(
        200,
        {
            "conversation_id": conversation_id,
            "status": outcome.status,
            "reply": outcome.reply,
            "appointment": appointment,
        },
    )


def reviewed_by_staff(mode: str) -> bool:
    """Whether staff answer (or review the bot's answer) in a conversation of this mode."""
    return mode in ("draft", "manual")


class Turns:
    """The queue's TurnRunner: runs the agent and commits its answer.

    `privacy_url` is VIRCOM_PRIVACY_URL (else the link in Ajustes is used) for the notice that
    ends the first reply to a new customer.
    """

    def __init__(self, agent: Agent, *, privacy_url: str = "") -> None:
        self.agent = agent
        self.privacy_url = privacy_url

    def handle(self, batch: Batch) -> None:
        conversation = conversations.get(batch.conversation_id)
        stops = [opt_out.asks_to_stop(message.text) for message in batch.messages]
        newly_opted_out = any(stops) and opt_out.record_opt_out(conversation.id)
        if stops and all(stops):
            # Recognised in code, never left to the model; confirmed once.
            outcome = Outcome(opt_out.CONFIRMATION, "answered")
            self._commit(
                batch,
                conversations.get(conversation.id),
                outcome,
                send_reply=newly_opted_out,
            )
            return
        if conversation.mode == "manual" or conversation.status == "needs_human":
            # Staff are answering: the bot stays quiet; the sender hears staff will reply.
            outcome = Outcome(inbound.HOLDING_REPLY, "needs_human")
            self._commit(batch, conversation, outcome, send_reply=False)
            return
        outcome = self._ask_agent(conversation.id, _customer_claim(batch.messages))
        if newly_opted_out:  # "BAJA" written together with a question: both are answered
            outcome = replace(outcome, reply=f"{outcome.reply}\n\n{opt_out.CONFIRMATION}")
        self._commit(batch, conversation, outcome, send_reply=True)
        if outcome.status == "needs_human":
            reason = outcome.error or "VircomBot pidió ayuda de una persona"
            conversations.set_status(conversation.id, "needs_human", reason)

    def _ask_agent(self, conversation_id: int, claim: slots.Claim) -> Outcome:
        try:
            result = self.agent.respond(conversation_id, claim=claim)
        except Exception as error:
            log.exception("VircomBot failed on conversation %s", conversation_id)
            return Outcome(inbound.HOLDING_REPLY, "needs_human", error=f"agent error: {error}")
        reply = (getattr(result, "reply", "") or "").strip()
        status = getattr(result, "status", "needs_human")
        if not reply:
            return Outcome(inbound.HOLDING_REPLY, "needs_human", error="the agent gave no reply")
        return Outcome(
            reply,
            "answered" if status == "answered" else "needs_human",
            getattr(result, "appointment_id", None),
            getattr(result, "error", "") or "",
        )

    def _commit(
        self,
        batch: Batch,
        conversation: Conversation,
        outcome: Outcome,
        *,
        send_reply: bool,
    ) -> None:
        message_status = inbound.ANSWERED if outcome.status == "answered" else inbound.NEEDS_HUMAN
        sent: list[Message] = []
        # Every write below guards itself (our leased messages, the notice's conditional mark),
        # so on PostgreSQL turns need not queue on the shop-wide lock of bookings.
        with db.conditional_transaction():
            if send_reply and conversation.privacy_notice_at is None:
                reply = privacy_notice.append_once(conversation.id, outcome.reply, self.privacy_url)
                outcome = replace(outcome, reply=reply)
            if reviewed_by_staff(conversation.mode):
                response = pending_review(conversation.id)
            else:
                response = answer(conversation.id, outcome)
            if send_reply:
                sent = outbox.queue_message(
                    conversation,
                    outcome.reply,
                    role="bot",
                    reply_to=batch.message_ids[-1],
                    draft=conversation.mode == "draft",
                )
            _finish_messages(batch, message_status, response, outcome.error)
        outbox.announce(sent)
        # The console shows the new reply (or draft to review) of this conversation.
        events.hub.publish(
            events.CONVERSATION_CHANGED, conversation_id=conversation.id, status=conversation.status
        )

    def give_up(self, batch: Batch, reason: str) -> None:
        fail_batch(batch, reason)


def _customer_claim(messages: tuple[Claimed, ...]) -> slots.Claim:
    """A live customer, waiting since their oldest unanswered message arrived."""
    since = messages[0].created_at.timestamp() if messages else None
    return slots.Claim(slots.Priority.CUSTOMER, since)


def _finish_messages(batch: Batch, status: str, response: dict[str, Any], error: str = "") -> None:
    """One statement for the whole batch: each message keeps the first answer it was given."""
    answers = [
        value
        for message in batch.messages
        for value in (
            message.id,
            Message.response.db_value(_answer_of(message.external_id, response)),
        )
    ]
    db.run_fixed(_finish_sql(len(batch.messages)), status, error, *answers, *batch.message_ids)


# The statement every turn runs, as text (see db.sql_text).
@functools.cache
def _finish_sql(count: int) -> str:
    answers = " ".join(["WHEN ? THEN ?"] * count)
    return (
        "UPDATE messages SET status = ?, error = ?, next_attempt_at = NULL,"
        f" response = COALESCE(response, CASE id {answers} END) WHERE id IN ({db.markers(count)})"
    )


def _answer_of(external_id: str | None, response: dict[str, Any]) -> dict[str, Any]:
    body = dict(response["body"], message_id=external_id)
    return inbound.stored_response(response["http_status"], body)


def fail_batch(batch: Batch, reason: str) -> None:
    """Messages the bot could not handle: failed, shown to staff, sender told staff will reply."""
    conversation = conversations.get(batch.conversation_id)
    outcome = Outcome(inbound.HOLDING_REPLY, "needs_human", error=reason)
    response = (
        pending_review(conversation.id)
        if reviewed_by_staff(conversation.mode)
        else answer(conversation.id, outcome)
    )
    with db.write_transaction():
        _finish_messages(batch, inbound.FAILED, response, reason)
    conversations.set_status(conversation.id, "needs_human", f"no se pudo procesar: {reason}")
