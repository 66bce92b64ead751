"""A small shop in a fresh database, with the clock pinned to a known instant."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from vircom_desktop import events
from vircom_desktop.domain import clock, db
from vircom_desktop.domain.models import (
    BusinessHours,
    Customer,
    Service,
    Technician,
    TechnicianService,
)
from vircom_desktop.domain.startup import open_database

# Wednesday 2026-11-25 09:00 in Santiago (UTC-3 in summer time).
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@dataclass
class Shop:
    diagnosis: Service
    washer: Service
    ana: Technician
    beto: Technician
    customer: Customer


def build_shop() -> Shop:
    for weekday in range(6):
        BusinessHours.create(weekday=weekday, start="09:00", end="13:00")
        BusinessHours.create(weekday=weekday, start="14:00", end="18:00")
    diagnosis = Service.create(name="Diagnóstico", duration_minutes=60, travel_buffer_minutes=30)
    washer = Service.create(name="Lavadora", duration_minutes=90, travel_buffer_minutes=30)
    ana = Technician.create(name="Ana")
    beto = Technician.create(name="Beto")
    for tech in (ana, beto):
        TechnicianService.create(technician=tech, service=diagnosis)
    TechnicianService.create(technician=beto, service=washer)
    customer = Customer.create(name="Juan Pérez", phone="+56911112222", address="Los Aromos 455")
    return Shop(diagnosis, washer, ana, beto, customer)


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'vircom.db'}"


@pytest.fixture
def shop(database_url: str) -> Iterator[Shop]:
    open_database(database_url, timezone="America/Santiago")
    clock.freeze(NOW)
    try:
        yield build_shop()
    finally:
        clock.freeze(None)
        events.hub.clear()
        db.close()
