"""The privacy notice: one short line at the end of the first reply to a new customer."""

from __future__ import annotations

import peewee as pw

from vircom_desktop.domain import clock
from vircom_desktop.domain.models import Conversation
from vircom_desktop.domain.policy import privacy_policy

NOTICE = (
    "Privacidad: usamos sus datos solo para atender su solicitud; puede pedirnos por este chat "
    "verlos, corregirlos o borrarlos."
)


def notice_url(override: str = "") -> str:
    """VIRCOM_PRIVACY_URL when set, else the link stored in Ajustes (may be empty)."""
    return override.strip() or privacy_policy().notice_url.strip()


def notice_line(override: str = "") -> str:
    url = notice_url(override)
    return f"{NOTICE} Más información: {url}" if url else NOTICE


def append_once(conversation_id: int, reply: str, override: str = "") -> str:
    """`reply` with the notice line when this customer has not been told yet (marks them told).

    One conditional update decides and marks: the conversation is unmarked and no other
    conversation of the same customer is marked. The caller holds the write transaction that
    stores the reply, so the mark and the reply are committed together.
    """
    other = Conversation.alias()
    told_elsewhere = other.select(other.id).where(
        (other.customer == Conversation.customer) & other.privacy_notice_at.is_null(False)
    )
    marked = (
        Conversation.update(privacy_notice_at=clock.now())
        .where(
            (Conversation.id == conversation_id)
            & Conversation.privacy_notice_at.is_null()
            & ~pw.fn.EXISTS(told_elsewhere)
        )
        .execute()
    )
    return f"{reply.rstrip()}\n\n{notice_line(override)}" if marked else reply
