"""The agenda's read queries: a range of days or a month, as plain immutable values, and which
days changed visits fall on.

They run on a worker (see `ui.tasks`); what they return holds no database rows, only values
the views paint. Times are aware datetimes in the shop's zone.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from vircom_desktop.domain import availability, clock
from vircom_desktop.domain.db import rows
from vircom_desktop.domain.models import (
    HOLDING_STATUSES,
    PROPOSED,
    Appointment,
    BusinessHours,
    Closure,
    Customer,
    Service,
    Technician,
)

Window = tuple[datetime, datetime]


@dataclass(frozen=True)
class TechnicianInfo:
    id: int
    name: str
    color: str


@dataclass(frozen=True)
class Visit:
    """One appointment as the agenda shows it."""

    id: int
    technician_id: int
    customer_id: int
    customer_name: str
    customer_phone: str
    service_id: int
    service_name: str
    starts_at: datetime
    ends_at: datetime
    buffer_minutes: int
    status: str
    address: str
    issue: str
    source: str
    attendance_confirmed: bool = False  # the customer answered that they will be there

    @property
    def day(self) -> date:
        return self.starts_at.date()

    @property
    def holding(self) -> bool:
        """Proposed and confirmed visits keep their slot; they are the ones that can move."""
        return self.status in HOLDING_STATUSES


@dataclass(frozen=True)
class DaySchedule:
    """When the shop and each technician work on one day, and why not when they don't."""

    day: date
    shop_windows: tuple[Window, ...]
    closed_reason: str | None
    technician_windows: dict[int, tuple[Window, ...]]
    technician_leave: dict[int, str]


@dataclass(frozen=True)
class AgendaData:
    first: date
    days: int
    technicians: tuple[TechnicianInfo, ...]
    schedules: dict[date, DaySchedule]
    visits: tuple[Visit, ...]

    def technician(self, technician_id: int) -> TechnicianInfo | None:
        return next((t for t in self.technicians if t.id == technician_id), None)


@dataclass
class DayCounts:
    total: int = 0
    by_status: Counter[str] = field(default_factory=Counter)
    by_technician: Counter[int] = field(default_factory=Counter)

    @property
    def pending(self) -> int:
        return self.by_status[PROPOSED]


@dataclass(frozen=True)
class MonthData:
    year: int
    month: int
    technicians: tuple[TechnicianInfo, ...]
    counts: dict[date, DayCounts]
    closed: dict[date, str]


def _local(value: datetime | str) -> datetime:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return clock.to_local(value)


def technicians() -> tuple[TechnicianInfo, ...]:
    """The active technicians, by name."""
    query = rows(
        Technician.select(Technician.id, Technician.name, Technician.color)
        .where(Technician.active == True)  # noqa: E712
        .order_by(Technician.name)
    )
    return tuple(TechnicianInfo(tid, name, color) for tid, name, color in query)


def _closures(first: date, last: date) -> list[tuple[date, date, str, int | None]]:
    return rows(
        Closure.select(
            Closure.start_date, Closure.end_date, Closure.reason, Closure.technician
        ).where((Closure.start_date <= last) & (Closure.end_date >= first))
    )


def _schedules(
    first: date, days: int, techs: tuple[TechnicianInfo, ...]
) -> dict[date, DaySchedule]:
    last = first + timedelta(days=days - 1)
    closures = _closures(first, last)
    schedules = {}
    for offset in range(days):
        day = first + timedelta(days=offset)
        active = [(reason, tid) for s, e, reason, tid in closures if s <= day <= e]
        shop_reason = next((reason for reason, tid in active if tid is None), None)
        shop = tuple(
            (clock.to_local(start), clock.to_local(end))
            for start, end in availability.shop_windows(day)
        )
        leave = {tid: reason for reason, tid in active if tid is not None}
        working = availability.working_windows(day)
        windows = {
            tech.id: tuple(
                (clock.to_local(start), clock.to_local(end))
                for start, end in working.get(tech.id, [])
            )
            for tech in techs
        }
        schedules[day] = DaySchedule(
            day,
            shop,
            None if shop_reason is None and shop else (shop_reason or ""),
            windows,
            leave,
        )
    return schedules


def load_visits(
    first_utc: datetime, last_utc: datetime, *, include_inactive: bool = False
) -> tuple[Visit, ...]:
    """Visits starting in [first_utc, last_utc), with their customer and service."""
    query = (
        Appointment.select(
            Appointment.id,
            Appointment.technician,
            Appointment.customer,
            Customer.name,
            Customer.phone,
            Appointment.service,
            Service.name,
            Appointment.starts_at,
            Appointment.ends_at,
            Service.travel_buffer_minutes,
            Appointment.status,
            Appointment.address,
            Appointment.issue,
            Appointment.source,
            Appointment.customer_confirmed_at,
        )
        .join(Customer, on=Appointment.customer == Customer.id)
        .switch(Appointment)
        .join(Service, on=Appointment.service == Service.id)
        .where((Appointment.starts_at >= first_utc) & (Appointment.starts_at < last_utc))
        .order_by(Appointment.starts_at)
    )
    if not include_inactive:
        query = query.where(Appointment.status.not_in(("cancelled", "rejected", "expired")))
    return tuple(
        Visit(
            aid,
            tid,
            cid,
            cname or "",
            phone or "",
            sid,
            sname,
            _local(starts),
            _local(ends),
            buffer,
            status,
            address,
            issue,
            source,
            confirmed_at is not None,
        )
        for (
            aid,
            tid,
            cid,
            cname,
            phone,
            sid,
            sname,
            starts,
            ends,
            buffer,
            status,
            address,
            issue,
            source,
            confirmed_at,
        ) in rows(query)
    )


def load_agenda(first: date, days: int, *, include_inactive: bool = False) -> AgendaData:
    """Everything the day and week views need for `days` days from `first`."""
    techs = technicians()
    first_utc = clock.day_bounds_utc(first)[0]
    last_utc = clock.day_bounds_utc(first + timedelta(days=days - 1))[1]
    return AgendaData(
        first,
        days,
        techs,
        _schedules(first, days, techs),
        load_visits(first_utc, last_utc, include_inactive=include_inactive),
    )


def month_grid_start(year: int, month: int) -> date:
    """The Monday on or before the first of the month: the month grid's first cell."""
    first = date(year, month, 1)
    return first - timedelta(days=first.weekday())


def load_month(year: int, month: int) -> MonthData:
    """Visits per day (by status and technician) for the 6-week grid around a month."""
    grid_start = month_grid_start(year, month)
    grid_end = grid_start + timedelta(days=42)
    first_utc = clock.day_bounds_utc(grid_start)[0]
    last_utc = clock.day_bounds_utc(grid_end)[0]
    counts: dict[date, DayCounts] = defaultdict(DayCounts)
    query = rows(
        Appointment.select(Appointment.starts_at, Appointment.status, Appointment.technician).where(
            (Appointment.starts_at >= first_utc)
            & (Appointment.starts_at < last_utc)
            & Appointment.status.not_in(("cancelled", "rejected", "expired"))
        )
    )
    for starts, status, tid in query:
        day_counts = counts[_local(starts).date()]
        day_counts.total += 1
        day_counts.by_status[status] += 1
        day_counts.by_technician[tid] += 1
    closed = {}
    for s, e, reason, tid in _closures(grid_start, grid_end):
        if tid is not None:
            continue
        day = max(s, grid_start)
        while day <= min(e, grid_end):
            closed[day] = reason
            day += timedelta(days=1)
    open_weekdays = {
        weekday for (weekday,) in rows(BusinessHours.select(BusinessHours.weekday).distinct())
    }
    day = grid_start
    while day < grid_end:
        if day.weekday() not in open_weekdays:
            closed.setdefault(day, "")
        day += timedelta(days=1)
    return MonthData(year, month, technicians(), dict(counts), closed)


@dataclass(frozen=True)
class PlacedVisits:
    """The local days changed visits occupy; `missing` when some no longer exist (erased)."""

    days: frozenset[date]
    missing: bool


def place_visits(appointment_ids: Iterable[int]) -> PlacedVisits:
    """Which days the changed visits fall on (a screen showing none of them need not reload)."""
    wanted = set(appointment_ids)
    changed = Appointment.select(Appointment.id, Appointment.starts_at, Appointment.ends_at).where(
        Appointment.id.in_(sorted(wanted))
    )
    days: set[date] = set()
    found: set[int] = set()
    for row in changed:
        found.add(row.id)
        days.update({clock.to_local(row.starts_at).date(), clock.to_local(row.ends_at).date()})
    return PlacedVisits(frozenset(days), missing=bool(wanted - found))


def pending_count() -> int:
    """Proposals waiting for the owner (the Aprobaciones badge)."""
    return (
        Appointment.select()
        .where((Appointment.status == PROPOSED) & (Appointment.starts_at > clock.now()))
        .count()
    )
