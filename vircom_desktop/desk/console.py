"""What the chat console reads and writes, as plain functions for worker threads (no Qt here)."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import peewee as pw

from vircom_desktop import events
from vircom_desktop.agent.events import AgentEvent
from vircom_desktop.channels.notices import CALL_PREFIX
from vircom_desktop.config import Settings
from vircom_desktop.domain import conversations, customers, db
from vircom_desktop.domain.models import AgentTurn, Conversation, Customer, Message, Reminder

log = logging.getLogger("vircom.desk")

DESK = "desk"
REVIEW = "draft"  # an outbound message waiting for staff review
REPLY_ROLES = ("bot", "staff")


@dataclass(frozen=True)
class Summary:
    """One row of the conversation list."""

    id: int
    channel: str
    customer: str
    external_id: str
    last_text: str
    last_role: str
    last_at: datetime
    unread: int
    status: str
    mode: str
    handoff_reason: str
    pending_drafts: int
    do_not_contact: bool = False  # the customer opted out: the shop starts no message to them

    @property
    def needs_human(self) -> bool:
        return self.status == "needs_human"

    @property
    def needs_call(self) -> bool:
        """Staff must phone the customer: a change to the visit of someone with no channel."""
        return self.needs_human and self.handoff_reason.startswith(CALL_PREFIX)


@dataclass(frozen=True)
class ThreadMessage:
    id: int
    role: str
    text: str
    status: str
    created_at: datetime
    error: str
    reminder: bool = False  # sent by the reminders job (shown as such, with its delivery)


@dataclass(frozen=True)
class PastCall:
    """A tool call VircomBot made while drafting a stored reply (from its AgentTurn)."""

    name: str
    arguments: Any
    result: str
    ok: bool


@dataclass(frozen=True)
class Thread:
    summary: Summary
    messages: tuple[ThreadMessage, ...]
    past_calls: dict[int, tuple[PastCall, ...]] = field(default_factory=dict)  # by reply id
    # Today's status of each visit a tool card names (the card's JSON says what it was then).
    visit_statuses: dict[int, str] = field(default_factory=dict)


def load_summaries() -> list[Summary]:
    """Every conversation, most recently active first."""
    rows = list(
        Conversation.select(Conversation, Customer)
        .join(Customer, pw.JOIN.LEFT_OUTER)
        .order_by(Conversation.updated_at.desc(), Conversation.id.desc())
    )
    ids = [row.id for row in rows]
    last: dict[int, Message] = {}
    drafts: dict[int, int] = {}
    if ids:
        latest: Iterable[Any] = (
            Message.select(Message.conversation, pw.fn.MAX(Message.id))
            .where(Message.conversation.in_(ids))
            .group_by(Message.conversation)
            .tuples()
        )
        last_ids = [last_id for _conversation, last_id in latest]
        last = {m.conversation_id: m for m in Message.select().where(Message.id.in_(last_ids))}
        counted: Iterable[Any] = (
            Message.select(Message.conversation, pw.fn.COUNT(Message.id))
            .where(Message.conversation.in_(ids) & (Message.status == REVIEW))
            .group_by(Message.conversation)
            .tuples()
        )
        drafts = {conversation_id: count for conversation_id, count in counted}
    return [_summary(row, last.get(row.id), drafts.get(row.id, 0)) for row in rows]


def _summary(row: Conversation, last: Message | None, pending_drafts: int) -> Summary:
    customer = row.customer.name if row.customer_id is not None and row.customer else ""
    return Summary(
        id=row.id,
        channel=row.channel,
        customer=customer or row.external_id,
        external_id=row.external_id,
        last_text=last.text if last else "",
        last_role=last.role if last else "",
        last_at=last.created_at if last else row.updated_at,
        unread=row.unread,
        status=row.status,
        mode=row.mode,
        handoff_reason=row.handoff_reason,
        pending_drafts=pending_drafts,
        do_not_contact=bool(
            row.customer_id is not None and row.customer and row.customer.do_not_contact
        ),
    )


def load_thread(conversation_id: int, *, mark_read: bool = True) -> Thread:
    """A conversation with its messages; opening it marks it read."""
    if mark_read:
        conversations.mark_read(conversation_id)
    row = conversations.get(conversation_id)
    history = conversations.history(conversation_id)
    reminders = reminder_messages([m.id for m in history])
    messages = tuple(
        ThreadMessage(m.id, m.role, m.text, m.status, m.created_at, m.error, m.id in reminders)
        for m in history
    )
    drafts = sum(1 for m in messages if m.status == REVIEW)
    last = messages[-1] if messages else None
    summary = _summary(row, Message.get_by_id(last.id) if last else None, drafts)
    calls = past_calls(conversation_id, messages)
    return Thread(summary, messages, calls, _visit_statuses(calls))


def _visit_statuses(calls: dict[int, tuple[PastCall, ...]]) -> dict[int, str]:
    ids = set()
    for reply_calls in calls.values():
        for call in reply_calls:
            found = _booked_id(call.result) if call.name == "book_appointment" else None
            if found is not None:
                ids.add(found)
    if not ids:
        return {}
    from vircom_desktop.domain.models import Appointment

    query = Appointment.select(Appointment.id, Appointment.status).where(Appointment.id.in_(ids))
    return {row.id: row.status for row in query}


def _booked_id(result: str) -> int | None:
    try:
        value = json.loads(result)
    except ValueError:
        return None
    found = value.get("appointment_id") if isinstance(value, dict) else None
    return found if isinstance(found, int) else None


def reminder_messages(message_ids: list[int]) -> set[int]:
    """Which of these messages are visit reminders."""
    if not message_ids:
        return set()
    query = Reminder.select(Reminder.message).where(Reminder.message.in_(message_ids))
    return set(query.scalars())


def past_calls(
    conversation_id: int, messages: tuple[ThreadMessage, ...]
) -> dict[int, tuple[PastCall, ...]]:
    """The tool calls behind each reply of the conversation, by the reply's message id.

    The agent records each model request as an AgentTurn tied to the customer message it
    answers; a run is a series of requests with calls ended by one without (the text). A run's
    calls belong to the first reply stored after the run and before the customer's next
    message; when staff regenerated, the last run before the reply is the one that counts.
    """
    turns = list(
        AgentTurn.select().where(AgentTurn.conversation == conversation_id).order_by(AgentTurn.id)
    )
    found: dict[int, tuple[PastCall, ...]] = {}
    for answered, finished_at, calls in _runs(turns):
        reply = _reply_after(messages, answered, finished_at)
        if reply is not None:
            found[reply] = calls
    return found


def _runs(turns: list[AgentTurn]) -> list[tuple[int, datetime, tuple[PastCall, ...]]]:
    """(customer message id, end, calls) of each agent run that called tools, oldest first."""
    runs: list[tuple[int, datetime, tuple[PastCall, ...]]] = []
    open_runs: dict[int, list[PastCall]] = {}
    for turn in turns:
        if turn.message_id is None:
            continue  # its customer message is gone: nothing to place the calls by
        answered = turn.message_id
        calls = [_past_call(call) for call in turn.tool_calls or () if isinstance(call, dict)]
        open_runs.setdefault(answered, []).extend(calls)
        if not calls:
            done = open_runs.pop(answered)
            if done:
                runs.append((answered, turn.created_at, tuple(done)))
    return runs


def _past_call(call: dict[str, Any]) -> PastCall:
    return PastCall(
        name=str(call.get("name", "")),
        arguments=call.get("arguments"),
        result=str(call.get("result") or ""),
        ok=bool(call.get("ok", True)),
    )


def _reply_after(
    messages: tuple[ThreadMessage, ...], answered: int, finished_at: datetime
) -> int | None:
    for message in messages:
        if message.id <= answered:
            continue
        if message.role == "customer":
            return None
        if message.role in REPLY_ROLES and message.created_at >= finished_at:
            return message.id
    return None


def start_desk_chat(phone: str, name: str, text: str) -> int:
    """A phone or walk-in customer's conversation with their first words stored; its id."""
    return conversations.start_desk_chat(phone, name, text)


def add_customer_words(conversation_id: int, text: str) -> int:
    """Store what a desk customer said (typed or pasted by staff); the message id.

    Stored as already answered: the console drafts the reply itself, so the channels' inbound
    queue, which works on `received` messages, must never pick it up.
    """
    message = conversations.add_message(
        conversation_id, "customer", text.strip(), status="answered"
    )
    return message.id


def rename_customer(customer_id: int, name: str) -> None:
    """Staff took a name for the customer (e.g. the one they gave the bot)."""
    customers.rename(customer_id, name)


def keep_draft(conversation_id: int, text: str) -> int:
    """Store VircomBot's console draft as a reply waiting for review; its message id."""
    from vircom_desktop.channels import outbox

    return outbox.store_draft(conversation_id, text).id


def latest_draft(thread: Thread) -> ThreadMessage | None:
    """The newest reply of the thread still waiting for review."""
    waiting = [m for m in thread.messages if m.status == REVIEW]
    return waiting[-1] if waiting else None


@dataclass(frozen=True)
class Reply:
    """What staff send from the composer."""

    text: str
    actor: str
    draft_id: int | None  # the bot's stored draft it answers, in draft mode
    unedited_draft: bool  # VircomBot's words as drafted (a desk reply is then the bot's)


def send_reply(conversation_id: int, reply: Reply) -> int:
    """Send a reply; the new message's id.

    A desk chat's reply was given in person or by phone: it is recorded as sent. A stored draft
    (the console keeps VircomBot's drafts) is sent as that draft, and any other reply goes
    through the conversation's channel (the outbox delivers and retries).
    """
    from vircom_desktop.channels import outbox

    text = reply.text.strip()
    if reply.draft_id is None and conversations.get(conversation_id).channel == DESK:
        role = "bot" if reply.unedited_draft else "staff"
        message = conversations.add_message(conversation_id, role, text, status="sent")
        events.hub.publish(
            events.MESSAGE_SENT, conversation_id=conversation_id, message_id=message.id
        )
        return int(message.id)
    if reply.draft_id is not None:
        return int(outbox.send_draft(reply.draft_id, text, actor=reply.actor).id)
    return int(outbox.send_staff_message(conversation_id, text, actor=reply.actor).id)


def retry_message(message_id: int, *, actor: str) -> int:
    """Queue a failed outgoing message again (the outbox sends it); its id."""
    from vircom_desktop.channels import outbox

    return int(outbox.retry(message_id, actor=actor).id)


def set_mode(conversation_id: int, mode: str) -> None:
    """Who answers; giving the conversation back to the bot also clears its handoff."""
    conversations.set_mode(conversation_id, mode)


def draft_reply(
    settings: Settings,
    conversation_id: int,
    *,
    on_event: Callable[[AgentEvent], None],
    cancel: threading.Event,
) -> None:
    """VircomBot drafts a reply for the console, reporting through `on_event` as it goes.

    Runs on the console's own draft thread, whose database connection ends with the run
    (peewee keeps one per thread).
    """
    from vircom_desktop.agent.service import VircomBot

    bot = VircomBot(settings)
    try:
        bot.respond(conversation_id, on_event=on_event, cancel=cancel)
    finally:
        bot.close()
        _close_thread_connection()


def _close_thread_connection() -> None:
    try:
        db.current().close()
    except Exception:
        log.exception("closing the draft thread's database connection failed")
