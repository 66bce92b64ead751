"""The privacy notice: one short line at the end of the first reply to a new customer."""

from __future__ import annotations

from vircom_desktop.domain import clock
from vircom_desktop.domain.db import is_postgres, run_fixed
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
    conversation of the same customer is marked. The caller holds the transaction that stores
    the reply, so the mark and the reply are committed together.
    """
    if is_postgres():
        # Two conversations of one customer may finish first turns at once (their turns do not
        # queue on a shop-wide lock there): the marks queue on the customer, so one wins.
        run_fixed(_QUEUE_ON_CUSTOMER_SQL, _PG_NOTICE_LOCK, conversation_id)
    marked = run_fixed(
        _MARK_SQL, Conversation.privacy_notice_at.db_value(clock.now()), conversation_id
    )
    return f"{reply.rstrip()}\n\n{notice_line(override)}" if marked.rowcount else reply


# Every reply runs these (see db.sql_text).
_PG_NOTICE_LOCK = 7_235_502
_QUEUE_ON_CUSTOMER_SQL = (
    "SELECT pg_advisory_xact_lock(?, customer_id) FROM conversations"
    " WHERE id = ? AND customer_id IS NOT NULL"
)
_MARK_SQL = (
    "UPDATE conversations SET privacy_notice_at = ? WHERE id = ? AND privacy_notice_at IS NULL"
    " AND NOT EXISTS (SELECT 1 FROM conversations AS told"
    " WHERE told.customer_id = conversations.customer_id AND told.privacy_notice_at IS NOT NULL)"
)
