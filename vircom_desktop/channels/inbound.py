"""Store before acknowledge: every customer message is committed before its sender hears back.

A stored message waits in the durable queue (`channels.queue`) with status `received`; its
processing state lives in the row, so nothing is lost when the process dies. The answer given to
the sender is kept in `Message.response`, so a redelivery gets the same answer without a second
run of the agent.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Any

from vircom_desktop.domain import conversations
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


MAX_KEY_CHARS = 200  # a sender or a provider's message id
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def clean_text(text: str) -> str:
    """A provider's text as every database stores it: lone surrogates (from JSON's \\ud800
    escapes) become U+FFFD and NULs are dropped, so one odd character cannot lose a message."""
    if text.isascii():
        return text.replace("\x00", "")
    return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace").replace("\x00", "")


def usable_key(value: object) -> str | None:
    """A sender or message id as given, or None when it cannot be one (not a string, empty,
    too long, control characters or lone surrogates)."""
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_KEY_CHARS:
        return None
    if _CONTROL.search(value) or clean_text(value) != value:
        return None
    return value


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
    conversation_id: int
    conversation_mode: str
    message_id: int
    external_id: str
    duplicate: bool
    response: dict[str, Any] | None = None  # the answer already given, if any


def stored_response(status: int, body: dict[str, Any]) -> dict[str, Any]:
    return {"http_status": status, "body": body}


def store(
    receiving: conversations.Receiving,
    inbound: Inbound,
    *,
    default_mode: str,
    status: str = RECEIVED,
) -> Stored:
    """Store the message in the caller's write transaction (see `channels.intake`).

    A redelivery (its external id is already stored) writes nothing and carries the answer
    given the first time, if there is one yet.
    """
    external_id = inbound.external_id or uuid.uuid4().hex
    received = receiving.add(
        inbound.channel,
        inbound.sender,
        inbound.text,
        external_id=external_id,
        default_mode=default_mode,
        name=inbound.name,
        status=status,
    )
    response = response_of(received.message_id) if received.duplicate else None
    return Stored(
        received.conversation_id,
        received.mode,
        received.message_id,
        external_id,
        received.duplicate,
        response,
    )


def save_response(stored: Stored, status: int, body: dict[str, Any]) -> dict[str, Any]:
    """Keep the answer given for a new message right away (draft mode: staff will reply)."""
    response = stored_response(status, dict(body, message_id=stored.external_id))
    Message.update(response=response).where(Message.id == stored.message_id).execute()
    return response


def known_response(message: Inbound) -> dict[str, Any] | None:
    """The answer already given to this sender's message id, or None (new, or still waiting)."""
    if not message.external_id:
        return None
    row = (
        Message.select(Message.response)
        .join(Conversation)
        .where(
            (Conversation.channel == message.channel)
            & (Conversation.external_id == message.sender)
            & (Message.external_id == message.external_id)
        )
        .first()
    )
    return row.response if row is not None else None


def response_of(message_id: int) -> dict[str, Any] | None:
    """The stored answer of a message, or None while it is still being processed."""
    row = Message.select(Message.response).where(Message.id == message_id).first()
    return row.response if row is not None else None
