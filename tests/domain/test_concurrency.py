"""Several writers race for one slot: exactly one wins, the others hear "slot taken"."""

from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import date, time

from vircom_desktop.domain import booking, clock
from vircom_desktop.domain.models import HOLDING_STATUSES, Appointment

from .conftest import NOW, Shop
from .race_worker import book_once

START_DAY = date(2025, 6, 10)  # the Tuesday after the shop's Monday


def test_fifty_threads_race_for_one_slot(shop: Shop) -> None:
    start = clock.local_datetime(START_DAY, time(10))
    barrier = threading.Barrier(50)

    def attempt(_: int) -> str:
        barrier.wait(timeout=30)
        try:
            booking.propose(
                booking.VisitRequest(
                    shop.customer,
                    shop.diagnosis,
                    start,
                    "Calle 1",
                    "x",
                    technician_id=shop.ana,
                )
            )
        except booking.SlotTaken:
            return "taken"
        return "booked"

    with ThreadPoolExecutor(max_workers=50) as pool:
        results = list(pool.map(attempt, range(50)))
    assert results.count("booked") == 1
    assert results.count("taken") == 49
    assert Appointment.select().where(Appointment.status.in_(HOLDING_STATUSES)).count() == 1


def test_four_processes_race_for_one_slot(shop: Shop, database_url: str) -> None:
    start = clock.local_datetime(START_DAY, time(11))
    ids = {"customer": shop.customer, "service": shop.diagnosis, "technician": shop.beto}
    context = multiprocessing.get_context("spawn")
    barrier = context.Manager().Barrier(4)
    with context.Pool(4) as pool:
        results = pool.starmap(book_once, [(database_url, NOW, start, ids, barrier)] * 4)
    assert sorted(results) == ["booked", "taken", "taken", "taken"]
    assert Appointment.select().where(Appointment.technician == shop.beto).count() == 1
