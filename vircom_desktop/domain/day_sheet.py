"""What a technician's printed day sheet says: the day's visits in order, and who to see.

Qt-free; `vircom_desktop.ui.day_sheet` lays it out as a PDF or on a printer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from vircom_desktop.domain import clock
from vircom_desktop.domain.models import (
    CONFIRMED,
    DONE,
    Appointment,
    Customer,
    Service,
    Technician,
)
from vircom_desktop.domain.policy import shop_profile

# A technician goes to confirmed visits; a sheet printed late in the day keeps the done ones.
SHEET_STATUSES = (CONFIRMED, DONE)


class DaySheetError(ValueError):
    """The sheet cannot be made (unknown technician); the message says why."""


@dataclass(frozen=True)
class SheetVisit:
    starts_at: datetime  # shop time
    ends_at: datetime
    customer: str
    phone: str
    address: str
    service: str
    problem: str
    notes: str
    status: str


@dataclass(frozen=True)
class TechnicianDay:
    technician_id: int
    technician: str
    visits: tuple[SheetVisit, ...]


@dataclass(frozen=True)
class DaySheet:
    shop_name: str
    shop_phone: str
    day: date
    technicians: tuple[TechnicianDay, ...]  # one page each; empty when nobody has a visit


def build_day_sheet(day: date, technician_id: int | None = None) -> DaySheet:
    """The sheet of `day`: every technician with visits, or only `technician_id` (even if free)."""
    technicians: list[Technician]
    if technician_id is not None:
        technician = Technician.get_or_none(Technician.id == technician_id)
        if technician is None:
            raise DaySheetError(f"no technician with id {technician_id}")
        technicians = [technician]
    else:
        technicians = list(Technician.select().order_by(Technician.name, Technician.id))
    first, last = clock.day_bounds_utc(day)
    rows = (
        Appointment.select(Appointment, Service, Customer)
        .join(Service)
        .switch(Appointment)
        .join(Customer)
        .where(
            (Appointment.starts_at >= first)
            & (Appointment.starts_at < last)
            & Appointment.status.in_(SHEET_STATUSES)
            & Appointment.technician.in_([t.id for t in technicians])
        )
        .order_by(Appointment.starts_at, Appointment.id)
    )
    by_technician: dict[int, list[SheetVisit]] = {t.id: [] for t in technicians}
    for row in rows:
        by_technician[row.technician_id].append(
            SheetVisit(
                starts_at=clock.to_local(row.starts_at),
                ends_at=clock.to_local(row.ends_at),
                customer=row.customer.name,
                phone=row.customer.phone or "",
                address=row.address or row.customer.address,
                service=row.service.name,
                problem=row.issue,
                notes=row.notes,
                status=row.status,
            )
        )
    pages = tuple(
        TechnicianDay(t.id, t.name, tuple(by_technician[t.id]))
        for t in technicians
        if by_technician[t.id] or technician_id is not None
    )
    profile = shop_profile()
    return DaySheet(profile.name, profile.phone, day, pages)
