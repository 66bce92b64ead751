"""The conversation store: conversations, their messages and their customer, for every caller.

Channels, the chat console and the agent all go through here, so a conversation is one row per
(channel, sender) whatever writes first, and every change is announced on the event hub after
its commit: `MESSAGE_RECEIVED` for a customer's message, `CONVERSATION_CHANGED` for a change of
status, mode or unread count.
"""

from __future__ import annotations

import contextlib
import secrets
from dataclasses import dataclass, field
from typing import Any, cast

import peewee as pw

from vircom_desktop import events
from vircom_desktop.domain import clock, customers
from vircom_desktop.domain.db import current, run_fixed, sql_text, write_transaction
from vircom_desktop.domain.models import (
    CONVERSATION_MODES,
    CONVERSATION_STATUSES,
    MESSAGE_ROLES,
    Appointment,
    Conversation,
    Customer,
    Message,
)
from vircom_desktop.domain.phones import normalize_phone
from vircom_desktop.domain.policy import shop_profile

# Channels whose sender id is the customer's phone number.
PHONE_CHANNELS = ("api", "whatsapp", "twilio")


class ConversationError(ValueError):
    """A request the store refuses (unknown conversation, bad status...)."""


class DuplicateMessage(ConversationError):
    """A message with this external id is already stored; `existing` is that message."""

    def __init__(self, existing: Message) -> None:
        super().__init__(f"message {existing.external_id!r} is already stored")
        self.existing = existing


def get(conversation_id: int) -> Conversation:
    # A fixed statement (see db.sql_text): every turn and most screens read conversations.
    found = Conversation.raw(sql_text("SELECT * FROM conversations WHERE id = ?"), conversation_id)
    conversation = next(iter(found), None)
    if conversation is None:
        raise ConversationError(f"no conversation with id {conversation_id}")
    return conversation


def handoff_of(conversation_id: int) -> tuple[str, str]:
    """(status, handoff reason): what a turn checks after the model answered, read cheaply."""
    row = run_fixed(_HANDOFF, conversation_id).fetchone()
    if row is None:
        raise ConversationError(f"no conversation with id {conversation_id}")
    return str(row[0]), str(row[1])


_HANDOFF = "SELECT status, handoff_reason FROM conversations WHERE id = ?"


def get_or_create(
    channel: str, external_id: str, *, name: str | None = None, mode: str | None = None
) -> Conversation:
    """The conversation of `external_id` on `channel`, created (in `mode`) on first contact.

    Two writers racing on a first message end up with the same row: the unique
    (channel, external_id) index decides, the loser reads the winner's row.
    """
    if mode is not None:
        _check_mode(mode)
    sender = (Conversation.channel == channel) & (Conversation.external_id == external_id)
    conversation = Conversation.get_or_none(sender)
    if conversation is None:
        try:
            with current().atomic():
                conversation = Conversation.create(
                    channel=channel, external_id=external_id, mode=mode or "auto"
                )
        except pw.IntegrityError:
            conversation = Conversation.get(sender)
        else:
            events.hub.publish(
                events.CONVERSATION_CHANGED, conversation_id=conversation.id, status="open"
            )
    if name and name.strip():
        _name_customer(conversation, name.strip())
        conversation = get(conversation.id)
    return conversation


def _check_mode(mode: str) -> None:
    if mode not in CONVERSATION_MODES:
        raise ConversationError(f"unknown conversation mode {mode!r}")


def sender_phone(conversation: Conversation) -> str | None:
    """The sender's phone number when the channel identifies senders by phone, else None."""
    return _phone_of(conversation.channel, conversation.external_id)


def _normal(phone: str) -> str | None:
    """E.164 in the shop's country (numbers written without a country code)."""
    return normalize_phone(phone, shop_profile().country) if phone else None


def _phone_of(channel: str, sender: str) -> str | None:
    if channel not in PHONE_CHANNELS:
        return None
    return normalize_phone(sender, shop_profile().country)


# Channels a message to the customer can reach them on by itself (the others are polled or
# typed at the desk): reminders go only there.
PUSH_CHANNELS = ("whatsapp", "twilio")


def customer_channel(
    appointment: Appointment, *, channels: tuple[str, ...] | None = None
) -> Conversation | None:
    """The conversation to tell a visit's customer about it: the one they last wrote in.

    Falls back to the conversation the visit was booked in. With `channels`, only those
    channels count. Desk conversations never count: they are staff typing for a walk-in.
    """
    query = (
        Conversation.select(Conversation)
        .join(Message, on=(Message.conversation == Conversation.id))
        .where(
            (Conversation.customer == appointment.customer_id)
            & (Message.role == "customer")
            & (Conversation.channel != "desk")
        )
    )
    if channels is not None:
        query = query.where(Conversation.channel.in_(channels))
    last = query.order_by(Message.created_at.desc(), Message.id.desc()).first()
    if last is not None:
        return cast(Conversation, last)
    if appointment.conversation_id is None:
        return None
    booked_in = Conversation.get_or_none(Conversation.id == appointment.conversation_id)
    if booked_in is None or booked_in.channel == "desk":
        return None
    if channels is not None and booked_in.channel not in channels:
        return None
    return cast(Conversation, booked_in)


def _name_customer(conversation: Conversation, name: str) -> None:
    if conversation.customer_id is None:
        link_customer(conversation.id, name=name)
        return
    Customer.update(name=name).where(
        (Customer.id == conversation.customer_id) & (Customer.name == "")
    ).execute()


def link_customer(
    conversation_id: int, *, name: str, address: str = "", phone: str | None = None
) -> Customer:
    """The conversation's customer, created or updated with what the customer told us.

    A customer record is only ever matched by the sender's own phone number (known from the
    channel), never by a number typed in the chat, so nobody can reach another customer's data.
    It reads before it writes, so it takes the write lock first (two first messages of one
    sender must not create two customers, and SQLite must wait rather than fail).
    """
    with write_transaction():
        conversation = get(conversation_id)
        customer = None
        if conversation.customer_id is not None:
            customer = Customer.get_or_none(Customer.id == conversation.customer_id)
        own_phone = sender_phone(conversation)
        if customer is None and own_phone:
            customer = customers.by_phone(own_phone)
        known = own_phone or phone or ""
        if customer is None:
            customer = Customer.create(
                name=name, phone=_normal(known) or known or None, address=address
            )
        else:
            customers.update_details(
                customer, name=name, address=address, phone=_normal(known) or known or None
            )
        if conversation.customer_id != customer.id:
            conversation.customer = customer.id
            conversation.save()
    return customer


def start_desk_chat(phone: str, name: str, text: str) -> int:
    """A phone or walk-in customer's conversation (channel "desk") with their first words; its id.

    The phone staff typed is trusted (they have the person on the line or in front of them):
    an existing customer with that number, however written, is the one linked, never a copy.
    """
    e164 = _normal(phone)
    raw = "".join(ch for ch in phone if ch.isdigit() or ch == "+")
    external_id = e164 or raw or f"mostrador-{secrets.token_hex(4)}"
    conversation = get_or_create("desk", external_id, mode="draft")
    if e164 or raw:
        customer = customers.find_or_create(e164 or raw, name)
        if conversation.customer_id != customer.id:
            Conversation.update(customer=customer.id).where(
                Conversation.id == conversation.id
            ).execute()
    elif name.strip():
        _name_customer(conversation, name.strip())
    # Stored as already answered: the console drafts the reply itself, so the channels'
    # inbound queue, which works on `received` messages, must never pick it up.
    add_message(conversation.id, "customer", text.strip(), status="answered")
    return int(conversation.id)


def add_message(
    conversation_id: int,
    role: str,
    text: str,
    *,
    status: str,
    external_id: str | None = None,
    reply_to: int | None = None,
) -> Message:
    """Store a message; raises DuplicateMessage when `external_id` is already stored."""
    if role not in MESSAGE_ROLES:
        raise ConversationError(f"unknown message role {role!r}")
    database = current()
    # Its own transaction, or a savepoint inside the caller's where a duplicate external id is
    # caught and survived; a message without one (a reply) needs no savepoint: any error
    # there undoes the caller's transaction anyway, and every turn's reply saves two statements.
    atomic = external_id is not None or not database.in_transaction()
    now = clock.now()
    try:
        with database.atomic() if atomic else contextlib.nullcontext():
            # Fixed statements (see db.sql_text): every reply of every turn stores one.
            stored_at = Message.created_at.db_value(now)
            stored = run_fixed(
                _INSERT_MESSAGE,
                conversation_id,
                role,
                text,
                status,
                external_id,
                reply_to,
                stored_at,
            ).fetchall()  # to the end: SQLite keeps a RETURNING statement open until then
            run_fixed(_COUNT_UNREAD if role == "customer" else _TOUCH, stored_at, conversation_id)
    except pw.IntegrityError:
        existing = find_message(conversation_id, external_id) if external_id else None
        if existing is None:
            raise ConversationError(f"no conversation with id {conversation_id}") from None
        raise DuplicateMessage(existing) from None
    message = Message(
        id=stored[0][0],
        conversation=conversation_id,
        role=role,
        text=text,
        status=status,
        external_id=external_id,
        reply_to=reply_to,
        created_at=now,
    )
    if role == "customer":
        events.hub.publish(
            events.MESSAGE_RECEIVED, conversation_id=conversation_id, message_id=message.id
        )
    return message


_INSERT_MESSAGE = (
    "INSERT INTO messages (conversation_id, role, text, status, external_id, reply_to_id, error,"
    " attempts, created_at) VALUES (?, ?, ?, ?, ?, ?, '', 0, ?) RETURNING id"
)
_TOUCH = "UPDATE conversations SET updated_at = ? WHERE id = ?"


@dataclass(frozen=True)
class Received:
    """Where `Receiving.add` put a customer's message."""

    conversation_id: int
    mode: str
    message_id: int
    duplicate: bool  # already stored under its external id: nothing was written


@dataclass
class Receiving:
    """Customer messages stored cheaply inside the caller's write transaction.

    The acknowledge path of the provider webhooks: a returning sender costs three statements
    (find the conversation, insert the message unless its external id is stored, count it
    unread). The caller commits many together and then calls `announce()`, so the hub only
    hears of committed messages.
    """

    _events: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def add(
        self,
        channel: str,
        sender: str,
        text: str,
        *,
        external_id: str,
        default_mode: str,
        name: str | None = None,
        status: str,
    ) -> Received:
        conversation_id, mode, state, customer_id, customer_name = self._conversation(
            channel, sender, default_mode
        )
        if state == "closed":
            Conversation.update(status="open", handoff_reason="").where(
                Conversation.id == conversation_id
            ).execute()
            self._events.append(
                (
                    events.CONVERSATION_CHANGED,
                    {"conversation_id": conversation_id, "status": "open"},
                )
            )
        if name and name.strip():
            if customer_id is None:
                self._link_sender(conversation_id, channel, sender, name.strip())
            elif not customer_name:
                run_fixed(_NAME_CUSTOMER, name.strip(), customer_id)
        now = Message.created_at.db_value(clock.now())
        inserted = run_fixed(
            _INSERT_CUSTOMER_MESSAGE, conversation_id, text, status, external_id, now
        ).fetchone()
        if inserted is None:
            existing = find_message(conversation_id, external_id)
            assert existing is not None
            return Received(conversation_id, mode, existing.id, duplicate=True)
        message_id = int(inserted[0])
        run_fixed(_COUNT_UNREAD, now, conversation_id)
        self._events.append(
            (
                events.MESSAGE_RECEIVED,
                {"conversation_id": conversation_id, "message_id": message_id},
            )
        )
        return Received(conversation_id, mode, message_id, duplicate=False)

    def _conversation(
        self, channel: str, sender: str, default_mode: str
    ) -> tuple[int, str, str, int | None, str | None]:
        """(id, mode, status, customer id, customer name), the conversation created if new."""
        row = _sender_row(channel, sender)
        if row is None:
            _check_mode(default_mode)
            now = clock.now()
            created = list(
                Conversation.insert(
                    channel=channel,
                    external_id=sender,
                    mode=default_mode,
                    created_at=now,
                    updated_at=now,
                )
                .on_conflict_ignore()
                .returning(Conversation.id)
                .tuples()
                .execute()
            )
            if created:
                self._events.append(
                    (
                        events.CONVERSATION_CHANGED,
                        {"conversation_id": int(created[0][0]), "status": "open"},
                    )
                )
            row = _sender_row(channel, sender)
            assert row is not None
        return row

    def _link_sender(self, conversation_id: int, channel: str, sender: str, name: str) -> None:
        """`link_customer` with only a name, as statements written once (first contacts)."""
        phone = _phone_of(channel, sender)
        found = run_fixed(_CUSTOMER_BY_PHONE, phone).fetchone() if phone else None
        if found is not None:
            customer_id = int(found[0])
            run_fixed(_NAME_CUSTOMER, name, customer_id)
        else:
            now = Customer.created_at.db_value(clock.now())
            customer_id = int(run_fixed(_INSERT_CUSTOMER, name, phone, now).fetchone()[0])
        run_fixed(_LINK_CUSTOMER, customer_id, conversation_id)

    def announce(self) -> None:
        """Publish what was stored; call after the transaction committed."""
        published, self._events = self._events, []
        for topic, payload in published:
            events.hub.publish(topic, **payload)


# The acknowledge path runs these for every delivery: SQL written once (no ORM query building),
# `?` marks parameters. Other columns of a new message take the defaults of `Message`.
_SENDER_ROW = (
    "SELECT c.id, c.mode, c.status, c.customer_id, cu.name FROM conversations c"
    " LEFT OUTER JOIN customers cu ON cu.id = c.customer_id"
    " WHERE c.channel = ? AND c.external_id = ?"
)
_INSERT_CUSTOMER_MESSAGE = (
    "INSERT INTO messages"
    " (conversation_id, role, text, status, external_id, error, attempts, created_at)"
    " VALUES (?, 'customer', ?, ?, ?, '', 0, ?) ON CONFLICT DO NOTHING RETURNING id"
)
_COUNT_UNREAD = "UPDATE conversations SET updated_at = ?, unread = unread + 1 WHERE id = ?"
_CUSTOMER_BY_PHONE = "SELECT id FROM customers WHERE phone = ? ORDER BY id LIMIT 1"
_NAME_CUSTOMER = "UPDATE customers SET name = ? WHERE id = ? AND name = ''"
_INSERT_CUSTOMER = (
    "INSERT INTO customers (name, phone, address, notes, created_at)"
    " VALUES (?, ?, '', '', ?) RETURNING id"
)
_LINK_CUSTOMER = "UPDATE conversations SET customer_id = ? WHERE id = ?"


def _sender_row(channel: str, sender: str) -> tuple[int, str, str, int | None, str | None] | None:
    row = run_fixed(_SENDER_ROW, channel, sender).fetchone()
    return cast(tuple[int, str, str, int | None, str | None] | None, row)


def find_message(conversation_id: int, external_id: str) -> Message | None:
    return Message.get_or_none(
        (Message.conversation == conversation_id) & (Message.external_id == external_id)
    )


def history(conversation_id: int, limit: int | None = None) -> list[Message]:
    """The conversation's messages, oldest first; with `limit`, only the latest ones."""
    sql = "SELECT * FROM messages WHERE conversation_id = ? ORDER BY created_at DESC, id DESC"
    if limit is None:
        return list(reversed(list(Message.raw(sql_text(sql), conversation_id))))
    latest = Message.raw(sql_text(f"{sql} LIMIT ?"), conversation_id, limit)
    return list(reversed(list(latest)))


@dataclass(frozen=True)
class TranscriptLine:
    """A stored message as a prompt is built from it: who said what, and what it answered."""

    id: int
    role: str
    text: str
    status: str
    reply_to_id: int | None


def transcript(conversation_id: int, limit: int) -> list[TranscriptLine]:
    """The conversation's latest `limit` messages, oldest first, as `TranscriptLine`s.

    Every turn reads one: plain rows of five columns cost a tenth of `history`'s model objects.
    """
    rows = run_fixed(_TRANSCRIPT, conversation_id, limit).fetchall()
    return [TranscriptLine(*row) for row in reversed(rows)]


_TRANSCRIPT = (
    "SELECT id, role, text, status, reply_to_id FROM messages WHERE conversation_id = ?"
    " ORDER BY created_at DESC, id DESC LIMIT ?"
)


def set_status(conversation_id: int, status: str, reason: str = "") -> Conversation:
    """Open, hand over to a human (with the reason staff will see) or close a conversation."""
    if status not in CONVERSATION_STATUSES:
        raise ConversationError(f"unknown conversation status {status!r}")
    with write_transaction():
        conversation = get(conversation_id)
        if conversation.status == status and (status != "needs_human" or not reason):
            return conversation
        conversation.status = status
        conversation.handoff_reason = reason if status == "needs_human" else ""
        conversation.updated_at = clock.now()
        # Only these columns: a full save would undo a concurrent unread count or customer link.
        conversation.save(
            only=[Conversation.status, Conversation.handoff_reason, Conversation.updated_at]
        )
    events.hub.publish(events.CONVERSATION_CHANGED, conversation_id=conversation_id, status=status)
    return conversation


def set_mode(conversation_id: int, mode: str) -> Conversation:
    """Choose who answers: the bot (`auto`), the bot with review (`draft`) or staff (`manual`).

    Giving a conversation back to the bot (`auto`) also clears its handoff, in the same
    transaction: a bot that answers again must not leave the chat flagged for a person.
    """
    _check_mode(mode)
    with write_transaction():
        conversation = get(conversation_id)
        reopen = mode == "auto" and conversation.status == "needs_human"
        if conversation.mode == mode and not reopen:
            return conversation
        conversation.mode = mode
        columns: list[pw.Field] = [Conversation.mode]
        if reopen:
            conversation.status, conversation.handoff_reason = "open", ""
            conversation.updated_at = clock.now()
            columns += [Conversation.status, Conversation.handoff_reason, Conversation.updated_at]
        # Only these columns: a full save would undo a concurrent unread count or customer link.
        conversation.save(only=columns)
    events.hub.publish(
        events.CONVERSATION_CHANGED, conversation_id=conversation_id, status=conversation.status
    )
    return conversation


def mark_read(conversation_id: int) -> None:
    changed = (
        Conversation.update(unread=0)
        .where((Conversation.id == conversation_id) & (Conversation.unread > 0))
        .execute()
    )
    conversation = get(conversation_id)
    if changed:
        events.hub.publish(
            events.CONVERSATION_CHANGED, conversation_id=conversation_id, status=conversation.status
        )
