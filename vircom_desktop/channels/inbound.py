"""Store before acknowledge: every customer message is committed before its sender hears back.

A stored message waits in the durable queue (`channels.queue`) with status `received`; its
processing state lives in the row, so nothing is lost when the process dies. The answer given to
the sender is kept in `Message.response`, so a redelivery gets the same answer without a second
run of the agent.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from vircom_desktop.domain import conversations, db
from vircom_desktop.domain.models import Conversation, Message

# Processing states of inbound (customer) messages.
RECEIVED = "received"
PROCESSING = "processing"
ANSWERED = "answered"
NEEDS_HUMAN = "needs_human"
FAILED = "failed"
WAITING = (RECEIVED, PROCESSING)
DONE = (ANSWERED, NEEDS_HUMAN, FAILED)

# What a sender is told, in Spanish, when the bot cannot answer.
HOLDING_REPLY = (
    "Gracias por escribirnos. En este momento no puedo responderle automáticamente; "
    "una persona del equipo de Asistencia Vircom le contestará a la brevedad."
)
TEXT_ONLY_REPLY = (
    "Gracias por su mensaje. Por ahora solo podemos leer mensajes de texto: "
    "¿podría escribirnos lo que necesita? Nuestro equipo ya vio lo que nos envió."
)


@dataclass(frozen=True)
class Inbound:
    """One message from a customer as a channel delivered it."""

    channel: str
    sender: str
    text: str
    external_id: str | None = None
    name: str | None = None


@dataclass(frozen=True)
class Stored:
    conversation: Conversation
    message: Message
    duplicate: bool


def stored_response(status: int, body: dict[str, Any]) -> dict[str, Any]:
    return {"http_status": status, "body": body}


# Deliveries are stored one at a time per process: concurrent SQLite writers otherwise meet in
# SQLite's busy handler, whose sleeps (up to 100 ms each) make the slowest acknowledgements slow.
_store_lock = threading.Lock()


def store(
    inbound: Inbound,
    *,
    default_mode: str,
    immediate: Callable[[Conversation], dict[str, Any] | None] | None = None,
    status: str = RECEIVED,
) -> Stored:
    """Commit the message (or find the one already stored under its external id).

    `immediate(conversation)` may give the answer when it is known at once (draft mode, a fixed
    reply); otherwise the queue stores it once the message is processed.
    """
    with _store_lock:
        return _store(inbound, default_mode=default_mode, immediate=immediate, status=status)


def _store(
    inbound: Inbound,
    *,
    default_mode: str,
    immediate: Callable[[Conversation], dict[str, Any] | None] | None,
    status: str,
) -> Stored:
    conversation = conversations.get_or_create(inbound.channel, inbound.sender, mode=default_mode)
    if inbound.name and conversation.customer_id is None:
        # Naming links a customer (read, then write): take the write lock first so that it
        # waits for other writers instead of failing with "database is locked" on SQLite.
        with db.write_transaction():
            conversation = conversations.get_or_create(
                inbound.channel, inbound.sender, name=inbound.name
            )
    if conversation.status == "closed":
        conversation = conversations.set_status(conversation.id, "open")
    external_id = inbound.external_id or uuid.uuid4().hex
    try:
        message = conversations.add_message(
            conversation.id, "customer", inbound.text, status=status, external_id=external_id
        )
    except conversations.DuplicateMessage as duplicate:
        return Stored(conversation, duplicate.existing, duplicate=True)
    response = immediate(conversation) if immediate else None
    if response is not None:
        message.response = save_response(message, response["http_status"], response["body"])
    return Stored(conversation, message, duplicate=False)


def save_response(message: Message, status: int, body: dict[str, Any]) -> dict[str, Any]:
    """Keep the answer given for `message` (first writer wins), and return the kept one."""
    response = stored_response(status, dict(body, message_id=message.external_id))
    Message.update(response=response).where(
        (Message.id == message.id) & Message.response.is_null()
    ).execute()
    return response_of(message.id) or response


def response_of(message_id: int) -> dict[str, Any] | None:
    """The stored answer of a message, or None while it is still being processed."""
    row = Message.select(Message.response).where(Message.id == message_id).first()
    return row.response if row is not None else None
