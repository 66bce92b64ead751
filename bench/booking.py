"""Bookings per second on one SQLite file: one writer, then 4 writer processes side by side.

Every booking re-checks its slot inside a BEGIN IMMEDIATE transaction, so writers queue on the
file's lock; this measures what that costs. Run: .venv/bin/python bench/booking.py
"""

from __future__ import annotations

import multiprocessing
import sys
import tempfile
import time
from datetime import date, timedelta
from datetime import time as clock_time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _shop import NOW, build

from vircom_desktop.domain import booking, clock
from vircom_desktop.domain.models import Technician, TechnicianService
from vircom_desktop.domain.startup import open_database

PER_WRITER = 300


def writer(url: str, index: int, writers: int, barrier) -> tuple[int, int, float]:  # type: ignore[no-untyped-def]
    open_database(url, timezone="America/Santiago")
    clock.freeze(NOW)
    barrier.wait()
    booked = taken = 0
    started = time.perf_counter()
    first_day = date(2026, 1, 12)  # a Monday
    for attempt in range(PER_WRITER):
        slot = attempt * writers + index
        day_index = slot // 40  # 20 technicians x 2 visits a day, Monday to Saturday
        day = first_day + timedelta(days=day_index + day_index // 6)
        tech = 1 + slot % 20
        start = clock.local_datetime(
            day, clock_time(9) if (slot // 20) % 2 == 0 else clock_time(15)
        )
        try:
            booking.create(
                booking.VisitRequest(1, 1, start, "Calle 1", "bench", technician_id=tech),
                actor="bench",
            )
            booked += 1
        except booking.BookingError:
            taken += 1
    return booked, taken, time.perf_counter() - started


def run(url: str, writers: int) -> tuple[int, int, float]:
    context = multiprocessing.get_context("spawn")
    barrier = context.Manager().Barrier(writers)
    started = time.perf_counter()
    with context.Pool(writers) as pool:
        results = pool.starmap(writer, [(url, i, writers, barrier) for i in range(writers)])
    elapsed = time.perf_counter() - started
    return (
        sum(r[0] for r in results),
        sum(r[1] for r in results),
        max(r[2] for r in results) or elapsed,
    )


def main() -> None:
    print(f"{'writers':>8}{'attempts':>10}{'booked':>8}{'refused':>9}{'seconds':>9}{'per s':>9}")
    rates = {}
    for writers in (1, 4):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "bench.db"
            build(path, visits=0)
            for tech in Technician.select():
                TechnicianService.insert(technician=tech, service=1).on_conflict_ignore().execute()
            booked, taken, seconds = run(f"sqlite:///{path}", writers)
            rates[writers] = (booked + taken) / seconds
            print(
                f"{writers:8}{booked + taken:10}{booked:8}{taken:9}{seconds:9.2f}{rates[writers]:9.0f}"
            )
    print(f"ratio 4 writers / 1 writer: {rates[4] / rates[1]:.2f}x")


if __name__ == "__main__":
    main()
