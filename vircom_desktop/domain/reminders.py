"""Which confirmed visits are due a reminder, for which lead: the rules, apart from the sending.

A reminder is keyed by (visit, lead, start) in the `reminders` table, so each lead of each
visit time is reminded at most once whatever runs, restarts or races; a moved visit has a new
start and so gets reminders for its new time. A lead whose moment came before the visit got
its time as a confirmed visit (confirmed or moved later) is skipped: that confirmation or move
already told the customer. When several leads fell due while nothing ran (the desk was off
overnight), only the nearest one is sent and the others are recorded as skipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from vircom_desktop import events
from vircom_desktop.domain import audit, clock
from vircom_desktop.domain.db import write_transaction
from vircom_desktop.domain.models import (
    CONFIRMED,
    Appointment,
    Customer,
    Reminder,
    Service,
    Technician,
)
from vircom_desktop.domain.policy import booking_policy
from vircom_desktop.domain.reminder_hours import parse_reminder_hours

SENT = "sent"  # queued on the customer's channel; the message row has its delivery state
PHONE = "phone"  # staff must call (no channel, or WhatsApp's window closed with no template)
CALLED = "called"  # staff called the customer (from the "Recordar por teléfono" list)
SKIPPED = "skipped"  # fell due together with a nearer lead, which was sent instead
# Why a reminder went to the phone list (its `note`).
NO_CHANNEL = "the customer has no WhatsApp chat with the shop"
OPTED_OUT = "the customer asked not to be contacted"
WINDOW_CLOSED = "WhatsApp's 24-hour window is closed and no reminder template can be sent"


@dataclass(frozen=True)
class Due:
    """A reminder to make now: the visit, its lead, and longer leads that passed unsent."""

    appointment_id: int
    lead_minutes: int
    starts_at: datetime
    due_at: datetime
    passed: tuple[int, ...] = ()


def lead_minutes(override: str | None = None) -> tuple[int, ...]:
    """The leads in minutes, longest first: `override` (VIRCOM_REMINDER_HOURS) or Ajustes."""
    hours = (
        parse_reminder_hours(override) if override is not None else booking_policy().reminder_hours
    )
    return tuple(sorted({round(float(h) * 60) for h in hours}, reverse=True))


def due(now: datetime, leads: tuple[int, ...]) -> list[Due]:
    """Reminders due at `now`: confirmed visits not yet begun whose lead's moment has come."""
    if not leads:
        return []
    horizon = now + timedelta(minutes=max(leads))
    visits = list(
        Appointment.select(
            Appointment.id,
            Appointment.starts_at,
            Appointment.scheduled_at,
            Appointment.approved_at,
            Appointment.created_at,
        )
        .where(
            (Appointment.status == CONFIRMED)
            & (Appointment.starts_at > now)
            & (Appointment.starts_at <= horizon)
        )
        .order_by(Appointment.starts_at, Appointment.id)
    )
    if not visits:
        return []
    done = {
        (row.appointment_id, row.lead_minutes, row.starts_at)
        for row in Reminder.select(
            Reminder.appointment, Reminder.lead_minutes, Reminder.starts_at
        ).where(Reminder.appointment.in_([visit.id for visit in visits]))
    }
    found = []
    for visit in visits:
        scheduled = visit.scheduled_at or visit.approved_at or visit.created_at
        pending = [
            lead
            for lead in leads
            if visit.starts_at - timedelta(minutes=lead) <= now
            and visit.starts_at - timedelta(minutes=lead) >= scheduled
            and (visit.id, lead, visit.starts_at) not in done
        ]
        if not pending:
            continue
        nearest = min(pending)
        found.append(
            Due(
                appointment_id=visit.id,
                lead_minutes=nearest,
                starts_at=visit.starts_at,
                due_at=visit.starts_at - timedelta(minutes=nearest),
                passed=tuple(lead for lead in pending if lead != nearest),
            )
        )
    return found


@dataclass(frozen=True)
class PhoneReminder:
    """A reminder the receptionist makes by phone: who to call, about which visit, and why."""

    reminder_id: int
    appointment_id: int
    starts_at: datetime  # shop time
    ends_at: datetime
    customer_name: str
    phone: str
    technician: str
    service: str
    address: str
    window_closed: bool  # they have a chat, but WhatsApp does not let the shop write now
    attendance_confirmed: bool


def phone_list(now: datetime | None = None) -> list[PhoneReminder]:
    """Reminders staff must make by phone, for visits that have not begun, soonest first."""
    now = now or clock.now()
    query = (
        Reminder.select(Reminder, Appointment, Customer, Technician, Service)
        .join(Appointment)
        .join(Customer, on=(Appointment.customer == Customer.id))
        .switch(Appointment)
        .join(Technician, on=(Appointment.technician == Technician.id))
        .switch(Appointment)
        .join(Service, on=(Appointment.service == Service.id))
        .where(
            (Reminder.status == PHONE)
            & (Appointment.status == CONFIRMED)
            & (Appointment.starts_at == Reminder.starts_at)
            & (Appointment.starts_at > now)
        )
        .order_by(Appointment.starts_at, Reminder.id)
    )
    return [
        PhoneReminder(
            reminder_id=row.id,
            appointment_id=row.appointment.id,
            starts_at=clock.to_local(row.appointment.starts_at),
            ends_at=clock.to_local(row.appointment.ends_at),
            customer_name=row.appointment.customer.name,
            phone=row.appointment.customer.phone or "",
            technician=row.appointment.technician.name,
            service=row.appointment.service.name,
            address=row.appointment.address,
            window_closed=row.note == WINDOW_CLOSED,
            attendance_confirmed=row.appointment.customer_confirmed_at is not None,
        )
        for row in query
    ]


def mark_called(reminder_id: int, *, actor: str) -> bool:
    """Staff called the customer: off the list. False when someone else already did."""
    with write_transaction():
        reminder = Reminder.get_or_none(Reminder.id == reminder_id)
        if reminder is None or reminder.status != PHONE:
            return False
        Reminder.update(status=CALLED, note=f"called by {actor}").where(
            Reminder.id == reminder_id
        ).execute()
        audit.record(actor, "reminder_called", reminder)
    events.hub.publish(
        events.APPOINTMENT_CHANGED,
        appointment_id=reminder.appointment_id,
        status=CONFIRMED,
        action="remind",
    )
    return True
