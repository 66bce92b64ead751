"""Booking notices: whatever the shop does to a visit, its customer hears it on their channel.

Created or confirmed by staff (the desk or the staff API), approved, rejected, expired, moved or
cancelled by the shop: each change gets one short Spanish message with the day, the time window,
the technician and the address. A rejected or expired proposal offers the next free times in
the same message. Changes the customer made themselves through VircomBot get no notice: the
bot's own reply already tells them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from vircom_desktop import events
from vircom_desktop.channels import outbox
from vircom_desktop.domain import availability, clock, conversations, db, opt_out
from vircom_desktop.domain.models import (
    CONFIRMED,
    PROPOSED,
    Appointment,
    Conversation,
    Message,
    Reminder,
)

log = logging.getLogger("vircom.channels")

# Changes made by the customer through the chat: the bot's reply is their notice.
CUSTOMER_ACTORS = frozenset({"VircomBot"})
NOTIFIED_ACTIONS = frozenset(
    {"create", "propose", "approve", "reject", "expire", "cancel", "reschedule"}
)
NEXT_TIMES = 3

WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
_MONTHS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
)  # fmt: skip


def day_text(appointment: Appointment) -> str:
    """'martes 10 de junio', in the shop's time."""
    local = clock.to_local(appointment.starts_at)
    return f"{WEEKDAYS[local.weekday()]} {local.day} de {_MONTHS[local.month - 1]}"


def window_text(appointment: Appointment) -> str:
    """'10:00 a 11:30' (24-hour, shop time)."""
    start, end = clock.to_local(appointment.starts_at), clock.to_local(appointment.ends_at)
    return f"{start:%H:%M} a {end:%H:%M}"


def when(appointment: Appointment) -> str:
    """'el martes 10 de junio a las 09:30', in the shop's time."""
    return f"el {day_text(appointment)} a las {clock.to_local(appointment.starts_at):%H:%M}"


def _visit(appointment: Appointment) -> str:
    """'el martes 10 de junio de 10:00 a 11:30, con Ana Rojas en Los Leones 123'."""
    return (
        f"el {day_text(appointment)} de {window_text(appointment)}, con "
        f"{appointment.technician.name} en {appointment.address}"
    )


def next_times(appointment: Appointment, count: int = NEXT_TIMES) -> list[str]:
    """The next free start times for the same service, from the visit's day (or today) on."""
    first = max(clock.to_local(appointment.starts_at).date(), clock.today())
    found: list[str] = []
    for offset in range(14):
        day: date = first + timedelta(days=offset)
        try:
            slots = availability.find_slots(day, appointment.service_id)
        except availability.AvailabilityError:
            break  # past the booking horizon
        for slot in slots:
            found.append(
                f"{WEEKDAYS[slot.start.weekday()]} {slot.start.day} de "
                f"{_MONTHS[slot.start.month - 1]} a las {slot.start:%H:%M}"
            )
            if len(found) == count:
                return found
    return found


def _offer(appointment: Appointment) -> str:
    times = next_times(appointment)
    if not times:
        return " Responda este mensaje y le ofrecemos otro horario."
    listed = "; ".join(times)
    return f" Horarios libres más próximos: {listed}. Responda con el que prefiera."


def notice_text(appointment: Appointment, action: str, details: dict[str, Any]) -> str | None:
    """The Spanish notice for a change to a visit, or None when there is nothing to say."""
    service = appointment.service.name
    if action in ("create", "approve"):
        return (
            f"¡Listo! Su visita de {service} quedó confirmada para {_visit(appointment)}. "
            "Si necesita cambiarla, responda este mensaje."
        )
    if action == "propose":
        return (
            f"Registramos su visita de {service} para {_visit(appointment)}. Queda pendiente "
            "de confirmación del taller; le avisaremos."
        )
    if action == "reject":
        reason = f" ({appointment.reject_reason})" if appointment.reject_reason else ""
        return (
            f"Lo sentimos: no pudimos confirmar la visita de {service} propuesta para "
            f"{when(appointment)}{reason}." + _offer(appointment)
        )
    if action == "expire":
        return (
            f"La visita de {service} propuesta para {when(appointment)} no alcanzó a ser "
            "confirmada." + _offer(appointment)
        )
    if action == "cancel":
        reason = f" Motivo: {appointment.reject_reason}." if appointment.reject_reason else ""
        return (
            f"Le informamos que el taller canceló su visita de {service} de {when(appointment)}."
            f"{reason} Si desea otra hora, responda este mensaje."
        )
    if action == "reschedule":
        pending = " (pendiente de confirmación)" if appointment.status == PROPOSED else ""
        before = details.get("before") or {}
        same_start = before.get("starts_at") == appointment.starts_at.isoformat()
        change = "tiene cambios" if same_start else "cambió de hora"
        return (
            f"Su visita de {service} {change}: ahora es {_visit(appointment)}{pending}. "
            "Si no le acomoda, responda este mensaje."
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


def _desk_chat(appointment: Appointment) -> Conversation | None:
    """The desk conversation (phone or walk-in customer) the visit was booked in, if any."""
    if appointment.conversation_id is None:
        return None
    booked_in = Conversation.get_or_none(Conversation.id == appointment.conversation_id)
    return booked_in if booked_in is not None and booked_in.channel == DESK else None


def queue_notice(
    appointment_id: int, action: str, details: dict[str, Any] | None = None
) -> list[Message]:
    """Store the notice for a change; runs inside the change's own transaction."""
    appointment = Appointment.get_or_none(Appointment.id == appointment_id)
    if appointment is None:
        return []
    conversation = conversations.customer_channel(appointment) or _desk_chat(appointment)
    text = notice_text(appointment, action, details or {})
    if text is None or conversation is None:
        return []
    if not opt_out.may_contact(conversation):
        log.info(
            "visit %s: customer asked not to be contacted; no %s notice", appointment_id, action
        )
        return []
    with db.write_transaction():  # a savepoint: a failed notice never undoes the change
        if conversation.channel == DESK:
            return [_call_note(conversation, appointment, text)]
        rows = outbox.queue_message(conversation, text, role="bot")
    log.info("told conversation %s of visit %s: %s", conversation.id, appointment.id, action)
    return rows


# Changes after which a reminder of the visit's old time or state must not go out.
STALE_REMINDER_ACTIONS = frozenset({"cancel", "reschedule", "complete", "no_show"})


def withdraw_stale_reminders(appointment_id: int, action: str) -> list[int]:
    """Reminders of this visit still waiting in the outbox that stopped being true (another
    time, or the visit is no longer confirmed) are taken back, in the change's transaction."""
    appointment = Appointment.get_or_none(Appointment.id == appointment_id)
    if appointment is None:
        return []
    stale = Reminder.message.is_null(False) & (Reminder.appointment == appointment_id)
    if appointment.status == CONFIRMED:
        stale &= Reminder.starts_at != appointment.starts_at
    pending: list[int] = list(Reminder.select(Reminder.message).where(stale).scalars())
    withdrawn = outbox.withdraw(pending, f"withdrawn: the visit was changed ({action}) first")
    if withdrawn:
        log.info("withdrew reminders %s of visit %s after %s", withdrawn, appointment_id, action)
    return withdrawn


def subscribe(hub: events.EventHub | None = None) -> Callable[[], None]:
    """Send notices for every change the shop makes to a visit; returns the unsubscriber.

    The notice is stored in the same transaction as the change, so a crash can never leave a
    changed visit without its notice; it is announced to the senders after the commit.
    """
    source = hub or events.hub
    queued: dict[int, list[Message]] = {}

    def on_committing(
        appointment_id: int,
        status: str = "",
        action: str = "",
        actor: str = "",
        details: dict[str, Any] | None = None,
    ) -> None:
        if action in STALE_REMINDER_ACTIONS:
            withdraw_stale_reminders(appointment_id, action)
        if action not in NOTIFIED_ACTIONS or actor in CUSTOMER_ACTORS:
            return
        queued.setdefault(appointment_id, []).extend(queue_notice(appointment_id, action, details))

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
