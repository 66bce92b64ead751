"""`--demo` fills an empty database and never touches one that has data (CONTRACT §1)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import time
from pathlib import Path

import pytest

from tests.conftest import FreezeClock
from tests.domain.conftest import NOW
from vircom_desktop import events
from vircom_desktop.domain import clock, conversations, db
from vircom_desktop.domain.demo import seed_demo
from vircom_desktop.domain.models import (
    Appointment,
    BusinessHours,
    Closure,
    Conversation,
    Customer,
    Service,
    Technician,
)
from vircom_desktop.domain.startup import open_database


@pytest.fixture
def empty_database(tmp_path: Path, frozen_clock: FreezeClock) -> Iterator[None]:
    open_database(f"sqlite:///{tmp_path / 'vircom.db'}", timezone="America/Santiago")
    frozen_clock(NOW)
    try:
        yield
    finally:
        events.hub.clear()
        db.close()


def test_an_empty_database_gets_the_demo_shop(empty_database: None) -> None:
    assert seed_demo() is True
    assert Service.select().count() > 0 and Technician.select().count() == 3
    assert Appointment.select().count() > 0 and Conversation.select().count() > 0


def _a_chat() -> None:
    conversation = conversations.get_or_create("api", "+56900000000")
    conversations.add_message(conversation.id, "customer", "hola", status="received")


SETUPS: dict[str, Callable[[], object]] = {
    "a technician": lambda: Technician.create(name="Ana"),
    "business hours": lambda: BusinessHours.create(weekday=0, start="09:00", end="13:00"),
    "a closure": lambda: Closure.create(start_date=NOW.date(), end_date=NOW.date(), reason="x"),
    "a customer": lambda: Customer.create(name="Juan", phone="+56911112222", address="Calle 1"),
    "a chat": _a_chat,
}


COUNTED = (Service, Technician, Customer, Conversation, Appointment, Closure)


def _counts() -> dict[str, int]:
    return {model.__name__: model.select().count() for model in COUNTED}


@pytest.mark.parametrize("what", sorted(SETUPS))
def test_a_database_with_any_data_is_left_untouched(empty_database: None, what: str) -> None:
    SETUPS[what]()
    before = _counts()
    assert seed_demo() is False
    assert _counts() == before


@pytest.mark.parametrize("hour", [8, 12, 16])
def test_the_demo_never_marks_a_visit_later_today_done(empty_database: None, hour: int) -> None:
    moment = clock.local_datetime(NOW.date(), time(hour, 0))
    clock.freeze(moment)
    assert seed_demo() is True
    later_done = Appointment.select().where(
        (Appointment.status == "done") & (Appointment.ends_at > moment)
    )
    assert later_done.count() == 0
