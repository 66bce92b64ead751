"""Runs in a separate process: opens the shared database file and tries to take one slot."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from vircom_desktop.domain import booking, clock
from vircom_desktop.domain.startup import open_database


def book_once(url: str, now: datetime, start: datetime, ids: dict[str, int], barrier: Any) -> str:
    open_database(url, timezone="America/Santiago")
    clock.freeze(now)
    barrier.wait(timeout=60)
    try:
        booking.propose(
            booking.VisitRequest(
                ids["customer"],
                ids["service"],
                start,
                "Calle 1",
                "No enciende",
                technician_id=ids["technician"],
            )
        )
    except booking.SlotTaken:
        return "taken"
    return "booked"
