"""Several desks on one PostgreSQL schedule: the same rules, the same race safety."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import date, time

from tests.domain.conftest import Shop
from vircom_desktop.domain import availability, booking, clock, db
from vircom_desktop.domain.models import Appointment


def test_availability_and_lifecycle_on_postgres(pg_shop: Shop) -> None:
    slots = availability.find_slots(date(2025, 6, 10), pg_shop.diagnosis)
    assert slots[0].start.strftime("%H:%M") == "09:00"
    proposal = booking.propose(
        booking.VisitRequest(pg_shop.customer, pg_shop.diagnosis, slots[0].start, "Calle 1", "x")
    )
    assert booking.approve(proposal.id, actor="Patricia").status == "confirmed"
    assert Appointment.get_by_id(proposal.id).starts_at == slots[0].start


def test_desks_racing_on_postgres_get_one_booking(pg_shop: Shop) -> None:
    start = clock.local_datetime(date(2025, 6, 10), time(15))
    barrier = threading.Barrier(12)

    def attempt(_: int) -> str:
        barrier.wait(timeout=30)
        try:
            booking.create(
                booking.VisitRequest(
                    pg_shop.customer,
                    pg_shop.diagnosis,
                    start,
                    "Calle 1",
                    "x",
                    technician_id=pg_shop.ana,
                ),
                actor="desk",
            )
        except booking.SlotTaken:
            return "taken"
        finally:
            db.current().close()
        return "booked"

    with ThreadPoolExecutor(max_workers=12) as pool:
        results = list(pool.map(attempt, range(12)))
    assert results.count("booked") == 1
