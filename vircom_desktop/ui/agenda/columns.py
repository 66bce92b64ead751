"""The time grid's columns (a day, for one technician or for everyone) and its time axis."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from vircom_desktop.desk.agenda import Visit, Window
from vircom_desktop.domain import clock


@dataclass(frozen=True)
class Column:
    """One column of the grid: a day, for one technician or for everyone (None)."""

    day: date
    technician_id: int | None
    title: str
    subtitle: str
    windows: tuple[Window, ...]
    unavailable: str | None = None  # shown across the column when nobody works that day

    def holds(self, visit: Visit) -> bool:
        return visit.day == self.day and self.technician_id in (None, visit.technician_id)


def minutes_into(moment: datetime, day: date) -> float:
    """Minutes from the local midnight of `day` to `moment` (visits past midnight go beyond 1440)."""
    local = clock.to_local(moment)
    return (local.date() - day).days * 1440 + local.hour * 60 + local.minute + local.second / 60
