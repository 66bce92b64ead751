"""Booking notices: when the owner decides on a visit the bot proposed, the customer hears it."""

from __future__ import annotations

import logging
from collections.abc import Callable

from vircom_desktop import events
from vircom_desktop.channels import outbox
from vircom_desktop.domain import clock, conversations, db, opt_out
from vircom_desktop.domain.models import Appointment, Conversation, Message

log = logging.getLogger("vircom.channels")

_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
_MONTHS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
)  # fmt: skip


def when(appointment: Appointment) -> str:
    """'el martes 10 de junio a las 09:30', in the shop's time."""
    local = clock.to_local(appointment.starts_at)
    return (
        f"el {_WEEKDAYS[local.weekday()]} {local.day} de {_MONTHS[local.month - 1]} "
        f"a las {local:%H:%M}"
    )


def notice_text(appointment: Appointment, action: str) -> str | None:
    """The Spanish notice for a decision on a proposal, or None when there is nothing to say."""
    service = appointment.service.name
    if action == "approve":
        return (
            f"¡Listo! Su visita de {service} quedó confirmada para {when(appointment)}. "
            f"Le visitará {appointment.technician.name} en {appointment.address}. "
            "Si necesita cambiarla, responda este mensaje."
        )
    if action == "reject":
        reason = f" ({appointment.reject_reason})" if appointment.reject_reason else ""
        return (
            f"Lo sentimos: no pudimos confirmar la visita de {service} propuesta para "
            f"{when(appointment)}{reason}. Responda este mensaje y le ofrecemos otro horario."
        )
    if action == "expire":
        return (
            f"La visita de {service} propuesta para {when(appointment)} no alcanzó a ser "
            "confirmada. Si aún la necesita, responda este mensaje y la coordinamos."
        )
    return None


DESK = "desk"  # phone and walk-in customers: no channel to send through
CALL_PREFIX = "Llamar al cliente"  # a handoff reason starting so puts it on the call list


def _call_note(conversation: Conversation, appointment: Appointment, text: str) -> Message:
    """A desk customer has no channel: staff call them. A note, not a message "sent"."""
    phone = appointment.customer.phone or conversation.external_id
    reason = f"{CALL_PREFIX} para avisarle: {phone}"
    note = conversations.add_message(
        conversation.id, "system", f"{reason}. Qué decirle: «{text}»", status="sent"
    )
    # Written here rather than through set_status: its event must follow the commit.
    Conversation.update(status="needs_human", handoff_reason=reason, updated_at=clock.now()).where(
        Conversation.id == conversation.id
    ).execute()
    return note


def queue_notice(appointment_id: int, action: str) -> list[Message]:
    """Store the notice for a decision; runs inside the decision's own transaction."""
    appointment = Appointment.get_or_none(Appointment.id == appointment_id)
    if appointment is None or appointment.source != "bot" or appointment.conversation_id is None:
        return []
    text = notice_text(appointment, action)
    conversation = Conversation.get_or_none(Conversation.id == appointment.conversation_id)
    if text is None or conversation is None:
        return []
    if not opt_out.may_contact(conversation):
        log.info(
            "visit %s: customer asked not to be contacted; no %s notice", appointment_id, action
        )
        return []
    with db.write_transaction():  # a savepoint: a failed notice never undoes the decision
        if conversation.channel == DESK:
            return [_call_note(conversation, appointment, text)]
        rows = outbox.queue_message(conversation, text, role="bot")
    log.info("told conversation %s that visit %s was %sd", conversation.id, appointment.id, action)
    return rows


def subscribe(hub: events.EventHub | None = None) -> Callable[[], None]:
    """Send notices for approvals, rejections and expiries; returns the unsubscriber.

    The notice is stored in the same transaction as the decision, so a crash can never leave a
    decided visit without its notice; it is announced to the senders after the commit.
    """
    source = hub or events.hub
    queued: dict[int, list[Message]] = {}

    def on_committing(appointment_id: int, status: str = "", action: str = "") -> None:
        if action in ("approve", "reject", "expire"):
            queued[appointment_id] = queue_notice(appointment_id, action)

    def on_changed(appointment_id: int, status: str = "", action: str = "") -> None:
        rows = queued.pop(appointment_id, None)
        if rows:
            outbox.announce(rows)
        for row in rows or ():
            if row.role == "system":  # a call note: the conversation is on the call list now
                source.publish(
                    events.CONVERSATION_CHANGED,
                    conversation_id=row.conversation_id,
                    status="needs_human",
                )

    unsubscribers = [
        source.subscribe(events.APPOINTMENT_COMMITTING, on_committing),
        source.subscribe(events.APPOINTMENT_CHANGED, on_changed),
    ]

    def unsubscribe() -> None:
        for function in unsubscribers:
            function()

    return unsubscribe
