"""Daylight-saving changes: days of 23 and 25 hours, wall-clock times that do not exist."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest

from vircom_desktop.domain import booking, clock
from vircom_desktop.domain.availability import find_slots, slot_problem
from vircom_desktop.domain.models import BusinessHours

from .conftest import Shop

SPRING_FORWARD = date(2026, 3, 29)  # Europe/Madrid: 02:00 → 03:00
FALL_BACK = date(2026, 10, 25)  # Europe/Madrid: 03:00 → 02:00


@pytest.fixture
def madrid_night_shop(shop: Shop) -> Iterator[Shop]:
    clock.set_shop_zone("Europe/Madrid")
    clock.freeze(datetime(2026, 3, 20, 12, 0, tzinfo=UTC))  # the week before a DST change
    BusinessHours.create(weekday=6, start="00:00", end="06:00")  # a night shift on Sundays
    yield shop
    clock.set_shop_zone("America/Santiago")


def test_day_lengths_across_changes(madrid_night_shop: Shop) -> None:
    first, last = clock.day_bounds_utc(SPRING_FORWARD)
    assert last - first == timedelta(hours=23)
    first, last = clock.day_bounds_utc(FALL_BACK)
    assert last - first == timedelta(hours=25)


def test_skipped_wall_clock_times_are_never_offered(madrid_night_shop: Shop) -> None:
    slots = find_slots(SPRING_FORWARD, madrid_night_shop.diagnosis)
    labels = [slot.start.strftime("%H:%M") for slot in slots]
    assert "02:00" not in labels and "02:30" not in labels
    assert labels[:4] == ["00:00", "00:30", "01:00", "01:30"]
    assert labels[4] == "03:00"


def test_visit_lasts_real_time_over_the_jump(madrid_night_shop: Shop) -> None:
    slot = next(
        s
        for s in find_slots(SPRING_FORWARD, madrid_night_shop.diagnosis)
        if s.start.strftime("%H:%M") == "01:30"
    )
    # Same-zone subtraction in Python is wall-clock; elapsed time needs UTC.
    assert slot.end.astimezone(UTC) - slot.start.astimezone(UTC) == timedelta(hours=1)
    assert slot.end.strftime("%H:%M %z") == "03:30 +0200"


def test_fall_back_day_offers_each_wall_clock_time_once(madrid_night_shop: Shop) -> None:
    clock.freeze(datetime(2026, 10, 20, 12, 0, tzinfo=UTC))
    labels = [s.start.strftime("%H:%M") for s in find_slots(FALL_BACK, madrid_night_shop.diagnosis)]
    assert len(labels) == len(set(labels))
    assert labels[0] == "00:00" and labels[-1] == "05:00"


def test_booking_across_the_jump_blocks_the_right_instants(madrid_night_shop: Shop) -> None:
    shop = madrid_night_shop
    start = clock.local_datetime(SPRING_FORWARD, datetime.strptime("01:30", "%H:%M").time())
    booking.create(
        booking.VisitRequest(
            shop.customer,
            shop.diagnosis,
            start,
            "Calle 1",
            "Ruido",
            technician_id=shop.ana,
        ),
        actor="test",
    )
    three = clock.local_datetime(SPRING_FORWARD, datetime.strptime("03:00", "%H:%M").time())
    four = clock.local_datetime(SPRING_FORWARD, datetime.strptime("04:00", "%H:%M").time())
    # 01:30 + 1 h = 03:30 local, + 30 min travel = 04:00: 03:00 is taken, 04:00 is free.
    assert slot_problem(shop.ana, shop.diagnosis, three).code == "slot_taken"
    assert slot_problem(shop.ana, shop.diagnosis, four) is None
