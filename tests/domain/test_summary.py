"""The owner's week in figures, against a shop built by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from tests.conftest import FreezeClock
from tests.domain.conftest import NOW, Shop
from vircom_desktop.domain import clock, db
from vircom_desktop.domain.models import (
    AgentTurn,
    Appointment,
    AuditLog,
    Conversation,
    Customer,
    Message,
    Reminder,
)
from vircom_desktop.domain.reminders import CALLED, PHONE, SENT, SKIPPED
from vircom_desktop.domain.summary import owner_summary, week_summary

MONDAY = NOW.date()  # the shop's Monday: its week is 9-15 June 2025
WEDNESDAY_MORNING = NOW + timedelta(days=2, hours=1)  # Monday and Tuesday behind


def _visit(shop: Shop, technician: int, service: int, local: datetime, status: str) -> Appointment:
    start = local.replace(tzinfo=clock.shop_zone())
    return Appointment.create(
        customer=shop.customer,
        technician=technician,
        service=service,
        starts_at=start,
        ends_at=start + timedelta(hours=1),
        status=status,
        created_at=start - timedelta(days=2),
    )


def _decided(appointment: Appointment, action: str, after: timedelta) -> None:
    AuditLog.create(
        actor="Dueña",
        action=action,
        entity="citas",
        entity_id=appointment.id,
        at=appointment.created_at + after,
    )


def _conversation(number: int, roles: list[str], *, status: str = "open") -> Conversation:
    customer = Customer.create(name=f"Cliente {number}", phone=f"+5691000000{number}")
    conversation = Conversation.create(
        channel="whatsapp", external_id=customer.phone, customer=customer, status=status
    )
    at = datetime(2025, 6, 10, 13, 0, tzinfo=UTC)
    for index, role in enumerate(roles):
        Message.create(
            conversation=conversation,
            role=role,
            text=role,
            created_at=at + timedelta(minutes=index),
        )
    return conversation


def test_a_hand_built_week_adds_up(shop: Shop, frozen_clock: FreezeClock) -> None:
    # The shop's prices: a diagnosis 25 000, a washer repair 45 000.
    # This week: Ana did two diagnoses on Monday, Beto a washer on Tuesday and one no-show;
    # a cancelled visit on Sunday evening still belongs to Sunday in shop time.
    _visit(shop, shop.ana, shop.diagnosis, datetime(2025, 6, 9, 9), "done")
    _visit(shop, shop.ana, shop.diagnosis, datetime(2025, 6, 9, 11), "done")
    _visit(shop, shop.beto, shop.washer, datetime(2025, 6, 10, 9), "done")
    _visit(shop, shop.beto, shop.washer, datetime(2025, 6, 10, 15), "no_show")
    _visit(shop, shop.beto, shop.diagnosis, datetime(2025, 6, 15, 22, 30), "cancelled")
    _visit(shop, shop.ana, shop.diagnosis, datetime(2025, 6, 11, 15), "confirmed")  # not yet
    # Last week: one done visit; next week's is nobody's business yet.
    _visit(shop, shop.ana, shop.washer, datetime(2025, 6, 6, 10), "done")
    _visit(shop, shop.ana, shop.washer, datetime(2025, 6, 16, 10), "done")
    # Proposals decided this week: approved after 30 and 90 minutes, rejected after 10 h.
    proposed = [
        _visit(shop, shop.beto, shop.diagnosis, datetime(2025, 6, 12 + n, 10), "confirmed")
        for n in range(4)
    ]
    for appointment in proposed:
        appointment.created_at = datetime(2025, 6, 9, 12, tzinfo=UTC)
        appointment.save()
    _decided(proposed[0], "approve", timedelta(minutes=30))
    _decided(proposed[1], "approve", timedelta(minutes=90))
    _decided(proposed[2], "reject", timedelta(hours=10))
    _decided(proposed[3], "expire", timedelta(hours=12))
    # Conversations: two answered by VircomBot alone, one taken over by staff, one waiting.
    _conversation(1, ["customer", "bot", "customer", "bot"])
    _conversation(2, ["customer", "bot"])
    _conversation(3, ["customer", "bot", "staff"])
    waiting = _conversation(4, ["customer"], status="needs_human")
    _conversation(5, ["bot"])  # a notice nobody answered: not a conversation of the week
    for reason in (
        "cliente pide hablar con una persona",
        "cliente pide hablar con una persona",
        "reclamo",
    ):
        AgentTurn.create(
            conversation=waiting,
            tool_calls=[
                {"name": "handoff_to_human", "arguments": {"reason": reason}, "result": {}}
            ],
            created_at=datetime(2025, 6, 10, 14, tzinfo=UTC),
        )

    week = week_summary(MONDAY)

    assert [c.done for c in week.visits_by_day] == [2, 1, 0, 0, 0, 0, 0]
    assert [c.no_show for c in week.visits_by_day] == [0, 1, 0, 0, 0, 0, 0]
    assert [c.cancelled for c in week.visits_by_day] == [0, 0, 0, 0, 0, 0, 1]
    technicians = {name: (c.done, c.cancelled, c.no_show) for name, c in week.visits_by_technician}
    assert technicians == {"Ana Pérez": (2, 0, 0), "Beto Soto": (1, 1, 1)}
    assert week.revenue_by_day == (50000, 45000, 0, 0, 0, 0, 0)
    assert (week.proposals.approved, week.proposals.rejected, week.proposals.expired) == (2, 1, 1)
    assert week.proposals.median_minutes_to_decide == 90
    assert (week.conversations.bot_alone, week.conversations.handed) == (2, 2)
    assert week.conversations.reasons == (
        ("cliente pide hablar con una persona", 2),
        ("reclamo", 1),
    )

    frozen_clock(WEDNESDAY_MORNING)  # the owner reads the figures mid-week
    summary = owner_summary()
    assert summary.this_week.start == MONDAY
    assert summary.last_week.start == MONDAY - timedelta(days=7)
    assert summary.last_week.visits.done == 1 and summary.last_week.revenue == 45000


def test_each_figure_is_one_query(shop: Shop) -> None:
    database = db.current()
    executed: list[str] = []
    original = database.execute_sql

    def counting(sql: str, *args: Any, **kwargs: Any) -> Any:
        executed.append(sql)
        return original(sql, *args, **kwargs)

    database.execute_sql = counting  # type: ignore[method-assign]
    try:
        week_summary(MONDAY)
    finally:
        database.execute_sql = original  # type: ignore[method-assign]
    # visits, revenue, proposals, conversations, hand-off reasons, reminders
    assert len(executed) == 6


def test_days_keep_their_meaning_across_the_end_of_summer_time(shop: Shop) -> None:
    # Santiago leaves summer time on Sunday 2026-04-05: that day has 25 hours.
    _visit(shop, shop.ana, shop.diagnosis, datetime(2026, 4, 5, 23, 30), "done")
    _visit(shop, shop.ana, shop.diagnosis, datetime(2026, 3, 30, 0, 30), "done")
    _visit(shop, shop.ana, shop.diagnosis, datetime(2026, 4, 6, 0, 30), "done")  # next week

    week = week_summary(date(2026, 3, 30))

    assert [c.done for c in week.visits_by_day] == [1, 0, 0, 0, 0, 0, 1]


def _reminded(
    visit: Appointment, status: str, made: datetime, confirmed: datetime | None = None
) -> None:
    """A reminder of `visit` made at `made` (shop time); the customer confirms at `confirmed`."""
    made = made.replace(tzinfo=clock.shop_zone())
    Reminder.create(
        appointment=visit,
        lead_minutes=round((visit.starts_at - made).total_seconds() / 60),
        starts_at=visit.starts_at,
        due_at=made,
        status=status,
        created_at=made,
    )
    if confirmed is not None:
        Appointment.update(customer_confirmed_at=confirmed.replace(tzinfo=clock.shop_zone())).where(
            Appointment.id == visit.id
        ).execute()


def test_reminders_sent_and_confirmed(shop: Shop, frozen_clock: FreezeClock) -> None:
    def visit(day: int, hour: int) -> Appointment:
        return _visit(shop, shop.ana, shop.diagnosis, datetime(2025, 6, day, hour), "confirmed")

    # Reminded the day before and two hours before, confirmed after the first: 2 sent, 1 visit.
    twice = visit(12, 10)
    _reminded(twice, SENT, datetime(2025, 6, 11, 10))
    _reminded(twice, SENT, datetime(2025, 6, 12, 8), confirmed=datetime(2025, 6, 11, 11))
    # Staff called the customer, who then confirmed on WhatsApp.
    _reminded(visit(13, 10), CALLED, datetime(2025, 6, 12, 10), datetime(2025, 6, 12, 12))
    # Sent on Sunday night (still this week in shop time), never confirmed.
    _reminded(visit(16, 10), SENT, datetime(2025, 6, 15, 23, 30))
    # Confirmed before any reminder: reminded, but not confirmed after it.
    _reminded(visit(13, 15), SENT, datetime(2025, 6, 12, 15), datetime(2025, 6, 10, 9))
    # Not reached: still on the phone list, and a lead skipped for a nearer one.
    _reminded(visit(14, 10), PHONE, datetime(2025, 6, 13, 10))
    _reminded(visit(14, 12), SKIPPED, datetime(2025, 6, 13, 12))
    # Last week: one sent and confirmed; next week's is not counted.
    _reminded(visit(7, 10), SENT, datetime(2025, 6, 6, 10), datetime(2025, 6, 6, 11))
    _reminded(visit(16, 16), SENT, datetime(2025, 6, 16, 9))

    frozen_clock(WEDNESDAY_MORNING)  # the owner reads the figures mid-week
    summary = owner_summary()

    now, before = summary.this_week.reminders, summary.last_week.reminders
    assert (now.sent, now.by_phone, now.confirmed) == (5, 1, 2)
    assert (before.sent, before.by_phone, before.confirmed) == (1, 0, 1)
