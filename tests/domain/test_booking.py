from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest

from vircom_desktop import events
from vircom_desktop.domain import booking, clock, policy
from vircom_desktop.domain.booking import BookingError, SlotTaken, VisitRequest
from vircom_desktop.domain.models import (
    CANCELLED,
    CONFIRMED,
    DONE,
    EXPIRED,
    NO_SHOW,
    PROPOSED,
    REJECTED,
    Appointment,
    AuditLog,
)

from .conftest import Shop

TOMORROW = date(2025, 6, 10)  # the Tuesday after the shop's Monday


def at(day: date, hhmm: str) -> datetime:
    return clock.local_datetime(day, time.fromisoformat(hhmm))


def request(shop: Shop, hhmm: str = "10:00", *, day: date = TOMORROW, **overrides) -> VisitRequest:
    values = dict(
        customer_id=shop.customer,
        service_id=shop.diagnosis,
        start=at(day, hhmm),
        address="Los Aromos 455",
        issue="El notebook no enciende",
        technician_id=shop.ana,
    )
    values.update(overrides)
    return VisitRequest(**values)


def status_of(appointment_id: int) -> str:
    return Appointment.get_by_id(appointment_id).status


def test_bot_proposal_holds_slot_until_expiry(shop: Shop) -> None:
    proposal = booking.propose(request(shop))
    assert proposal.status == PROPOSED and proposal.source == "bot"
    assert proposal.expires_at == clock.now() + timedelta(hours=12)
    with pytest.raises(SlotTaken):
        booking.create(request(shop), actor="recepción")


def test_proposal_hold_never_outlives_the_visit(shop: Shop) -> None:
    proposal = booking.propose(request(shop, "12:00", day=clock.today()))
    assert proposal.expires_at == at(clock.today(), "12:00")


def test_without_required_approval_the_bot_confirms(shop: Shop) -> None:
    policy.save(replace(policy.booking_policy(), approval_required=False))
    assert booking.propose(request(shop)).status == CONFIRMED


def test_staff_booking_is_confirmed_and_skips_notice(shop: Shop) -> None:
    visit = booking.create(request(shop, "09:30", day=clock.today()), actor="recepción")
    assert visit.status == CONFIRMED and visit.approved_by == "recepción"


def test_bot_must_respect_minimum_notice(shop: Shop) -> None:
    with pytest.raises(BookingError) as error:
        booking.propose(request(shop, "09:30", day=clock.today()))
    assert error.value.code == "too_soon"


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("address", "  ", "missing_address"),
        ("issue", "", "missing_issue"),
        ("customer_id", 999, "unknown_customer"),
        ("service_id", 999, "unknown_service"),
    ],
)
def test_incomplete_requests_are_refused(shop: Shop, field: str, value: object, code: str) -> None:
    with pytest.raises(BookingError) as error:
        booking.propose(request(shop, **{field: value}))
    assert error.value.code == code
    assert Appointment.select().count() == 0


def test_engine_chooses_the_least_busy_technician(shop: Shop) -> None:
    booking.create(request(shop, "15:00"), actor="x")  # Ana has a visit tomorrow
    chosen = booking.propose(request(shop, "10:00", technician_id=None))
    assert chosen.technician_id == shop.beto


def test_engine_refuses_when_nobody_is_free(shop: Shop) -> None:
    booking.create(request(shop, "10:00"), actor="x")
    booking.create(request(shop, "10:00", technician_id=shop.beto), actor="x")
    with pytest.raises(SlotTaken):
        booking.propose(request(shop, "10:00", technician_id=None))


def test_closed_day_is_named(shop: Shop) -> None:
    with pytest.raises(BookingError) as error:
        booking.propose(request(shop, "10:00", day=date(2025, 6, 15), technician_id=None))
    assert error.value.code == "closed"


def test_approve_and_complete_path(shop: Shop) -> None:
    proposal = booking.propose(request(shop, "12:00", day=clock.today()))
    approved = booking.approve(proposal.id, actor="Patricia")
    assert approved.status == CONFIRMED and approved.approved_by == "Patricia"
    assert approved.expires_at is None
    with pytest.raises(BookingError) as error:
        booking.complete(proposal.id, actor="Ana")
    assert error.value.code == "not_started"
    clock.freeze(at(clock.today(), "13:10"))
    assert booking.complete(proposal.id, actor="Ana", notes="Cambio de fuente").status == DONE
    assert Appointment.get_by_id(proposal.id).notes == "Cambio de fuente"


def test_reject_needs_a_reason(shop: Shop) -> None:
    proposal = booking.propose(request(shop))
    with pytest.raises(BookingError):
        booking.reject(proposal.id, reason=" ", actor="Patricia")
    rejected = booking.reject(proposal.id, reason="Sin repuestos", actor="Patricia")
    assert rejected.status == REJECTED and rejected.reject_reason == "Sin repuestos"
    booking.create(request(shop), actor="x")  # the slot is free again


def test_no_show_after_start(shop: Shop) -> None:
    visit = booking.create(request(shop), actor="x")
    clock.freeze(at(TOMORROW, "10:30"))
    assert booking.mark_no_show(visit.id, actor="Ana").status == NO_SHOW


@pytest.mark.parametrize(
    ("action", "from_status"),
    [
        ("approve", CONFIRMED),
        ("reject", CONFIRMED),
        ("complete", PROPOSED),
        ("no_show", PROPOSED),
        ("cancel", DONE),
        ("approve", CANCELLED),
        ("cancel", EXPIRED),
    ],
)
def test_invalid_transitions_are_refused(shop: Shop, action: str, from_status: str) -> None:
    visit = booking.create(request(shop), actor="x")
    Appointment.update(status=from_status).where(Appointment.id == visit.id).execute()
    calls = {
        "approve": lambda: booking.approve(visit.id, actor="o"),
        "reject": lambda: booking.reject(visit.id, reason="r", actor="o"),
        "complete": lambda: booking.complete(visit.id, actor="o"),
        "no_show": lambda: booking.mark_no_show(visit.id, actor="o"),
        "cancel": lambda: booking.cancel(visit.id, actor="o"),
    }
    with pytest.raises(BookingError) as error:
        calls[action]()
    assert error.value.code == "invalid_transition"
    assert status_of(visit.id) == from_status


def test_unknown_appointment(shop: Shop) -> None:
    with pytest.raises(BookingError) as error:
        booking.cancel(12345, actor="x")
    assert error.value.code == "not_found"


def test_expire_due_expires_only_overdue_proposals(shop: Shop) -> None:
    early = booking.propose(request(shop, "12:00", day=clock.today()))
    later = booking.propose(request(shop, "10:00"))
    clock.freeze(at(clock.today(), "12:00"))
    assert booking.expire_due() == [early.id]
    assert status_of(early.id) == EXPIRED and status_of(later.id) == PROPOSED


def test_reschedule_checks_the_new_slot(shop: Shop) -> None:
    first = booking.create(request(shop, "10:00"), actor="x")
    second = booking.create(request(shop, "15:00"), actor="x")
    with pytest.raises(SlotTaken):
        booking.reschedule(second.id, at(TOMORROW, "10:30"), actor="x")
    moved = booking.reschedule(second.id, at(TOMORROW, "16:00"), actor="x", technician_id=shop.beto)
    assert moved.technician_id == shop.beto
    assert moved.ends_at - moved.starts_at == timedelta(hours=1)
    # moving a visit onto (part of) its own old time is fine
    assert booking.reschedule(first.id, at(TOMORROW, "10:30"), actor="x").status == CONFIRMED


def test_changes_are_audited_and_announced(shop: Shop) -> None:
    seen: list[tuple[str, dict]] = []
    events.hub.subscribe(events.APPOINTMENT_CHANGED, lambda **kw: seen.append(("changed", kw)))
    events.hub.subscribe(events.PROPOSAL_CREATED, lambda **kw: seen.append(("proposal", kw)))
    proposal = booking.propose(request(shop))
    booking.approve(proposal.id, actor="Patricia")
    actions = [(row.actor, row.action) for row in AuditLog.select().order_by(AuditLog.id)]
    assert actions == [("VircomBot", "propose"), ("Patricia", "approve")]
    assert [kind for kind, _ in seen] == ["changed", "proposal", "changed"]
    assert seen[-1][1] == {"appointment_id": proposal.id, "status": CONFIRMED, "action": "approve"}


def test_update_details_keeps_time_and_status(shop: Shop) -> None:
    visit = booking.create(request(shop), actor="x")
    changed = booking.update_details(visit.id, actor="x", notes="Llamar antes")
    assert changed.notes == "Llamar antes" and changed.status == CONFIRMED


def test_resize_changes_the_length_and_is_checked(shop: Shop) -> None:
    visit = booking.create(request(shop, "10:00"), actor="x")
    booking.create(request(shop, "14:00"), actor="x")
    longer = booking.reschedule(visit.id, visit.starts_at, actor="x", duration=timedelta(hours=2))
    assert longer.ends_at - longer.starts_at == timedelta(hours=2)
    with pytest.raises(BookingError) as error:  # 10:00 + 4 h crosses lunch
        booking.reschedule(visit.id, visit.starts_at, actor="x", duration=timedelta(hours=4))
    assert error.value.code == "outside_hours"
    with pytest.raises(BookingError) as error:
        booking.reschedule(visit.id, visit.starts_at, actor="x", duration=timedelta(minutes=5))
    assert error.value.code == "bad_duration"


def test_moving_a_resized_visit_keeps_its_length(shop: Shop) -> None:
    visit = booking.create(request(shop, "10:00"), actor="x")
    booking.reschedule(visit.id, visit.starts_at, actor="x", duration=timedelta(minutes=45))
    moved = booking.reschedule(visit.id, at(TOMORROW, "15:00"), actor="x")
    assert moved.ends_at - moved.starts_at == timedelta(minutes=45)
    changed = booking.reschedule(
        visit.id,
        at(TOMORROW, "15:00"),
        actor="x",
        service_id=shop.washer,
        technician_id=shop.beto,
    )
    assert changed.ends_at - changed.starts_at == timedelta(minutes=90)
