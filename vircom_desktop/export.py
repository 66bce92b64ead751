"""`export`: the visits of a date range as CSV, one row per visit.

The columns are the API's appointment object (CONTRACT §4) flattened (`technician_id`,
`customer_phone`...), plus the visit's date and times in shop time for spreadsheets. Files get
a UTF-8 byte order mark so Excel reads the accents; standard output is plain UTF-8 for scripts.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

from vircom_desktop.channels import serialize
from vircom_desktop.domain import clock
from vircom_desktop.domain.models import Appointment

MAX_DAYS = 3 * 366

COLUMNS = (
    "id",
    "status",
    "date",
    "start",
    "end",
    "starts_at",
    "ends_at",
    "technician_id",
    "technician_name",
    "service_id",
    "service_name",
    "customer_id",
    "customer_name",
    "customer_phone",
    "address",
    "issue",
    "source",
)


class ExportError(ValueError):
    """The range cannot be exported; the message says why (one line)."""


def parse_range(first: str, last: str) -> tuple[date, date]:
    """Two YYYY-MM-DD dates, both included; raises ExportError for bad or reversed ones."""
    days = []
    for name, value in (("--from", first), ("--to", last)):
        try:
            days.append(date.fromisoformat(value))
        except ValueError:
            raise ExportError(f"{name} '{value}' is not a date in YYYY-MM-DD form") from None
    start, end = days
    if end < start:
        raise ExportError(f"--to {end} is before --from {start}")
    if (end - start).days >= MAX_DAYS or not date.min < start or not end < date.max:
        raise ExportError("the range is too long; export at most three years at a time")
    return start, end


def flatten(appointment: dict[str, Any]) -> dict[str, Any]:
    """The API's appointment object as one CSV row."""
    starts = clock.to_local(datetime.fromisoformat(appointment["starts_at"]))
    ends = clock.to_local(datetime.fromisoformat(appointment["ends_at"]))
    row = {key: value for key, value in appointment.items() if not isinstance(value, dict)}
    for key in ("technician", "service", "customer"):
        for field, value in appointment[key].items():
            row[f"{key}_{field}"] = value
    row.update(date=starts.date().isoformat(), start=starts.strftime("%H:%M"))
    row["end"] = ends.strftime("%H:%M")
    return row


def visits_between(start: date, end: date) -> list[dict[str, Any]]:
    """The API's appointment objects of the days from `start` to `end` (included), in order."""
    first, _ = clock.day_bounds_utc(start)
    _, last = clock.day_bounds_utc(end)
    rows = serialize.appointments_where(
        (Appointment.starts_at >= first) & (Appointment.starts_at < last)
    )
    return [serialize.appointment(row) for row in rows]


def write_csv(appointments: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Write the header and one row per visit; returns the number of rows."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, extrasaction="ignore")
    writer.writeheader()
    count = 0
    for appointment in appointments:
        writer.writerow(flatten(appointment))
        count += 1
    return count


def export_range(start: date, end: date, out: TextIO) -> int:
    return write_csv(visits_between(start, end), out)


def export_to_file(start: date, end: date, target: Path) -> int:
    """Write the range to `target` for spreadsheets; returns the number of visits.

    UTF-8 with a byte order mark: Excel reads the accents right only with it. The file is
    written beside its final name and renamed, so a failure never leaves half a CSV behind.
    """
    partial = target.with_name(target.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8-sig", newline="") as out:  # newline: csv's rule
            count = export_range(start, end, out)
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return count
