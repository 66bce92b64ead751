"""What the settings page reads and writes, as plain functions for worker threads (no Qt here)."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from vircom_desktop.agent import slots
from vircom_desktop.config import Settings, save_stored
from vircom_desktop.domain import policy
from vircom_desktop.domain.db import write_transaction
from vircom_desktop.domain.models import (
    ROLES,
    BusinessHours,
    Closure,
    Service,
    StaffUser,
    Technician,
    TechnicianHours,
    TechnicianService,
)
from vircom_desktop.domain.staff import InvalidPin, check_pin_rule, hash_pin

Ranges = list[tuple[str, str]]
_RANGE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})\s*$")


class RangesError(ValueError):
    """Text that is not a list of 'HH:MM-HH:MM' ranges; the message is for logs."""


def parse_ranges(text: str) -> Ranges:
    """'09:00-13:00, 14:00-18:00' → [('09:00', '13:00'), ('14:00', '18:00')]; '' → []."""
    ranges: Ranges = []
    for part in (p for p in text.split(",") if p.strip()):
        match = _RANGE.match(part)
        if match is None:
            raise RangesError(f"not a range: {part!r}")
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        if h1 > 23 or m1 > 59 or h2 > 24 or m2 > 59 or (h2 == 24 and m2):
            raise RangesError(f"not a time of day: {part!r}")
        start, end = f"{h1:02d}:{m1:02d}", f"{h2:02d}:{m2:02d}"
        if start >= end:
            raise RangesError(f"the range ends before it starts: {part!r}")
        ranges.append((start, end))
    ranges.sort()
    for (_, first_end), (second_start, _) in itertools.pairwise(ranges):
        if second_start < first_end:
            raise RangesError("ranges overlap")
    return ranges


def format_ranges(ranges: Ranges) -> str:
    return ", ".join(f"{start}-{end}" for start, end in ranges)


@dataclass
class TechnicianData:
    id: int | None
    name: str
    color: str = "#3b82f6"
    phone: str = ""
    active: bool = True
    feed_token: str = ""
    service_ids: set[int] = field(default_factory=set)
    hours: dict[int, Ranges] = field(default_factory=dict)


@dataclass
class ServiceData:
    id: int | None
    name: str
    duration_minutes: int = 60
    price: int = 0
    travel_buffer_minutes: int = 30
    active: bool = True


@dataclass
class StaffData:
    id: int | None
    name: str
    role: str = "receptionist"
    active: bool = True
    has_pin: bool = False


@dataclass
class ClosureData:
    start_date: date
    end_date: date
    reason: str = ""
    technician_id: int | None = None


@dataclass
class ShopData:
    """Everything the settings page shows that lives in the shared database."""

    profile: policy.ShopProfile
    booking: policy.BookingPolicy
    business_hours: dict[int, Ranges]
    closures: list[ClosureData]
    technicians: list[TechnicianData]
    services: list[ServiceData]
    staff: list[StaffData]


def load() -> ShopData:
    hours: dict[int, Ranges] = {day: [] for day in range(7)}
    for row in BusinessHours.select().order_by(BusinessHours.weekday, BusinessHours.start):
        hours[row.weekday].append((row.start, row.end))
    return ShopData(
        profile=policy.shop_profile(),
        booking=policy.booking_policy(),
        business_hours=hours,
        closures=[
            ClosureData(row.start_date, row.end_date, row.reason, row.technician_id)
            for row in Closure.select().order_by(Closure.start_date)
        ],
        technicians=[_technician(row) for row in Technician.select().order_by(Technician.name)],
        services=[
            ServiceData(
                row.id,
                row.name,
                row.duration_minutes,
                row.price,
                row.travel_buffer_minutes,
                row.active,
            )
            for row in Service.select().order_by(Service.id)
        ],
        staff=[
            StaffData(row.id, row.name, row.role, row.active, bool(row.pin_hash))
            for row in StaffUser.select().order_by(StaffUser.id)
        ],
    )


def _technician(row: Technician) -> TechnicianData:
    hours: dict[int, Ranges] = {day: [] for day in range(7)}
    for slot in (
        TechnicianHours.select()
        .where(TechnicianHours.technician == row.id)
        .order_by(TechnicianHours.weekday, TechnicianHours.start)
    ):
        hours[slot.weekday].append((slot.start, slot.end))
    skills = {
        link.service_id
        for link in TechnicianService.select().where(TechnicianService.technician == row.id)
    }
    return TechnicianData(
        row.id, row.name, row.color, row.phone, row.active, row.feed_token or "", skills, hours
    )


def save_shop(profile: policy.ShopProfile, booking: policy.BookingPolicy) -> None:
    with write_transaction():
        policy.save(profile)
        policy.save(booking)


def privacy_policy() -> policy.PrivacyPolicy:
    """Ajustes → Privacidad: the retention and the notice's link, shared by every desk."""
    return policy.privacy_policy()


def save_privacy(value: policy.PrivacyPolicy) -> None:
    """Validate and store the privacy policy (ValueError with the reason)."""
    policy.save(value)


def save_hours(business_hours: dict[int, Ranges], closures: list[ClosureData]) -> None:
    """Replace the shop's weekly hours and the closures (the engine reads them at once)."""
    with write_transaction():
        BusinessHours.delete().execute()
        for weekday, ranges in business_hours.items():
            for start, end in ranges:
                BusinessHours.create(weekday=weekday, start=start, end=end)
        Closure.delete().execute()
        for closure in closures:
            Closure.create(
                start_date=closure.start_date,
                end_date=closure.end_date,
                reason=closure.reason,
                technician=closure.technician_id,
            )


def save_technician(data: TechnicianData) -> int:
    with write_transaction():
        if data.id is None:
            row = Technician.create(
                name=data.name, color=data.color, phone=data.phone, active=data.active
            )
        else:
            row = Technician.get_by_id(data.id)
            row.name, row.color, row.phone, row.active = (
                data.name,
                data.color,
                data.phone,
                data.active,
            )
            row.save()
        TechnicianService.delete().where(TechnicianService.technician == row.id).execute()
        for service_id in sorted(data.service_ids):
            TechnicianService.create(technician=row.id, service=service_id)
        TechnicianHours.delete().where(TechnicianHours.technician == row.id).execute()
        for weekday, ranges in data.hours.items():
            for start, end in ranges:
                TechnicianHours.create(technician=row.id, weekday=weekday, start=start, end=end)
    return int(row.id)


def save_services(services: list[ServiceData]) -> None:
    with write_transaction():
        for data in services:
            values: dict[str, Any] = {
                "name": data.name,
                "duration_minutes": data.duration_minutes,
                "price": data.price,
                "travel_buffer_minutes": data.travel_buffer_minutes,
                "active": data.active,
            }
            if data.id is None:
                Service.create(**values)
            else:
                Service.update(**values).where(Service.id == data.id).execute()


def save_staff(members: list[StaffData]) -> None:
    with write_transaction():
        for data in members:
            if data.role not in ROLES:
                raise ValueError(f"unknown role {data.role!r}")
            if data.id is None:
                StaffUser.create(name=data.name, role=data.role, active=data.active)
            else:
                StaffUser.update(name=data.name, role=data.role, active=data.active).where(
                    StaffUser.id == data.id
                ).execute()


def pin_follows_rule(pin: str) -> bool:
    """Whether `pin` may be a PIN (4 to 8 digits)."""
    try:
        check_pin_rule(pin)
    except InvalidPin:
        return False
    return True


def set_pin(staff_id: int, pin: str) -> None:
    StaffUser.update(pin_hash=hash_pin(pin)).where(StaffUser.id == staff_id).execute()


def save_desk_settings(
    data_dir: Path, values: dict[str, Any], booking: policy.BookingPolicy | None = None
) -> dict[str, Any]:
    """Write this desk's settings.json (and the shared booking policy when given); the values."""
    if booking is not None:
        policy.save(booking)
    save_stored(data_dir, values)
    return values


def use_desk_settings(settings: Settings) -> None:
    """This desk's settings, just saved, take effect in the running core: how many requests go
    to the model at once (the listener's address waits for the next start)."""
    slots.configure(settings.model_slots)


def installed_models(ollama_url: str) -> list[str]:
    """The models the Ollama server at `ollama_url` has installed (raises `OllamaError`)."""
    # Imported here: the Ollama client (pydantic, httpx) is not needed to open Ajustes.
    from vircom_desktop.agent.ollama_client import installed_models as listed

    return listed(ollama_url)
