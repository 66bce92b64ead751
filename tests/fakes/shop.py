"""A small, fixed shop for tests: three services, two technicians, a frozen clock.

``open_small_shop(path)`` opens (and migrates) a SQLite database at `path`, fills it and freezes
the clock at ``FROZEN_NOW`` (Monday 2025-06-09 10:00 in America/Santiago). The shop is open
Monday to Saturday 09:00-13:00 and 14:00-18:00, closed on Sunday.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import peewee as pw

from vircom_desktop.domain import clock, policy
from vircom_desktop.domain.models import BusinessHours, Service, Technician, TechnicianService
from vircom_desktop.domain.startup import open_database

ZONE = "America/Santiago"
FROZEN_NOW = datetime(2025, 6, 9, 10, 0, tzinfo=ZoneInfo(ZONE))  # a Monday


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
    for weekday in range(6):
        BusinessHours.create(weekday=weekday, start="09:00", end="13:00")
        BusinessHours.create(weekday=weekday, start="14:00", end="18:00")
    diagnosis = Service.create(
        name="Diagnóstico a domicilio",
        duration_minutes=60,
        price=25000,
        description="Revisión del equipo en tu casa",
    )
    washer = Service.create(name="Reparación de lavadora", duration_minutes=90, price=45000)
    air = Service.create(name="Mantención de aire acondicionado", duration_minutes=120, price=60000)
    ana = Technician.create(name="Ana Rojas")
    bruno = Technician.create(name="Bruno Soto")
    for service in (diagnosis, washer, air):
        TechnicianService.create(technician=ana, service=service)
    for service in (diagnosis, washer):
        TechnicianService.create(technician=bruno, service=service)
    return SmallShop(database, diagnosis.id, washer.id, air.id, ana.id, bruno.id)
