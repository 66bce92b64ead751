"""What the screenshot scenes stage on top of the demo shop (`make screenshots`).

Staged the way it happens in the shop: the reminders job sends the reminders and VircomBot's
`change_appointment` tool records the confirmation; only the provider's delivery receipts and
the visits' booking dates are written in by hand (no WhatsApp here).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from vircom_desktop.agent.tools import Toolbox
from vircom_desktop.domain import booking, clock, conversations
from vircom_desktop.domain.models import CONFIRMED, Appointment, Customer, Message, Reminder
from vircom_desktop.jobs.reminders import send_due_reminders


@dataclass(frozen=True)
class AnsweredReminder:
    conversation_id: int
    reply_id: int  # the bot's answer to the customer's confirmation


def answered_reminder() -> AnsweredReminder:
    """A WhatsApp customer gets their visit's reminder and confirms by answering.

    The visit was booked three days ago; the clock is back at the present when this returns.
    """
    now = clock.now()
    visit = (
        Appointment.select()
        .where(
            (Appointment.status == CONFIRMED) & (Appointment.starts_at > now + timedelta(hours=12))
        )
        .order_by(Appointment.starts_at)
        .first()
    )
    if visit is None:
        raise LookupError("the demo shop has no confirmed visit ahead")
    reminded_at = visit.starts_at - timedelta(hours=23)
    Appointment.update(scheduled_at=visit.starts_at - timedelta(days=3)).where(
        Appointment.id == visit.id
    ).execute()
    customer = Customer.get_by_id(visit.customer_id)
    chat = conversations.get_or_create("whatsapp", (customer.phone or "").lstrip("+"))
    conversations.link_customer(chat.id, name=customer.name)
    try:
        clock.freeze(reminded_at - timedelta(hours=5))
        conversations.add_message(
            chat.id, "customer", "Perfecto, los espero. ¡Gracias!", status="answered"
        )
        clock.freeze(reminded_at)
        send_due_reminders(hours="24")
        reminder = Reminder.get(Reminder.appointment == visit.id)
        Message.update(status="read").where(Message.id == reminder.message_id).execute()
        clock.freeze(reminded_at + timedelta(minutes=6))
        conversations.add_message(
            chat.id, "customer", "Sí, confirmo. Ahí estaré.", status="answered"
        )
        Toolbox(chat.id).run(
            "change_appointment", {"appointment_id": str(visit.id), "action": "confirm_attendance"}
        )
        start = clock.to_local(visit.starts_at)
        reply = conversations.add_message(
            chat.id,
            "bot",
            f"¡Gracias, {customer.name.split()[0]}! Dejé registrada su confirmación. "
            f"Lo esperamos mañana a las {start:%H:%M}.",
            status="delivered",
        )
    finally:
        clock.freeze(now)
    return AnsweredReminder(int(chat.id), int(reply.id))


def phone_reminders_due() -> None:
    """The visits ahead were booked three days ago and the reminders job ran: customers no
    message can reach are on the phone list."""
    now = clock.now()
    Appointment.update(scheduled_at=now - timedelta(days=3)).where(
        (Appointment.status == CONFIRMED) & (Appointment.starts_at > now)
    ).execute()
    send_due_reminders(hours="24")


def attendance_confirmed_today(visits: int = 2) -> None:
    """The customers of today's next confirmed visits (of the first `visits`) confirmed."""
    today = clock.today()
    upcoming = (
        Appointment.select()
        .where((Appointment.status == CONFIRMED) & (Appointment.starts_at > clock.now()))
        .order_by(Appointment.starts_at)
        .limit(visits)
    )
    for visit in upcoming:
        if clock.to_local(visit.starts_at).date() == today:
            booking.confirm_attendance(visit.id, actor="VircomBot")
