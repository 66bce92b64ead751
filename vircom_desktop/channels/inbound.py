"""Store before acknowledge: every customer message is committed before its sender hears back.

A stored message waits in the durable queue (`channels.queue`) with status `received`; its
processing state lives in the row, so nothing is lost when the process dies. The answer given to
the sender is kept in `Message.response`, so a redelivery gets the same answer without a second
run of the agent.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from vircom_desktop.domain import conversations
from vircom_desktop.domain.models import Message

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


def response_of(message_id: int) -> dict[str, Any] | None:
    """The stored answer of a message, or None while it is still being processed."""
    row = Message.select(Message.response).where(Message.id == message_id).first()
    return row.response if row is not None else None
