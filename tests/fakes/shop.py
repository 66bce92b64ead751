"""The one shop every test area builds, and the one moment its clock is frozen at.

`ShopBuilder` writes a shop's rows into the open database, one kind of row per method.
`build_shop()` declares THE test shop with it; every area's `shop` fixture builds this same shop
and adds only what its tests need (the UI's helpers to place visits, the channels' running
desk). A test that needs another moment — a Sunday, the evening, a DST change — moves the
frozen clock itself and says why.

The shop, in America/Santiago (UTC-4 in June, far from either DST change):

* open Monday to Saturday 09:00-13:00 and 14:00-18:00 (the gap is lunch), closed on Sunday;
* "Diagnóstico a domicilio" 60 min, "Reparación de lavadora" 90 min and "Mantención de aire
  acondicionado" 120 min, each followed by 30 min of travel; created in that order, so their
  ids are 1, 2, 3;
* Ana Pérez does all three; Beto Soto does no air conditioning (the technician who cannot do a
  service);
* one customer, Carmen Rivas, +56911112222, Los Aromos 455 (a name no test uses for anyone else).

``NOW`` is Monday 2025-06-09 08:00: the shop opens in an hour, so the whole working day is ahead
(with the 2-hour booking notice, customers can book today from 10:00), and Tuesday 10 June is
the next open day.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from vircom_desktop.domain import clock, policy
from vircom_desktop.domain.demo import seed_demo
from vircom_desktop.domain.models import (
    BusinessHours,
    Customer,
    Service,
    Technician,
    TechnicianService,
)
from vircom_desktop.domain.startup import open_database

ZONE = "America/Santiago"
NOW = datetime(2025, 6, 9, 8, 0, tzinfo=ZoneInfo(ZONE))  # a Monday, an hour before opening
TODAY = NOW.date()
TUESDAY_10 = NOW.replace(day=10, hour=10)  # tomorrow at 10:00: a visit's usual time in the tests
WORKING_DAY = (("09:00", "13:00"), ("14:00", "18:00"))  # the lunch break is the gap
CUSTOMER_PHONE = "+56911112222"


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
class Shop:
    """The ids of the test shop's rows."""

    diagnosis: int  # 60 min, both technicians
    washer: int  # 90 min, both technicians
    air: int  # 120 min, only Ana
    ana: int  # does every service
    beto: int  # no air conditioning
    customer: int


def build_shop() -> Shop:
    """Write the test shop into the open (empty) database."""
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
    ana = build.technician("Ana Pérez", diagnosis, washer, air, color="#2563eb")
    beto = build.technician("Beto Soto", diagnosis, washer, color="#16a34a")
    customer = build.customer("Carmen Rivas", CUSTOMER_PHONE, "Los Aromos 455")
    return Shop(diagnosis.id, washer.id, air.id, ana.id, beto.id, customer.id)


def open_shop(path: Path) -> Shop:
    """Freeze the clock at `NOW`, open (and migrate) a SQLite database at `path`, build the shop.

    The caller thaws the clock (the `frozen_clock` fixture does) and closes the database.
    """
    clock.freeze(NOW)
    open_database(f"sqlite:///{path}", timezone=ZONE)
    return build_shop()


def open_demo_shop(path: Path) -> None:
    """Freeze the clock at `NOW`, open a SQLite database at `path` and fill it with the demo shop.

    For tests of what a real shop looks like (`--demo`: three technicians, a week of visits, a
    few conversations); the caller thaws the clock and closes the database.
    """
    clock.freeze(NOW)
    open_database(f"sqlite:///{path}", timezone=ZONE)
    seed_demo(TODAY)
