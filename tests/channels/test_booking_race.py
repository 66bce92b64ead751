"""Many customers asking for the same first free slot at once never double-book a technician."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

from tests.channels.conftest import DeskFactory
from tests.fakes.fake_ollama import Step, reply, tool_call
from vircom_desktop.domain.models import HOLDING_STATUSES, Appointment

CUSTOMERS = 12


def _book_first_slot(body: dict[str, Any]) -> Step:
    last = body["messages"][-1]
    if last["role"] == "tool":
        return reply("Gracias, quedó registrada su solicitud.")
    return tool_call(
        "book_appointment",
        {
            "client_data": {"name": "Cliente Apurado", "address": "Av. Matta 500, Santiago"},
            "date": "2025-06-10T10:00",
            "issue": "La lavadora no centrifuga",
            "service": "Reparación de lavadora",
        },
    )


def test_the_same_slot_is_never_given_twice_to_one_technician(make_desk: DeskFactory) -> None:
    desk = make_desk(workers=6)
    desk.ollama.respond_with(_book_first_slot)

    def ask(number: int) -> dict[str, Any]:
        response = desk.chat(f"+5699000{number:04d}", "Necesito un técnico mañana a las 10")
        assert response.status_code == 200, response.text
        return response.json()

    with ThreadPoolExecutor(CUSTOMERS) as pool:
        answers = list(pool.map(ask, range(CUSTOMERS)))

    visits = list(Appointment.select().where(Appointment.status.in_(HOLDING_STATUSES)))
    booked = [a["appointment"] for a in answers if a["appointment"]]
    # Ana and Beto both repair washers: at most one visit each at 10:00.
    assert 1 <= len(visits) == len(booked) <= 2
    assert len({visit.technician_id for visit in visits}) == len(visits)
    for first in visits:
        for second in visits:
            if first.id != second.id and first.technician_id == second.technician_id:
                assert first.ends_at <= second.starts_at or second.ends_at <= first.starts_at
    assert {b["status"] for b in booked} == {"proposed"}
