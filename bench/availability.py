"""Availability for one day in a big shop, next to a plain indexed SQL query of that day's visits.

Goal (issue 3): p99 < 5 ms and at most 3x the plain query. Run: .venv/bin/python bench/availability.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _shop import build

from vircom_desktop.domain import availability, clock, db

ROUNDS = 400


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def timed(function, days: list[date]) -> list[float]:  # type: ignore[no-untyped-def]
    samples = []
    for day in days:
        started = time.perf_counter()
        function(day)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def plain_query(day: date) -> list[tuple]:
    first, last = clock.day_bounds_utc(day)
    return (
        db.current()
        .execute_sql(
            "SELECT id, technician_id, starts_at, ends_at FROM citas "
            "WHERE starts_at >= ? AND starts_at < ? AND status IN ('proposed', 'confirmed')",
            (first.replace(tzinfo=None).isoformat(" "), last.replace(tzinfo=None).isoformat(" ")),
        )
        .fetchall()
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        build(Path(folder) / "bench.db")
        from vircom_desktop.domain.models import Appointment

        print(
            f"built {Appointment.select().count():,} visits in {time.perf_counter() - started:.1f} s"
        )
        base = clock.today() + timedelta(days=1)
        days = [base + timedelta(days=i % 50) for i in range(ROUNDS)]
        days = [d for d in days if d.weekday() < 6]
        print(
            f"a day has {len(plain_query(days[0]))} visits; {len(availability.find_slots(days[0], 1))} free starts"
        )
        timed(plain_query, days[:20])
        timed(lambda d: availability.find_slots(d, 1), days[:20])
        query = timed(plain_query, days)
        engine = timed(lambda d: availability.find_slots(d, 1), days)
        print(f"{'':24}{'p50 ms':>10}{'p99 ms':>10}{'mean ms':>10}")
        for name, samples in (("plain indexed query", query), ("find_slots (engine)", engine)):
            print(
                f"{name:24}{percentile(samples, 0.5):10.3f}{percentile(samples, 0.99):10.3f}{statistics.mean(samples):10.3f}"
            )
        print(
            f"ratio engine/query  p50 {percentile(engine, 0.5) / percentile(query, 0.5):.2f}x"
            f"  p99 {percentile(engine, 0.99) / percentile(query, 0.99):.2f}x"
        )
        print(f"goal: p99 < 5 ms -> {'met' if percentile(engine, 0.99) < 5 else 'NOT met'}")


if __name__ == "__main__":
    main()
