"""The availability engine: who can visit, when. The GUI, the agent's tools and the API all ask here.

A visit occupies its technician from its start to its end plus the service's travel buffer, so
two home visits are never closer than the time needed to get from one to the next. Candidate
starts sit on the policy's grid (e.g. every 30 minutes from midnight, shop time); a booking made
by staff may also start off the grid, and is checked by the same rules.
"""

from __future__ import annotations

import dataclasses
import functools
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from vircom_desktop.domain import clock
from vircom_desktop.domain.db import current
from vircom_desktop.domain.models import (
    HOLDING_STATUSES,
    Appointment,
)
from vircom_desktop.domain.policy import BookingPolicy, booking_policy

# No visit lasts longer than this; it bounds the search for visits reaching into a day.
MAX_VISIT = timedelta(hours=24)


class AvailabilityError(ValueError):
    """A request the engine cannot answer (unknown service, bad date...)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class TechnicianRef:
    id: int
    name: str


@dataclass(frozen=True)
class Slot:
    """A free start time; `technicians` lists everyone who could take it."""

    start: datetime
    end: datetime
    technicians: tuple[TechnicianRef, ...]


@dataclass(frozen=True)
class SlotProblem:
    """Why a technician cannot take a visit at a time: a stable code and an English message."""

    code: str
    message: str


@dataclass(frozen=True)
class ServiceTerms:
    id: int | None
    name: str
    duration: timedelta
    buffer: timedelta


@dataclass
class _TechDay:
    ref: TechnicianRef
    windows: list[tuple[datetime, datetime]]
    skills: set[int]
    busy: list[tuple[datetime, datetime]] = field(default_factory=list)


def _parse_hhmm(value: str) -> time | None:
    """'HH:MM' to a time; '24:00' returns None, meaning the next midnight."""
    hours, minutes = (int(part) for part in value.split(":"))
    if hours == 24 and minutes == 0:
        return None
    return time(hours, minutes)


def _instant(day: date, value: str) -> datetime:
    at = _parse_hhmm(value)
    if at is None:
        return clock.local_datetime(day + timedelta(days=1), time(0)).astimezone(UTC)
    return clock.local_datetime(day, at).astimezone(UTC)


def _intersect(
    a: list[tuple[datetime, datetime]], b: list[tuple[datetime, datetime]]
) -> list[tuple[datetime, datetime]]:
    result = []
    for a_start, a_end in a:
        for b_start, b_end in b:
            start, end = max(a_start, b_start), min(a_end, b_end)
            if start < end:
                result.append((start, end))
    return sorted(result)


def service_terms(service_id: int | None, policy: BookingPolicy) -> ServiceTerms:
    if service_id is None:
        return ServiceTerms(
            None, "", timedelta(minutes=policy.default_duration_minutes), timedelta()
        )
    rows = _rows(
        "SELECT id, name, duration_minutes, travel_buffer_minutes FROM services"
        " WHERE id = ? AND active = ?",
        service_id,
        True,
    )
    if not rows:
        raise AvailabilityError("unknown_service", f"no active service with id {service_id}")
    sid, name, duration, buffer = rows[0]
    return ServiceTerms(sid, name, timedelta(minutes=duration), timedelta(minutes=buffer))


def _rows(sql: str, *params: Any) -> list[tuple[Any, ...]]:
    """Run a hot read with precompiled SQL (no ORM query building); `?` marks parameters."""
    database = current()
    return list(database.execute_sql(sql.replace("?", database.param), params).fetchall())


def _stamp(moment: datetime) -> Any:
    return Appointment.starts_at.db_value(moment)


def shop_windows(day: date) -> list[tuple[datetime, datetime]]:
    """The shop's opening ranges on a local day as UTC instants; empty when closed."""
    closed = _rows(
        "SELECT 1 FROM closures WHERE technician_id IS NULL AND start_date <= ? AND end_date >= ?",
        day.isoformat(),
        day.isoformat(),
    )
    if closed:
        return []
    rows = _rows('SELECT start, "end" FROM business_hours WHERE weekday = ?', day.weekday())
    return sorted((_instant(day, start), _instant(day, end)) for start, end in rows)


def _technician_days(
    day: date, technician_id: int | None, windows: list[tuple[datetime, datetime]]
) -> dict[int, _TechDay]:
    techs = {
        tid: TechnicianRef(tid, name)
        for tid, name in _rows("SELECT id, name FROM technicians WHERE active = ?", True)
        if technician_id is None or tid == technician_id
    }
    if not techs:
        return {}
    on_leave = {
        tid
        for (tid,) in _rows(
            "SELECT technician_id FROM closures WHERE technician_id IS NOT NULL"
            " AND start_date <= ? AND end_date >= ?",
            day.isoformat(),
            day.isoformat(),
        )
    }
    has_hours: set[int] = set()
    hours: dict[int, list[tuple[datetime, datetime]]] = defaultdict(list)
    for tid, weekday, start, end in _rows(
        'SELECT technician_id, weekday, start, "end" FROM technician_hours'
    ):
        has_hours.add(tid)
        if weekday == day.weekday():
            hours[tid].append((_instant(day, start), _instant(day, end)))
    skills: dict[int, set[int]] = defaultdict(set)
    for tid, sid in _rows("SELECT technician_id, service_id FROM technician_services"):
        skills[tid].add(sid)
    result = {}
    for tid, ref in techs.items():
        if tid in on_leave:
            own: list[tuple[datetime, datetime]] = []
        elif tid in has_hours:
            own = sorted(hours[tid])
        else:  # no hours of their own: they work whenever the shop is open
            own = list(windows)
        result[tid] = _TechDay(ref, _intersect(windows, own), skills[tid])
    return result


def _load_busy(
    techs: dict[int, _TechDay],
    span: tuple[datetime, datetime],
    exclude_appointment_id: int | None,
) -> None:
    if not techs:
        return
    rows = _rows(
        "SELECT c.technician_id, c.starts_at, c.ends_at, s.travel_buffer_minutes, c.id"
        " FROM citas c JOIN services s ON s.id = c.service_id"
        " WHERE c.starts_at < ? AND c.starts_at >= ? AND c.ends_at > ? AND c.status IN (?, ?)",
        _stamp(span[1]),
        _stamp(span[0] - MAX_VISIT),  # a lower bound keeps this an index range scan
        _stamp(span[0]),
        *HOLDING_STATUSES,
    )
    to_instant = Appointment.starts_at.python_value
    for tid, starts_at, ends_at, buffer_minutes, appointment_id in rows:
        if tid not in techs or appointment_id == exclude_appointment_id:
            continue
        busy_until = to_instant(ends_at) + timedelta(minutes=buffer_minutes)
        techs[tid].busy.append((to_instant(starts_at), busy_until))


def _problem(
    tech: _TechDay,
    terms: ServiceTerms,
    start: datetime,
    policy: BookingPolicy,
    *,
    enforce_notice: bool,
    now: datetime,
) -> SlotProblem | None:
    """The one rule set every booking path goes through; None means the visit fits."""
    end = start + terms.duration
    if terms.id is not None and terms.id not in tech.skills:
        return SlotProblem("skill", f"{tech.ref.name} does not do {terms.name}")
    if start < now:
        return SlotProblem("in_past", "that time has already passed")
    if enforce_notice and start < now + timedelta(minutes=policy.min_notice_minutes):
        return SlotProblem(
            "too_soon", f"visits need at least {policy.min_notice_minutes} minutes of notice"
        )
    if not any(w_start <= start and end <= w_end for w_start, w_end in tech.windows):
        return SlotProblem("outside_hours", f"{tech.ref.name} is not working at that time")
    occupied_until = end + terms.buffer
    for busy_start, busy_end in tech.busy:
        if start < busy_end and busy_start < occupied_until:
            return SlotProblem("slot_taken", f"{tech.ref.name} already has a visit at that time")
    return None


def _check_day(day: date, policy: BookingPolicy, *, enforce_horizon: bool) -> None:
    if enforce_horizon and day > clock.today() + timedelta(days=policy.horizon_days):
        raise AvailabilityError(
            "too_far", f"bookings are taken up to {policy.horizon_days} days ahead"
        )


def _day_context(
    day: date,
    technician_id: int | None,
    exclude_appointment_id: int | None,
    max_buffer: timedelta,
) -> dict[int, _TechDay]:
    windows = shop_windows(day)
    techs = _technician_days(day, technician_id, windows)
    first, last = clock.day_bounds_utc(day)
    # Visits of the evening before (plus their buffer) can reach into this day.
    _load_busy(techs, (first - timedelta(hours=12), last + max_buffer), exclude_appointment_id)
    return techs


def _max_buffer() -> timedelta:
    ((minutes,),) = _rows("SELECT MAX(travel_buffer_minutes) FROM services")
    return timedelta(minutes=minutes or 0)


def find_slots(
    day: date,
    service_id: int | None = None,
    *,
    technician_id: int | None = None,
    enforce_notice: bool = True,
    exclude_appointment_id: int | None = None,
) -> list[Slot]:
    """Free start times on a local day, for a service (or the default duration), on the grid."""
    policy = booking_policy()
    terms = service_terms(service_id, policy)
    if day < clock.today():
        return []
    _check_day(day, policy, enforce_horizon=enforce_notice)
    techs = _day_context(day, technician_id, exclude_appointment_id, _max_buffer())
    now = clock.now()
    step = timedelta(minutes=policy.grid_minutes)
    by_start: dict[datetime, list[TechnicianRef]] = defaultdict(list)
    for tech in techs.values():
        for w_start, w_end in tech.windows:
            for start in _grid_starts(w_start, w_end - terms.duration, step, clock.shop_zone()):
                if _problem(tech, terms, start, policy, enforce_notice=enforce_notice, now=now):
                    continue
                by_start[start].append(tech.ref)
    return [
        Slot(
            clock.to_local(start),
            clock.to_local(start + terms.duration),
            tuple(sorted(refs, key=lambda ref: ref.id)),
        )
        for start, refs in sorted(by_start.items())
    ]


@functools.lru_cache(maxsize=512)
def _grid_starts(
    first: datetime, last: datetime, step: timedelta, zone: tzinfo
) -> tuple[datetime, ...]:
    """Instants from `first` to `last` whose shop wall-clock time sits on the grid.

    Technicians mostly share the same windows, so the result is cached.
    """
    local_first = clock.to_local(first)
    midnight = datetime.combine(local_first.date(), time(0))
    offset = local_first.replace(tzinfo=None) - midnight
    remainder = offset % step
    cursor = local_first if not remainder else local_first + (step - remainder)
    starts: list[datetime] = []
    while True:
        candidate = cursor.astimezone(UTC)
        if candidate > last:
            return tuple(starts)
        if clock.wall_clock_exists(cursor):
            starts.append(candidate)
        cursor = (cursor.replace(tzinfo=None) + step).replace(tzinfo=clock.shop_zone())


def slot_problem(
    technician_id: int,
    service_id: int | None,
    start: datetime,
    *,
    enforce_notice: bool = True,
    exclude_appointment_id: int | None = None,
    duration: timedelta | None = None,
) -> SlotProblem | None:
    """Why `technician_id` cannot do `service_id` at `start`, or None when the visit fits.

    `duration` overrides the service's length (a visit staff stretched or shortened).
    """
    if start.tzinfo is None:
        raise ValueError("start must be time-zone aware")
    policy = booking_policy()
    terms = service_terms(service_id, policy)
    if duration is not None:
        terms = dataclasses.replace(terms, duration=duration)
    day = clock.to_local(start).date()
    try:
        _check_day(day, policy, enforce_horizon=enforce_notice)
    except AvailabilityError as error:
        return SlotProblem(error.code, str(error))
    if not shop_windows(day):
        return SlotProblem("closed", f"the shop is closed on {day.isoformat()}")
    techs = _day_context(day, technician_id, exclude_appointment_id, _max_buffer())
    tech = techs.get(technician_id)
    if tech is None:
        return SlotProblem("unknown_technician", f"no active technician with id {technician_id}")
    return _problem(
        tech, terms, start.astimezone(UTC), policy, enforce_notice=enforce_notice, now=clock.now()
    )


def working_windows(day: date) -> dict[int, list[tuple[datetime, datetime]]]:
    """Each active technician's working ranges on a local day: the shop's hours, narrowed by
    the technician's own hours, empty on leave. The agenda shades exactly what the engine uses."""
    return {
        tid: tech.windows for tid, tech in _technician_days(day, None, shop_windows(day)).items()
    }


def day_is_open(day: date) -> bool:
    return bool(shop_windows(day))
