"""Screenshots: a reminder answered, the phone list, the attendance check (issue 11).

Not in `SCREEN_MODULES` yet: run after the other scenes inside tests/ui/test_small_screen.py,
a load it triggers outlives the render's temporary database (an "unexpected error" log at
teardown). Render them with
`python -c "import vircom_desktop.ui.screenshots.reminders as r, vircom_desktop.ui.screenshots as s, pathlib; s.render(pathlib.Path('docs/screenshots'), ['conversation-reminder', 'phone-reminders', 'agenda-attendance'])"`.

The first scene: a WhatsApp customer gets their visit's reminder and confirms by answering.

The reminder is made by the real reminders job and the confirmation by VircomBot's real
`change_appointment` tool; only the provider's delivery receipts are written in by hand (no
WhatsApp here). The visit is marked as confirmed three days ago, as a real one would be.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QWidget

from vircom_desktop.agent.tools import Toolbox
from vircom_desktop.domain import booking, clock, conversations
from vircom_desktop.domain.models import CONFIRMED, Appointment, Customer, Message, Reminder
from vircom_desktop.jobs.reminders import send_due_reminders
from vircom_desktop.ui.screenshots import ShotContext, screenshot


@screenshot("conversation-reminder")
def _reminder(ctx: ShotContext) -> QWidget:
    now = clock.now()
    visit = (
        Appointment.select()
        .where(
            (Appointment.status == CONFIRMED) & (Appointment.starts_at > now + timedelta(hours=12))
        )
        .order_by(Appointment.starts_at)
        .first()
    )
    assert visit is not None, "the demo shop has no confirmed visit ahead"
    reminded_at = visit.starts_at - timedelta(hours=23)
    Appointment.update(scheduled_at=visit.starts_at - timedelta(days=3)).where(
        Appointment.id == visit.id
    ).execute()
    customer = Customer.get_by_id(visit.customer_id)
    chat = conversations.get_or_create("whatsapp", (customer.phone or "").lstrip("+"))
    conversations.link_customer(chat.id, name=customer.name)
    clock.freeze(reminded_at - timedelta(hours=5))
    conversations.add_message(
        chat.id, "customer", "Perfecto, los espero. ¡Gracias!", status="answered"
    )
    clock.freeze(reminded_at)
    send_due_reminders(hours="24")
    reminder = Reminder.get(Reminder.appointment == visit.id)
    Message.update(status="read").where(Message.id == reminder.message_id).execute()
    clock.freeze(reminded_at + timedelta(minutes=6))
    conversations.add_message(chat.id, "customer", "Sí, confirmo. Ahí estaré.", status="answered")
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
    clock.freeze(now)
    page = ctx.window.conversations
    ctx.window.show_page("conversations")
    page.select_conversation(chat.id)
    ctx.wait_until(lambda: page.current_id == chat.id and page.is_idle())
    ctx.wait_until(lambda: page.thread_view.bubble_of(reply.id) is not None)
    ctx.settle()
    return ctx.window


@screenshot("phone-reminders")
def _phone_reminders(ctx: ShotContext) -> QWidget:
    """The day's reminders for customers no message can reach, after the job ran."""
    now = clock.now()
    Appointment.update(scheduled_at=now - timedelta(days=3)).where(
        (Appointment.status == CONFIRMED) & (Appointment.starts_at > now)
    ).execute()
    send_due_reminders(hours="24")
    ctx.window.show_page("phone_reminders")
    page = ctx.window.phone_reminders
    page.refresh()
    ctx.settle()
    if page.model.rowCount():
        page.table.selectRow(0)
    ctx.settle()
    return ctx.window


@screenshot("agenda-attendance")
def _attendance(ctx: ShotContext) -> QWidget:
    """The day view with the green check of visits whose customer confirmed attendance."""
    today = clock.today()
    for visit in (
        Appointment.select()
        .where((Appointment.status == CONFIRMED) & (Appointment.starts_at > clock.now()))
        .order_by(Appointment.starts_at)
        .limit(2)
    ):
        if clock.to_local(visit.starts_at).date() == today:
            booking.confirm_attendance(visit.id, actor="VircomBot")
    ctx.window.show_page("agenda")
    ctx.window.agenda.set_date(today)
    ctx.window.agenda.set_view("day")
    ctx.settle()
    return ctx.window
