"""One shop builder for every test area, and the small shop the agent and channel tests share.

`ShopBuilder` writes a shop's rows into the open database (weekly hours, services, technicians
and what they do, customers); each area's fixture declares its shop with it in a few lines, so
the shapes differ only where the tests need them to.

``open_small_shop(path)`` opens (and migrates) a SQLite database at `path`, fills it and freezes
the clock at ``FROZEN_NOW`` (Monday 2025-06-09 10:00 in America/Santiago). The shop is open
Monday to Saturday 09:00-13:00 and 14:00-18:00, closed on Sunday.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import peewee as pw

from vircom_desktop.domain import clock, policy
from vircom_desktop.domain.models import (
    BusinessHours,
    Customer,
    Service,
    Technician,
    TechnicianService,
)
from vircom_desktop.domain.startup import open_database

ZONE = "America/Santiago"
FROZEN_NOW = datetime(2025, 6, 9, 10, 0, tzinfo=ZoneInfo(ZONE))  # a Monday
WORKING_DAY = (("09:00", "13:00"), ("14:00", "18:00"))  # the lunch break is the gap


class ShopBuilder:
    """Writes a shop into the open database, one kind of row per method."""

    def open_weekdays(
        self, ranges: Iterable[tuple[str, str]] = WORKING_DAY, weekdays: Iterable[int] = range(6)
    ) -> ShopBuilder:
        """Business hours: the same ranges on each of `weekdays` (0 = Monday; default Mon-Sat)."""
        ranges = tuple(ranges)
        for weekday in weekdays:
            for start, end in ranges:
                BusinessHours.create(weekday=weekday, start=start, end=end)
        return self

    def service(
        self, name: str, minutes: int, *, buffer: int = 30, price: int = 0, description: str = ""
    ) -> Service:
        return Service.create(
            name=name,
            duration_minutes=minutes,
            travel_buffer_minutes=buffer,
            price=price,
            description=description,
        )

    def technician(self, name: str, *services: Service, color: str = "#3b82f6") -> Technician:
        """A technician who does `services`."""
        technician = Technician.create(name=name, color=color)
        for service in services:
            TechnicianService.create(technician=technician, service=service)
        return technician

    def customer(self, name: str, phone: str, address: str) -> Customer:
        return Customer.create(name=name, phone=phone, address=address)


@dataclass(frozen=True)
class SmallShop:
    database: pw.Database
    diagnosis: int  # service ids
    washer: int
    air: int
    ana: int  # technician ids: Ana does everything, Bruno no air conditioning
    bruno: int


def open_small_shop(path: Path) -> SmallShop:
    clock.freeze(FROZEN_NOW)
    database = open_database(f"sqlite:///{path}", timezone=ZONE)
    policy.save(
        policy.ShopProfile(
            name="Asistencia Vircom", area="Santiago centro y Providencia", phone="+56 2 2345 6789"
        )
    )
    build = ShopBuilder().open_weekdays()
    diagnosis = build.service(
        "Diagnóstico a domicilio", 60, price=25000, description="Revisión del equipo en tu casa"
    )
    washer = build.service("Reparación de lavadora", 90, price=45000)
    air = build.service("Mantención de aire acondicionado", 120, price=60000)
    ana = build.technician("Ana Rojas", diagnosis, washer, air)
    bruno = build.technician("Bruno Soto", diagnosis, washer)
    return SmallShop(database, diagnosis.id, washer.id, air.id, ana.id, bruno.id)
