"""The conversation store: conversations, their messages and their customer, for every caller.

Channels, the chat console and the agent all go through here, so a conversation is one row per
(channel, sender) whatever writes first, and every change is announced on the event hub after
its commit: `MESSAGE_RECEIVED` for a customer's message, `CONVERSATION_CHANGED` for a change of
status, mode or unread count.
"""

from __future__ import annotations

import re

import peewee as pw

from vircom_desktop import events
from vircom_desktop.domain import clock
from vircom_desktop.domain.db import current, write_transaction
from vircom_desktop.domain.models import (
    CONVERSATION_MODES,
    CONVERSATION_STATUSES,
    MESSAGE_ROLES,
    Conversation,
    Customer,
    Message,
)

# Channels whose sender id is the customer's phone number.
PHONE_CHANNELS = ("api", "whatsapp", "twilio")
_PHONE = re.compile(r"^\+?[0-9][0-9 ()-]{5,24}$")


class ConversationError(ValueError):
    """A request the store refuses (unknown conversation, bad status...)."""


class DuplicateMessage(ConversationError):
    """A message with this external id is already stored; `existing` is that message."""

    def __init__(self, existing: Message) -> None:
        super().__init__(f"message {existing.external_id!r} is already stored")
        self.existing = existing


def get(conversation_id: int) -> Conversation:
    conversation = Conversation.get_or_none(Conversation.id == conversation_id)
    if conversation is None:
        raise ConversationError(f"no conversation with id {conversation_id}")
    return conversation


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
    if conversation.channel not in PHONE_CHANNELS:
        return None
    value = conversation.external_id.removeprefix("whatsapp:").strip()
    return value if _PHONE.match(value) else None


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
            customer = (
                Customer.select().where(Customer.phone == own_phone).order_by(Customer.id).first()
            )
        if customer is None:
            customer = Customer.create(name=name, phone=own_phone or phone or None, address=address)
        else:
            customer.name = name or customer.name
            customer.address = address or customer.address
            if not customer.phone:
                customer.phone = own_phone or phone or None
            customer.save()
        if conversation.customer_id != customer.id:
            conversation.customer = customer.id
            conversation.save()
    return customer


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
    try:
        with current().atomic():
            message = Message.create(
                conversation=conversation_id,
                role=role,
                text=text,
                status=status,
                external_id=external_id,
                reply_to=reply_to,
            )
            changes: dict[pw.Field, object] = {Conversation.updated_at: clock.now()}
            if role == "customer":
                changes[Conversation.unread] = Conversation.unread + 1
            Conversation.update(changes).where(Conversation.id == conversation_id).execute()
    except pw.IntegrityError:
        existing = find_message(conversation_id, external_id) if external_id else None
        if existing is None:
            raise ConversationError(f"no conversation with id {conversation_id}") from None
        raise DuplicateMessage(existing) from None
    if role == "customer":
        events.hub.publish(
            events.MESSAGE_RECEIVED, conversation_id=conversation_id, message_id=message.id
        )
    return message


def find_message(conversation_id: int, external_id: str) -> Message | None:
    return Message.get_or_none(
        (Message.conversation == conversation_id) & (Message.external_id == external_id)
    )


def history(conversation_id: int, limit: int | None = None) -> list[Message]:
    """The conversation's messages, oldest first; with `limit`, only the latest ones."""
    query = (
        Message.select()
        .where(Message.conversation == conversation_id)
        .order_by(Message.created_at.desc(), Message.id.desc())
    )
    if limit is not None:
        query = query.limit(limit)
    return list(reversed(list(query)))


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
    """Choose who answers: the bot (`auto`), the bot with review (`draft`) or staff (`manual`)."""
    _check_mode(mode)
    with write_transaction():
        conversation = get(conversation_id)
        if conversation.mode == mode:
            return conversation
        conversation.mode = mode
        conversation.save(only=[Conversation.mode])
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
