"""A shop's first start and the days other writers' changes fall on, as the desk asks (no Qt)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time, timedelta
from pathlib import Path

import pytest

from tests.conftest import FreezeClock
from vircom_desktop.config import load_stored
from vircom_desktop.desk import agenda, first_run
from vircom_desktop.domain import booking, clock, db
from vircom_desktop.domain.first_run import FirstRunSetup, ServiceSetup, TechnicianSetup
from vircom_desktop.domain.models import Appointment, Service, Technician
from vircom_desktop.domain.startup import open_database

from .conftest import NOW, Shop


@pytest.fixture
def empty_shop(database_url: str, frozen_clock: FreezeClock) -> Iterator[None]:
    open_database(database_url, timezone="America/Santiago")
    frozen_clock(NOW)
    try:
        yield
    finally:
        db.close()


def test_finishing_with_a_setup_stores_it_and_the_ollama_address(
    empty_shop: None, tmp_path: Path
) -> None:
    assert first_run.needs_first_run()
    setup = FirstRunSetup(
        shop_name="Taller Sur",
        services=(ServiceSetup("Reparación de lavadora", 90),),
        technicians=(TechnicianSetup("Ana", ("Reparación de lavadora",)),),
    )
    ollama = {"ollama_url": "http://10.0.0.5:11434"}
    result = first_run.finish(setup, tmp_path, ollama)
    assert result == first_run.FirstRunResult(demo=False, ollama=ollama)
    assert [s.name for s in Service.select()] == ["Reparación de lavadora"]
    assert [t.name for t in Technician.select()] == ["Ana"]
    assert load_stored(tmp_path)["ollama_url"] == "http://10.0.0.5:11434"
    assert not first_run.needs_first_run()


def test_finishing_without_a_setup_loads_the_demo_shop(empty_shop: None, tmp_path: Path) -> None:
    assert first_run.finish(None, tmp_path, {}).demo
    assert Appointment.select().exists()
    assert load_stored(tmp_path) == {}
    assert not first_run.load_demo()  # never into a shop that has data


def _visit(shop: Shop, day_offset: int) -> int:
    day = clock.today() + timedelta(days=day_offset)
    request = booking.VisitRequest(
        customer_id=shop.customer,
        service_id=shop.diagnosis,
        start=clock.local_datetime(day, time(10)),
        address="Los Aromos 455",
        issue="No enciende",
        technician_id=shop.ana,
    )
    return int(booking.create(request, actor="test").id)


def test_changed_visits_are_placed_on_their_local_days(shop: Shop) -> None:
    tomorrow, later = _visit(shop, 1), _visit(shop, 4)
    placed = agenda.place_visits([tomorrow, later])
    days = {clock.to_local(Appointment.get_by_id(i).starts_at).date() for i in (tomorrow, later)}
    assert placed == agenda.PlacedVisits(frozenset(days), missing=False)
    assert agenda.place_visits([tomorrow, 9999]).missing  # erased meanwhile: reload anyway
