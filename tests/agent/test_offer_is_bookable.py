"""What the bot offers, it can book: every start `check_availability` returns is bookable.

Over random shops (services of different lengths, travel buffers and skills; technicians with
different skills and visits already booked), each start the availability tool returns for a day
can be booked by `book_appointment` at that moment, with and without a service named.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.agent.helpers import run_tool, start_chat
from tests.conftest import FreezeClock
from tests.fakes.shop import NOW, open_demo_shop, open_shop
from vircom_desktop.agent.prompt import system_prompt
from vircom_desktop.agent.tools import Toolbox
from vircom_desktop.domain import booking, clock
from vircom_desktop.domain import db as domain_db
from vircom_desktop.domain.models import (
    Appointment,
    Conversation,
    Customer,
    Message,
    Service,
    Technician,
    TechnicianService,
)

DAY = date(2025, 6, 10)  # the Tuesday after the test shop's Monday

services_strategy = st.lists(
    st.tuples(
        st.sampled_from([30, 45, 60, 90, 120, 180]),  # duration
        st.sampled_from([0, 15, 30, 45]),  # travel buffer
    ),
    min_size=1,
    max_size=3,
)
shops = st.fixed_dictionaries(
    {
        "services": services_strategy,
        # Which services each technician does (bit masks over the services).
        "skills": st.lists(st.integers(min_value=0, max_value=7), min_size=1, max_size=3),
        # Visits already on the day: (technician index, service index, quarter hour from 09:00).
        "booked": st.lists(
            st.tuples(
                st.integers(min_value=0, max_value=2),
                st.integers(min_value=0, max_value=2),
                st.integers(min_value=0, max_value=35),
            ),
            max_size=6,
        ),
        "pick": st.integers(min_value=0, max_value=1000),  # which offered start to book
    }
)


@pytest.fixture
def empty_shop(tmp_path: Path, frozen_clock: FreezeClock) -> Iterator[None]:
    """The test shop's database and moment; each example replaces its rows with its own shop."""
    open_shop(tmp_path / "vircom.db")
    yield
    domain_db.close()


def _build(shop: dict) -> None:
    for model in (Appointment, Message, Conversation, Customer, TechnicianService):
        model.delete().execute()
    Service.delete().execute()
    Technician.delete().execute()
    services = [
        Service.create(
            name=f"Servicio {index}",
            duration_minutes=duration,
            travel_buffer_minutes=buffer,
            price=10000,
        )
        for index, (duration, buffer) in enumerate(shop["services"])
    ]
    technicians = []
    for index, mask in enumerate(shop["skills"]):
        technician = Technician.create(name=f"Técnico {index}")
        technicians.append(technician)
        for bit, service in enumerate(services):
            if mask & (1 << bit):
                TechnicianService.create(technician=technician, service=service)
    customer = Customer.create(name="Cliente previo", phone="+56900000000")
    for tech_index, service_index, quarter in shop["booked"]:
        if tech_index >= len(technicians) or service_index >= len(services):
            continue
        start = clock.local_datetime(DAY, time(9)) + timedelta(minutes=15 * quarter)
        request = booking.VisitRequest(
            customer.id,
            services[service_index].id,
            start,
            "Calle 1",
            "x",
            technician_id=technicians[tech_index].id,
        )
        with contextlib.suppress(booking.BookingError):
            booking.create(request, actor="test")


def _book(start: str, service: str | None) -> dict:
    arguments = {
        "client_data": {"name": "Marta Díaz", "address": "Av. Italia 1234"},
        "date": start,
        "issue": "No enfría",
    }
    if service is not None:
        arguments["service"] = service
    outcome = Toolbox(start_chat("quiero una visita")).run("book_appointment", arguments)
    result = json.loads(outcome.result)
    assert isinstance(result, dict)
    return result


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(shop=shops, named=st.booleans())
def test_every_offered_start_can_be_booked(empty_shop: None, shop: dict, named: bool) -> None:
    clock.freeze(NOW)
    _build(shop)
    service_ids = [str(s.id) for s in Service.select().order_by(Service.id)]
    for service in [*service_ids, None] if named else [None]:
        arguments = {"date": DAY.isoformat()}
        if service is not None:
            arguments["service"] = service
        offered = run_tool(start_chat("hola"), "check_availability", arguments)
        slots = offered.get("slots") or []
        if not slots:
            continue
        for start in {slots[0], slots[-1], slots[shop["pick"] % len(slots)]}:
            result = _book(start, service)
            assert "error" not in result, (start, service, result)
            Appointment.delete().where(Appointment.id == result["appointment_id"]).execute()


@pytest.fixture
def demo_shop(tmp_path: Path, frozen_clock: FreezeClock) -> Iterator[None]:
    open_demo_shop(tmp_path / "vircom.db")
    yield
    domain_db.close()


def test_twelve_customers_in_a_row_each_book_the_first_time_offered(demo_shop: None) -> None:
    """The report from outside: on the demo shop, no service named, each first offer books."""
    day = DAY + timedelta(days=1)
    for index in range(12):
        chat = start_chat("una visita", sender=f"+5691111{index:04d}")
        offered = run_tool(chat, "check_availability", {"date": day.isoformat()})
        if not offered["slots"]:  # the day filled up: the customer takes the next free day
            day = date.fromisoformat(offered["next_available_date"])
            offered = run_tool(chat, "check_availability", {"date": day.isoformat()})
        result = run_tool(
            chat,
            "book_appointment",
            {
                "client_data": {"name": f"Cliente {index}", "address": "Calle 2"},
                "date": offered["slots"][0],
                "issue": "No funciona",
            },
        )
        assert "error" not in result, (index, offered["slots"][:3], result)


def test_without_a_service_the_check_says_which_one_it_assumed(empty_shop: None) -> None:
    result = run_tool(start_chat("hola"), "check_availability", {"date": DAY.isoformat()})
    first = Service.select().order_by(Service.id).first()
    assert result["service"] == {"id": first.id, "name": first.name}
    assert first.name in result["service_assumed"]


def test_the_prompt_asks_which_service_before_checking(empty_shop: None) -> None:
    prompt = system_prompt()
    assert "qué servicio necesita" in prompt
    assert "mismo servicio" in prompt
