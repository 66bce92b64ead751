"""The outbox: every message to a customer (bot reply, staff reply, booking notice) goes out here.

An outgoing message is a `messages` row with role bot, staff or system and a delivery status:
draft (waiting for staff) → pending → sending → sent → delivered → read, or failed. Senders
claim one row at a time (`pending` → `sending` in one conditional update), so no two threads or
processes send the same row; the provider's id is stored with `sent`. A send that fails for a
passing reason is retried with exponential backoff; a permanent failure, or one that outlived its
attempts, is `failed` with the reason for staff, who can `retry` it. A row found `sending` after
a crash may or may not have reached the customer: it becomes `failed` (never sent twice) and
staff decide.

Channels whose replies travel in the HTTP response or are polled (api, webchat) have nothing to
push: their messages are `sent` as soon as they are stored.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Protocol, cast

import peewee as pw

from vircom_desktop import events
from vircom_desktop.channels.queue import wall_now
from vircom_desktop.channels.workers import WorkerPool
from vircom_desktop.domain import audit, conversations, db
from vircom_desktop.domain.models import Conversation, Message

log = logging.getLogger("vircom.channels")

DRAFT = "draft"
PENDING = "pending"
SENDING = "sending"
SENT = "sent"
DELIVERED = "delivered"
READ = "read"
FAILED = "failed"
WITHDRAWN = "withdrawn"  # never sent: what it said stopped being true (a reminder of a moved visit)
OUTBOUND_ROLES = ("bot", "staff", "system")
# Delivery progress reported by providers; a later report never moves a message back.
PROGRESS = {SENT: 1, DELIVERED: 2, READ: 3}
# Channels the outbox pushes to, with the longest text one provider message may carry.
PUSH_LIMITS = {"whatsapp": 4096, "twilio": 1600}

INTERRUPTED = (
    "the app stopped while sending this message; it may or may not have reached the customer "
    "— check with them before retrying"
)
POLL_SECONDS = 1.0


class OutboxError(ValueError):
    """A staff action the outbox refuses (unknown message, wrong state, empty text)."""


class SendError(Exception):
    """A provider refused or could not take a message; `permanent` means retrying won't help."""

    def __init__(self, message: str, *, permanent: bool, code: str = "") -> None:
        super().__init__(message)
        self.permanent = permanent
        self.code = code


class Sender(Protocol):
    def send(self, to: str, text: str) -> str:
        """Send `text` to `to`; return the provider's message id or raise SendError."""
        ...


# Where a long text is best cut, strongest first: paragraph, line, sentence, word.
_BREAKS = ("\n\n", "\n", ". ", " ")


def split_text(text: str, limit: int) -> list[str]:
    """Cut `text` into parts of at most `limit` characters, at the strongest break available.

    A break in the first half of a part is passed over for a weaker one (or a hard cut), so no
    part comes out much shorter than the limit.
    """
    parts: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        window = rest[:limit]
        cut = limit
        for separator in _BREAKS:
            at = window.rfind(separator)
            if at >= limit // 2:
                cut = at + len(separator.rstrip())  # a full stop stays with its sentence
                break
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        parts.append(rest)
    return parts or [""]


# -- storing outgoing messages ---------------------------------------------------------------


def _parts(conversation: Conversation, text: str, *, draft: bool) -> tuple[list[str], str]:
    """The provider messages `text` becomes on the conversation's channel, and their status."""
    limit = PUSH_LIMITS.get(conversation.channel)
    if draft:
        return [text], DRAFT
    if limit is None:
        return [text], SENT
    return split_text(text, limit), PENDING


def queue_message(
    conversation: Conversation,
    text: str,
    *,
    role: str,
    reply_to: int | None = None,
    draft: bool = False,
) -> list[Message]:
    """Store an outgoing message (split for its channel); the caller holds the transaction.

    Call `announce` with the result after the commit.
    """
    parts, status = _parts(conversation, text, draft=draft)
    return [
        conversations.add_message(conversation.id, role, part, status=status, reply_to=reply_to)
        for part in parts
    ]


def queue_template(
    conversation: Conversation, text: str, template: dict[str, object], *, role: str
) -> Message:
    """Store an approved WhatsApp template message; `text` is what staff see in the chat."""
    message = conversations.add_message(conversation.id, role, text, status=PENDING)
    Message.update(template=template).where(Message.id == message.id).execute()
    message.template = template
    return message


def announce(messages: Iterable[Message]) -> None:
    """After the commit: tell the UI what was sent at once, and wake the senders."""
    for message in messages:
        if message.status == SENT:
            events.hub.publish(
                events.MESSAGE_SENT,
                conversation_id=message.conversation_id,
                message_id=message.id,
            )
    wake()


def send_staff_message(conversation_id: int, text: str, *, actor: str) -> Message:
    """A reply written by staff, sent through the conversation's channel."""
    if not text.strip():
        raise OutboxError("the message is empty")
    conversation = conversations.get(conversation_id)
    with db.write_transaction():
        rows = queue_message(conversation, text.strip(), role="staff")
        audit.record(actor, "send_message", rows[0], {"conversation": conversation_id})
    announce(rows)
    return rows[0]


def send_draft(message_id: int, text: str, *, actor: str) -> Message:
    """Send a reply the bot drafted (draft mode), as staff approved or edited it."""
    if not text.strip():
        raise OutboxError("the message is empty")
    with db.write_transaction():
        draft = Message.get_or_none(Message.id == message_id)
        if draft is None or draft.status != DRAFT:
            raise OutboxError(f"message {message_id} is not a draft waiting to be sent")
        conversation = conversations.get(draft.conversation_id)
        parts, status = _parts(conversation, text.strip(), draft=False)
        # The approved text takes the draft's place; extra parts of a long text follow it.
        # A draft staff rewrote is their message, not the bot's.
        edited = text.strip() != draft.text
        role = "staff" if edited else draft.role
        Message.update(text=parts[0], status=status, role=role).where(
            Message.id == draft.id
        ).execute()
        rest = [
            conversations.add_message(
                conversation.id, role, part, status=status, reply_to=draft.reply_to_id
            )
            for part in parts[1:]
        ]
        audit.record(actor, "send_draft", draft, {"edited": edited})
        draft = Message.get_by_id(draft.id)
    announce([draft, *rest])
    return draft


def store_draft(conversation_id: int, text: str) -> Message:
    """Keep a draft written at the desk (the chat console) until staff send it.

    The same kind of message a conversation in draft mode gets from the channels: staff see
    it as "borrador por revisar" after a restart too, and send it with `send_draft`.
    """
    if not text.strip():
        raise OutboxError("the draft is empty")
    conversation = conversations.get(conversation_id)
    with db.write_transaction():
        asked = (
            Message.select(Message.id)
            .where((Message.conversation == conversation_id) & (Message.role == "customer"))
            .order_by(Message.id.desc())
            .scalar()
        )
        # A new draft replaces the one before it (staff asked VircomBot again).
        Message.delete().where(
            (Message.conversation == conversation_id) & (Message.status == DRAFT)
        ).execute()
        rows = queue_message(conversation, text.strip(), role="bot", reply_to=asked, draft=True)
    return rows[0]


def discard_draft(message_id: int, *, actor: str) -> None:
    """Drop a draft staff do not want to send."""
    with db.write_transaction():
        draft = Message.get_or_none(Message.id == message_id)
        if draft is None or draft.status != DRAFT:
            raise OutboxError(f"message {message_id} is not a draft")
        audit.record(actor, "discard_draft", draft)
        draft.delete_instance()


def withdraw(message_ids: Iterable[int], reason: str) -> list[int]:
    """Take back messages not yet sent (still pending); returns those withdrawn.

    A message already being sent cannot be taken back; it goes out.
    """
    withdrawn = []
    for message_id in message_ids:
        changed = (
            Message.update(status=WITHDRAWN, error=reason)
            .where((Message.id == message_id) & (Message.status == PENDING))
            .execute()
        )
        if changed:
            withdrawn.append(message_id)
    return withdrawn


def retry(message_id: int, *, actor: str = "staff") -> Message:
    """Send a failed message again."""
    with db.write_transaction():
        message = Message.get_or_none(Message.id == message_id)
        if message is None or message.role not in OUTBOUND_ROLES or message.status != FAILED:
            raise OutboxError(f"message {message_id} is not a failed outgoing message")
        Message.update(status=PENDING, attempts=0, next_attempt_at=None, error="").where(
            Message.id == message_id
        ).execute()
        audit.record(actor, "retry_message", message)
    wake()
    return Message.get_by_id(message_id)


def record_delivery(provider_id: str, status: str, error: str = "") -> Message | None:
    """A provider's delivery report (sent, delivered, read, failed) for one of our messages."""
    message = (
        Message.select()
        .where((Message.external_id == provider_id) & Message.role.in_(OUTBOUND_ROLES))
        .first()
    )
    if message is None:
        return None
    if status == FAILED:
        reason = error or "the provider could not deliver it"
        Message.update(status=FAILED, error=reason).where(Message.id == message.id).execute()
        _publish_failed(message.conversation_id, message.id, reason)
    elif PROGRESS.get(status, 0) > PROGRESS.get(message.status, 0):
        Message.update(status=status).where(
            (Message.id == message.id) & (Message.status == message.status)
        ).execute()
        events.hub.publish(
            events.MESSAGE_SENT, conversation_id=message.conversation_id, message_id=message.id
        )
    return Message.get_by_id(message.id)


# -- sending ---------------------------------------------------------------------------------

_running: set[Outbox] = set()
_running_lock = threading.Lock()


def wake() -> None:
    """Tell the running outboxes there is something to send."""
    with _running_lock:
        outboxes = list(_running)
    for outbox in outboxes:
        outbox.notify()


class Outbox:
    """Sender threads that drain pending messages through each channel's Sender."""

    def __init__(
        self,
        senders: dict[str, Sender],
        *,
        workers: int = 2,
        backoff_seconds: float = 2.0,
        max_backoff_seconds: float = 300.0,
        max_attempts: int = 6,
        lease_seconds: float = 120.0,
    ) -> None:
        self.senders = senders
        self.workers = max(1, workers)
        self.backoff_seconds = backoff_seconds
        self.max_backoff_seconds = max_backoff_seconds
        self.max_attempts = max_attempts
        self.lease_seconds = lease_seconds
        self._pool = WorkerPool("outbox")

    def start(self) -> None:
        self.fail_interrupted()
        with _running_lock:
            _running.add(self)
        self._pool.start(self._work, self.workers)

    def stop(self, timeout: float = 30.0) -> None:
        """Stop taking messages; let the sends in progress finish."""
        with _running_lock:
            _running.discard(self)
        self._pool.stop(timeout)

    def notify(self) -> None:
        # One new message needs one sender; waking them all had each query for it.
        self._pool.notify_one()

    def fail_interrupted(self) -> list[int]:
        """Messages left `sending` by a process that died: failed, for staff to check."""
        query = (
            Message.select(Message.id, Message.conversation)
            .where(
                Message.role.in_(OUTBOUND_ROLES)
                & (Message.status == SENDING)
                & (Message.next_attempt_at <= wall_now())
            )
            .tuples()
        )
        stale = list(cast(Iterable[tuple[int, int]], query))
        for message_id, conversation_id in stale:
            changed = (
                Message.update(status=FAILED, error=INTERRUPTED)
                .where((Message.id == message_id) & (Message.status == SENDING))
                .execute()
            )
            if changed:
                log.warning("message %s was interrupted while sending; marked failed", message_id)
                _publish_failed(conversation_id, message_id, INTERRUPTED)
        return [message_id for message_id, _ in stale]

    def _work(self) -> None:
        last_sweep = time.monotonic()
        while not self._pool.should_stop():
            try:
                next_up = self._claim()
                if isinstance(next_up, Outgoing):
                    self._deliver(next_up)
                    continue
                if time.monotonic() - last_sweep > self.lease_seconds / 2:
                    self.fail_interrupted()
                    last_sweep = time.monotonic()
                wait = next_up
            except pw.OperationalError as error:
                log.error("outbox cannot reach the database: %s", error)
                wait = POLL_SECONDS
            except Exception:
                # A message this fails on stays `sending` until its lease runs out, and is then
                # failed for staff like an interrupted one: never sent twice, never lost.
                log.exception("outbox worker error")
                wait = POLL_SECONDS
            self._pool.wait(wait)

    def _claim(self) -> Outgoing | float:
        """The oldest sendable message of some conversation, marked `sending` under a lease;
        else the seconds until one is due (a retry waiting out its backoff), POLL_SECONDS at most.

        Only a conversation's oldest unsent message is sendable, so its messages arrive in
        order. One fixed statement (see db.sql_text) finds both what is due and when the next
        one will be: a burst of replies runs it twice per message, once more when none is left.
        """
        now = wall_now()
        stamp = Message.next_attempt_at.db_value(now)
        rows = db.run_fixed(_CANDIDATES_SQL, stamp, stamp, stamp, self.workers * 2).fetchall()
        lease = Message.next_attempt_at.db_value(now + timedelta(seconds=self.lease_seconds))
        for message_id, conversation_id, channel, to, text, template, attempts, due_at in rows:
            if due_at is not None:
                # Due ones come first: the rest wait for a retry; the first is the soonest.
                due_at = Message.next_attempt_at.python_value(due_at)  # SQLite hands back text
                if due_at > now:
                    return min(POLL_SECONDS, (due_at - now).total_seconds())
            cursor = db.run_fixed(_CLAIM_SQL, lease, message_id)
            if cursor.rowcount:
                return Outgoing(
                    message_id,
                    conversation_id,
                    channel,
                    to,
                    text,
                    Message.template.python_value(template),
                    attempts + 1,
                )
        # Nothing waiting, or other senders took what was due: look again at once then.
        return 0.0 if rows else POLL_SECONDS

    def _deliver(self, message: Outgoing) -> None:
        sender = self.senders.get(message.channel)
        if sender is None:
            self._fail(message, f"the {message.channel} channel is not configured")
            return
        try:
            if message.template:
                provider_id = _send_template(sender, message.to, message.template)
            else:
                provider_id = sender.send(message.to, message.text)
        except SendError as error:
            self._retry_or_fail(message, str(error), permanent=error.permanent)
            return
        except Exception as error:  # a bug or an unexpected library error: retry, loudly
            log.exception("sending message %s failed unexpectedly", message.id)
            self._retry_or_fail(message, f"unexpected error: {error}", permanent=False)
            return
        db.run_fixed(_SENT_SQL, provider_id or None, message.id)
        log.info("sent message %s on %s as %s", message.id, message.channel, provider_id)
        events.hub.publish(
            events.MESSAGE_SENT, conversation_id=message.conversation_id, message_id=message.id
        )

    def _retry_or_fail(self, message: Outgoing, reason: str, *, permanent: bool) -> None:
        if permanent or message.attempts >= self.max_attempts:
            self._fail(message, reason)
        else:
            self._postpone(message, reason)

    def _postpone(self, message: Outgoing, reason: str) -> None:
        delay = min(
            self.max_backoff_seconds, self.backoff_seconds * 2 ** max(0, message.attempts - 1)
        )
        log.info("message %s not sent (%s); retrying in %.1fs", message.id, reason, delay)
        Message.update(
            status=PENDING, error=reason, next_attempt_at=wall_now() + timedelta(seconds=delay)
        ).where((Message.id == message.id) & (Message.status == SENDING)).execute()

    def _fail(self, message: Outgoing, reason: str) -> None:
        log.warning("message %s failed: %s", message.id, reason)
        Message.update(status=FAILED, error=reason).where(
            (Message.id == message.id) & (Message.status == SENDING)
        ).execute()
        _publish_failed(message.conversation_id, message.id, reason)


@dataclass(frozen=True)
class Outgoing:
    """A message claimed for sending, with what its channel's sender needs."""

    id: int
    conversation_id: int
    channel: str
    to: str  # the conversation's external id: a phone number, a Twilio address
    text: str
    template: dict[str, Any] | None
    attempts: int  # this one included


# The statements a burst of replies runs once per message, as text (see db.sql_text).
_ROLES_SQL = ", ".join(f"'{role}'" for role in OUTBOUND_ROLES)
# Each conversation's oldest unsent outgoing message: the due ones oldest first, then those
# waiting out a retry's backoff, soonest first.
_DUE = "(m.next_attempt_at IS NULL OR m.next_attempt_at <= ?)"
_CANDIDATES_SQL = (
    "SELECT m.id, m.conversation_id, c.channel, c.external_id, m.text, m.template, m.attempts,"
    f" CASE WHEN {_DUE} THEN NULL ELSE m.next_attempt_at END"
    " FROM messages AS m JOIN conversations AS c ON c.id = m.conversation_id"
    f" WHERE m.id IN (SELECT MIN(id) FROM messages WHERE role IN ({_ROLES_SQL})"
    f" AND status IN ('{PENDING}', '{SENDING}') GROUP BY conversation_id)"
    f" AND m.status = '{PENDING}'"
    f" ORDER BY CASE WHEN {_DUE} THEN 0 ELSE 1 END, CASE WHEN {_DUE} THEN m.id ELSE 0 END,"
    " m.next_attempt_at LIMIT ?"
)
# `pending` → `sending` with a lease; no row changed means another sender took it.
_CLAIM_SQL = (
    f"UPDATE messages SET status = '{SENDING}', attempts = attempts + 1, next_attempt_at = ?"
    f" WHERE id = ? AND status = '{PENDING}'"
)
_SENT_SQL = (
    f"UPDATE messages SET status = '{SENT}', external_id = ?, error = ''"
    f" WHERE id = ? AND status = '{SENDING}'"
)


def _send_template(sender: Sender, to: str, template: dict[str, object]) -> str:
    send = getattr(sender, "send_template", None)
    if send is None:
        raise SendError("this channel cannot send WhatsApp templates", permanent=True)
    return str(send(to, template))


def _publish_failed(conversation_id: int, message_id: int, reason: str) -> None:
    events.hub.publish(
        events.OUTBOUND_FAILED, conversation_id=conversation_id, message_id=message_id, error=reason
    )
