from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest

from vircom_desktop.domain import availability, booking, clock, policy
from vircom_desktop.domain.availability import AvailabilityError, find_slots, slot_problem
from vircom_desktop.domain.models import CANCELLED, Closure, TechnicianHours

from .conftest import Shop

TOMORROW = date(2025, 6, 10)  # the Tuesday after the shop's Monday


def starts(slots: list[availability.Slot]) -> list[str]:
    return [slot.start.strftime("%H:%M") for slot in slots]


def at(day: date, hhmm: str) -> datetime:
    return clock.local_datetime(day, time.fromisoformat(hhmm))


def visit(shop: Shop, start: datetime, technician_id: int, service_id: int | None = None):
    return booking.create(
        booking.VisitRequest(
            shop.customer,
            service_id or shop.diagnosis,
            start,
            "Calle 1",
            "No enciende",
            technician_id=technician_id,
        ),
        actor="test",
    )


def test_slots_follow_business_hours_and_lunch_break(shop: Shop) -> None:
    slots = find_slots(TOMORROW, shop.diagnosis)
    assert starts(slots) == [
        "09:00",
        "09:30",
        "10:00",
        "10:30",
        "11:00",
        "11:30",
        "12:00",
        "14:00",
        "14:30",
        "15:00",
        "15:30",
        "16:00",
        "16:30",
        "17:00",
    ]
    assert all(slot.start.tzinfo == clock.shop_zone() for slot in slots)
    assert [t.name for t in slots[0].technicians] == ["Ana Pérez", "Beto Soto"]


def test_only_technicians_with_the_skill_are_offered(shop: Shop) -> None:
    slots = find_slots(TOMORROW, shop.air)
    assert {t.name for slot in slots for t in slot.technicians} == {"Ana Pérez"}
    assert "11:00" in starts(slots)
    assert "11:30" not in starts(slots)  # 120 minutes would run into lunch


def test_existing_visit_blocks_its_time_plus_travel_buffer(shop: Shop) -> None:
    visit(shop, at(TOMORROW, "10:00"), shop.ana)
    ana_starts = starts(find_slots(TOMORROW, shop.diagnosis, technician_id=shop.ana))
    # 10:00-11:00 + 30 min travel; a new visit also needs 30 min to reach the 10:00 one.
    assert "09:00" not in ana_starts and "09:30" not in ana_starts
    assert "10:30" not in ana_starts and "11:00" not in ana_starts
    assert "11:30" in ana_starts
    beto_starts = starts(find_slots(TOMORROW, shop.diagnosis, technician_id=shop.beto))
    assert "10:00" in beto_starts


def test_proposed_visits_hold_the_slot_and_cancelled_ones_free_it(shop: Shop) -> None:
    proposal = booking.propose(
        booking.VisitRequest(
            shop.customer,
            shop.diagnosis,
            at(TOMORROW, "15:00"),
            "Calle 1",
            "Ruido",
            technician_id=shop.ana,
        )
    )
    assert slot_problem(shop.ana, shop.diagnosis, at(TOMORROW, "15:00")).code == "slot_taken"
    booking.cancel(proposal.id, actor="test")
    assert proposal.status != CANCELLED  # the object we hold is stale; the row changed
    assert slot_problem(shop.ana, shop.diagnosis, at(TOMORROW, "15:00")) is None


def test_shop_closure_closes_the_day(shop: Shop) -> None:
    Closure.create(start_date=TOMORROW, end_date=TOMORROW, reason="Feriado")
    assert find_slots(TOMORROW, shop.diagnosis) == []
    assert slot_problem(shop.ana, shop.diagnosis, at(TOMORROW, "10:00")).code == "closed"
    assert not availability.day_is_open(TOMORROW)


def test_technician_leave_removes_only_that_technician(shop: Shop) -> None:
    Closure.create(start_date=TOMORROW, end_date=TOMORROW, technician=shop.ana)
    names = {t.name for slot in find_slots(TOMORROW, shop.diagnosis) for t in slot.technicians}
    assert names == {"Beto Soto"}


def test_technician_own_hours_narrow_the_shop_hours(shop: Shop) -> None:
    TechnicianHours.create(
        technician=shop.ana, weekday=TOMORROW.weekday(), start="15:00", end="20:00"
    )
    ana = starts(find_slots(TOMORROW, shop.diagnosis, technician_id=shop.ana))
    assert ana == ["15:00", "15:30", "16:00", "16:30", "17:00"]


def test_sunday_is_closed(shop: Shop) -> None:
    assert find_slots(date(2025, 6, 15), shop.diagnosis) == []


def test_minimum_notice_hides_slots_too_soon(shop: Shop) -> None:
    today = starts(find_slots(clock.today(), shop.diagnosis))  # now is 08:00 local
    assert today[0] == "10:00"
    problem = slot_problem(shop.ana, shop.diagnosis, at(clock.today(), "09:30"))
    assert problem.code == "too_soon"
    staff = slot_problem(shop.ana, shop.diagnosis, at(clock.today(), "09:30"), enforce_notice=False)
    assert staff is None


def test_past_days_have_no_slots_and_past_times_are_refused(shop: Shop) -> None:
    saturday = date(2025, 6, 7)  # an open day, two days ago
    assert find_slots(saturday, shop.diagnosis) == []
    problem = slot_problem(shop.ana, shop.diagnosis, at(saturday, "10:00"), enforce_notice=False)
    assert problem.code == "in_past"


def test_booking_horizon(shop: Shop) -> None:
    with pytest.raises(AvailabilityError) as error:
        find_slots(clock.today() + timedelta(days=61), shop.diagnosis)
    assert error.value.code == "too_far"
    assert find_slots(clock.today() + timedelta(days=59), shop.diagnosis)  # a Thursday


def test_grid_follows_policy(shop: Shop) -> None:
    policy.save(replace(policy.booking_policy(), grid_minutes=15))
    assert starts(find_slots(TOMORROW, shop.diagnosis))[:3] == ["09:00", "09:15", "09:30"]


def test_unknown_service_is_a_clear_error(shop: Shop) -> None:
    with pytest.raises(AvailabilityError) as error:
        find_slots(TOMORROW, 999)
    assert error.value.code == "unknown_service"


def test_without_service_uses_default_duration_and_everyone(shop: Shop) -> None:
    slots = find_slots(TOMORROW)
    assert slots[0].end - slots[0].start == timedelta(minutes=60)
    assert len(slots[0].technicians) == 2


def test_off_grid_staff_time_is_checked_by_the_same_rules(shop: Shop) -> None:
    visit(shop, at(TOMORROW, "10:15"), shop.ana)
    assert slot_problem(shop.ana, shop.diagnosis, at(TOMORROW, "11:30")).code == "slot_taken"
    assert slot_problem(shop.ana, shop.diagnosis, at(TOMORROW, "11:45")) is None
    assert slot_problem(shop.beto, shop.air, at(TOMORROW, "14:00")).code == "skill"
    assert slot_problem(shop.ana, shop.diagnosis, at(TOMORROW, "12:30")).code == "outside_hours"
