"""Opposition: a customer who asks the shop to stop writing is never contacted first again.

The request is recognised in code, not by the model: "BAJA", "STOP", "no me envíen más
mensajes" and their variants, accents and case ignored. Replies to what the customer writes
later still go out; only messages the shop starts (booking notices, reminders) are skipped.
"""

from __future__ import annotations

import re
import unicodedata

from vircom_desktop.domain import clock, conversations, privacy
from vircom_desktop.domain.audit import record
from vircom_desktop.domain.db import write_transaction
from vircom_desktop.domain.models import Conversation, Customer

CONFIRMATION = (
    "Entendido: no le enviaremos más mensajes por iniciativa nuestra (avisos ni recordatorios). "
    "Si usted nos escribe, le responderemos como siempre."
)
CUSTOMER_ACTOR = "customer"

# A whole message that means "stop", once greetings and courtesy words are set aside.
_STOP_WORDS = frozenset(
    {
        "baja",
        "stop",
        "alto",
        "unsubscribe",
        "desuscribir",
        "desuscribirme",
        "dar de baja",
        "darme de baja",
        "dame de baja",
        "denme de baja",
        "no mas mensajes",
        "no mas",
        "no molestar",
    }
)
_COURTESY = frozenset(
    {"hola", "por", "favor", "porfa", "porfavor", "gracias", "please", "ok", "ya", "quiero"}
)
_VERBS = (
    r"(envien|envies|envie|enviar|manden|mandes|mande|mandar|escriban|escribas|escriba|"
    r"contacten|contactes|contacte|molesten)"
)
_WHAT = r"(mensajes?|whatsapps?|wsp|recordatorios?|avisos?|notificaciones?|publicidad|nada)"
# A request anywhere in a longer message.
_PHRASES = (
    re.compile(rf"\bno (me |nos )?{_VERBS} (nunca )?mas\b"),
    re.compile(rf"\bno (me |nos )?{_VERBS} {_WHAT}\b"),
    re.compile(rf"\bno quiero (recibir |que me {_VERBS} )?(mas )?{_WHAT}\b"),
    re.compile(r"\b(darme|dame|denme|dar) de baja\b"),
    re.compile(r"\bdejen de (enviarme|mandarme|escribirme|contactarme|molestarme)\b"),
)


def _plain(text: str) -> str:
    """Lower case, no accents, words separated by single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^a-z0-9ñ]+", " ", bare).split())


def asks_to_stop(text: str) -> bool:
    """Whether the customer's message asks the shop to stop sending messages."""
    plain = _plain(text)
    core = " ".join(word for word in plain.split() if word not in _COURTESY)
    if core in _STOP_WORDS:
        return True
    return any(pattern.search(plain) for pattern in _PHRASES)


def record_opt_out(conversation_id: int) -> bool:
    """Mark the conversation's customer "no contactar"; True when they were not marked yet.

    A sender not linked to a customer yet is linked to the one with the same phone (the
    channel's own number, never one typed in the chat), or gets a record to hold the mark.
    """
    conversation = conversations.get(conversation_id)
    if conversation.customer_id is None:
        phone = conversations.sender_phone(conversation)
        known = privacy.customer_with_phone(phone) if phone else None
        if known is not None:  # stored before phones were kept in one format
            Conversation.update(customer=known).where(Conversation.id == conversation_id).execute()
        else:
            conversations.link_customer(conversation_id, name="")
        conversation = conversations.get(conversation_id)
    return set_do_not_contact(conversation.customer_id, True, actor=CUSTOMER_ACTOR)


def set_do_not_contact(customer_id: int | None, value: bool, *, actor: str) -> bool:
    """Set or lift a customer's "no contactar" mark; True when it changed (audited)."""
    with write_transaction():
        customer = Customer.get_or_none(Customer.id == customer_id)
        if customer is None:
            raise ValueError(f"no customer with id {customer_id}")
        if bool(customer.do_not_contact) == value:
            return False
        customer.do_not_contact = value
        customer.do_not_contact_at = clock.now() if value else None
        customer.save(only=[Customer.do_not_contact, Customer.do_not_contact_at])
        record(actor, "opt_out" if value else "opt_out_lifted", customer)
    return True


def may_contact(conversation: Conversation) -> bool:
    """Whether the shop may start a message to this conversation's customer."""
    if conversation.customer_id is None:
        return True
    opted_out = (
        Customer.select(Customer.do_not_contact)
        .where(Customer.id == conversation.customer_id)
        .scalar()
    )
    return not opted_out
