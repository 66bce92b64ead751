"""The reminders job: each confirmed visit's customer is reminded once per lead, on their channel.

Runs every minute and once at start (catch-up: a reminder that fell due while nothing ran goes
out then, if the visit has not begun). Each reminder is claimed by inserting its unique row in
the same write transaction that queues its message, so a restart, a crash or a second process
never sends one twice. Customers who cannot be reached by message (no WhatsApp or Twilio chat,
or WhatsApp's 24-hour window closed and no approved template) land on the "Recordar por
teléfono" list for the receptionist.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from vircom_desktop import events
from vircom_desktop.channels import outbox
from vircom_desktop.channels.notices import day_text
from vircom_desktop.domain import audit, clock, conversations, opt_out, reminders
from vircom_desktop.domain.db import write_transaction
from vircom_desktop.domain.models import CONFIRMED, Appointment, Conversation, Message, Reminder

log = logging.getLogger("vircom.jobs")

ACTOR = "system"
WHATSAPP_WINDOW = timedelta(hours=24)


def reminder_text(appointment: Appointment) -> str:
    """The Spanish reminder: day, start as HH:MM (24-hour, shop time), technician, address."""
    start = clock.to_local(appointment.starts_at)
    end = clock.to_local(appointment.ends_at)
    name = appointment.customer.name.split()[0] if appointment.customer.name.strip() else ""
    greeting = f"Hola {name}, le" if name else "Hola, le"
    return (
        f"{greeting} recordamos su visita de {appointment.service.name} el "
        f"{day_text(appointment)} a las {start:%H:%M} (hasta las {end:%H:%M}), con "
        f"{appointment.technician.name} en {appointment.address}. Responda «confirmo» para "
        "confirmar su asistencia, o díganos si necesita cambiarla."
    )


def template_for(spec: str, appointment: Appointment) -> dict[str, Any]:
    """The approved template `name[:lang]` with its body parameters: name, day, window, address."""
    name, _, language = spec.partition(":")
    start = clock.to_local(appointment.starts_at)
    end = clock.to_local(appointment.ends_at)
    return {
        "name": name.strip(),
        "language": language.strip() or "es",
        "parameters": [
            appointment.customer.name.strip() or "cliente",
            day_text(appointment),
            f"{start:%H:%M} a {end:%H:%M}",
            appointment.address,
        ],
    }


def _window_closed(conversation: Conversation, now: datetime) -> bool:
    """More than 24 hours since the customer last wrote: WhatsApp refuses free text (through
    Meta or Twilio alike)."""
    last = (
        Message.select(Message.created_at)
        .where((Message.conversation == conversation.id) & (Message.role == "customer"))
        .order_by(Message.created_at.desc())
        .first()
    )
    return last is None or now - last.created_at > WHATSAPP_WINDOW


def _remind(item: reminders.Due, template: str) -> list[Message] | None:
    """Claim and queue one reminder (its messages); None when it is not (or no longer) due."""
    with write_transaction():
        now = clock.now()
        appointment = Appointment.get_or_none(Appointment.id == item.appointment_id)
        if (
            appointment is None
            or appointment.status != CONFIRMED
            or appointment.starts_at != item.starts_at
            or appointment.starts_at <= now
        ):
            return None
        key = (
            (Reminder.appointment == appointment.id)
            & (Reminder.lead_minutes == item.lead_minutes)
            & (Reminder.starts_at == appointment.starts_at)
        )
        if Reminder.select().where(key).exists():
            return None  # another process got there first
        for lead in item.passed:
            Reminder.insert(
                appointment=appointment.id,
                lead_minutes=lead,
                starts_at=appointment.starts_at,
                due_at=appointment.starts_at - timedelta(minutes=lead),
                status=reminders.SKIPPED,
                note="a nearer reminder fell due at the same time",
            ).on_conflict_ignore().execute()
        status, channel, note, rows = _queue(appointment, template, now)
        Reminder.create(
            appointment=appointment.id,
            lead_minutes=item.lead_minutes,
            starts_at=appointment.starts_at,
            due_at=item.due_at,
            status=status,
            channel=channel,
            message=rows[0].id if rows else None,
            note=note,
        )
        audit.record(
            ACTOR,
            "remind",
            appointment,
            {"lead_minutes": item.lead_minutes, "status": status, "channel": channel},
        )
    log.info(
        "reminder for visit %s (%d min before): %s %s",
        appointment.id,
        item.lead_minutes,
        status,
        channel,
    )
    return rows


def _queue(
    appointment: Appointment, template: str, now: datetime
) -> tuple[str, str, str, list[Message]]:
    """(status, channel, note, messages) of one reminder, its message queued if it has one."""
    conversation = conversations.customer_channel(appointment, channels=conversations.PUSH_CHANNELS)
    if conversation is None:
        return reminders.PHONE, "", reminders.NO_CHANNEL, []
    if not opt_out.may_contact(conversation):  # "BAJA": the shop starts no message to them
        return reminders.SKIPPED, conversation.channel, reminders.OPTED_OUT, []
    text = reminder_text(appointment)
    if _window_closed(conversation, now):  # Twilio's WhatsApp has the same 24-hour rule
        if conversation.channel != "whatsapp" or not template:
            return reminders.PHONE, conversation.channel, reminders.WINDOW_CLOSED, []
        message = outbox.queue_template(
            conversation, text, template_for(template, appointment), role="bot"
        )
        return reminders.SENT, conversation.channel, "template", [message]
    return (
        reminders.SENT,
        conversation.channel,
        "",
        outbox.queue_message(conversation, text, role="bot"),
    )


def send_due_reminders(*, hours: str | None = None, template: str = "") -> list[int]:
    """Make every reminder due now; returns the ids of the visits reminded.

    `hours` is VIRCOM_REMINDER_HOURS when set (else the shop's setting); `template` is
    VIRCOM_WHATSAPP_REMINDER_TEMPLATE.
    """
    reminded = []
    for item in reminders.due(clock.now(), reminders.lead_minutes(hours)):
        try:
            rows = _remind(item, template)
        except Exception:
            log.exception("reminder for visit %s failed; retrying next run", item.appointment_id)
            continue
        if rows is None:
            continue
        outbox.announce(rows)
        events.hub.publish(
            events.APPOINTMENT_CHANGED,
            appointment_id=item.appointment_id,
            status=CONFIRMED,
            action="remind",
        )
        reminded.append(item.appointment_id)
    return reminded
