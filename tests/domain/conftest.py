"""A small shop in a fresh database, with the clock pinned to a known instant."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import FreezeClock
from tests.fakes.shop import ShopBuilder
from vircom_desktop import events
from vircom_desktop.domain import db
from vircom_desktop.domain.models import Customer, Service, Technician
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
    """Two services and two technicians (only Beto repairs washers), one customer."""
    build = ShopBuilder().open_weekdays()
    diagnosis = build.service("Diagnóstico", 60)
    washer = build.service("Lavadora", 90)
    ana = build.technician("Ana", diagnosis)
    beto = build.technician("Beto", diagnosis, washer)
    customer = build.customer("Juan Pérez", "+56911112222", "Los Aromos 455")
    return Shop(diagnosis, washer, ana, beto, customer)


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'vircom.db'}"


@pytest.fixture
def shop(database_url: str, frozen_clock: FreezeClock) -> Iterator[Shop]:
    open_database(database_url, timezone="America/Santiago")
    frozen_clock(NOW)
    try:
        yield build_shop()
    finally:
        events.hub.clear()
        db.close()
