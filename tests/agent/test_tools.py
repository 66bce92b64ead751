"""The tools against untrusted arguments: every problem is a tool error, never a bad booking."""

from __future__ import annotations

import json

import pytest

from tests.agent.helpers import BOOKING, run_tool, start_chat
from tests.fakes.shop import Shop
from vircom_desktop import events
from vircom_desktop.agent.tools import TOOL_NAMES, TOOL_SCHEMAS
from vircom_desktop.domain import booking, conversations
from vircom_desktop.domain.models import Appointment, Customer


def test_tool_schemas_follow_the_contract() -> None:
    assert TOOL_NAMES == (
        "get_services",
        "check_availability",
        "book_appointment",
        "handoff_to_human",
        "get_my_appointments",
        "change_appointment",
    )
    params = {s["function"]["name"]: s["function"]["parameters"] for s in TOOL_SCHEMAS}
    assert params["check_availability"]["required"] == ["date"]
    assert set(params["book_appointment"]["properties"]) == {
        "client_data",
        "date",
        "issue",
        "service",
    }
    assert params["book_appointment"]["required"] == ["client_data", "date", "issue"]
    assert params["handoff_to_human"]["required"] == ["reason"]
    assert params["get_my_appointments"]["properties"] == {}
    assert set(params["change_appointment"]["properties"]) == {
        "appointment_id",
        "action",
        "date",
        "reason",
    }
    assert params["change_appointment"]["required"] == ["appointment_id", "action"]


def test_get_services_lists_duration_and_price(db: Shop) -> None:
    result = run_tool(start_chat("precios?"), "get_services", {})
    washer = next(s for s in result["services"] if s["id"] == db.washer)
    assert washer["duration_minutes"] == 90
    assert washer["price"] == 45000
    assert washer["price_text"] == "$45.000"


def test_check_availability_gives_starts_in_the_booking_format(db: Shop) -> None:
    result = run_tool(start_chat("hola"), "check_availability", {"date": "2025-06-10"})
    assert result["weekday"] == "martes"
    assert result["slots"][0] == "2025-06-10T09:00"
    assert "2025-06-10T13:00" not in result["slots"]  # lunch break


@pytest.mark.parametrize("value", ["mañana", "10/06/2025", "2025-06-10T15:00", "martes"])
def test_check_availability_understands_common_date_forms(db: Shop, value: str) -> None:
    assert (
        run_tool(start_chat("hola"), "check_availability", {"date": value})["date"] == "2025-06-10"
    )


def test_check_availability_on_a_sunday_says_closed_and_offers_the_next_day(db: Shop) -> None:
    result = run_tool(start_chat("el domingo?"), "check_availability", {"date": "2025-06-15"})
    assert result["code"] == "closed_day"
    assert "domingo" in result["error"]
    assert result["next_open_date"] == "2025-06-16"


@pytest.mark.parametrize(
    ("arguments", "code"),
    [
        ({"date": "2025-06-01"}, "past_date"),
        ({"date": "el día que sea"}, "bad_date"),
        ({}, "missing_date"),
        ({"date": "2026-06-10"}, "too_far"),
        ({"date": "2025-06-10", "service": "reparación de autos"}, "unknown_service"),
        ({"date": "2025-06-10", "service": "99"}, "unknown_service"),
        ("not json at all", "bad_arguments"),
        ("[" * 100_000, "bad_arguments"),
        ({"date": ["2025-06-10"]}, "bad_date"),
        ({"date": True}, "bad_date"),
        ({"date": "2025-06-10", "service": ["lavadora"]}, "unknown_service"),
        ({"date": "2025-06-10", "service": True}, "unknown_service"),
        ({"date": "2025-06-10", "service": {"id": {"x": 1}}}, "unknown_service"),
        ({"date": "2025-06-10", "service": "9" * 5000}, "unknown_service"),
    ],
)
def test_check_availability_rejects_bad_input_with_a_hint(
    db: Shop, arguments: object, code: str
) -> None:
    result = run_tool(start_chat("hola"), "check_availability", arguments)
    assert result["code"] == code
    assert result["error"]


def test_unknown_service_error_lists_the_real_services(db: Shop) -> None:
    result = run_tool(
        start_chat("hola"), "check_availability", {"date": "2025-06-10", "service": "autos"}
    )
    assert {s["id"] for s in result["services"]} == {db.diagnosis, db.washer, db.air}


def test_service_found_by_id_string_or_name_without_accents(db: Shop) -> None:
    chat = start_chat("hola")
    assert (
        run_tool(chat, "check_availability", {"date": "2025-06-10", "service": "3"})["service"][
            "id"
        ]
        == db.air
    )
    assert (
        run_tool(
            chat, "check_availability", {"date": "2025-06-10", "service": "mantencion de aire"}
        )["service"]["id"]
        == db.air
    )


def test_book_appointment_proposes_and_links_the_customer(db: Shop) -> None:
    chat = start_chat("agenda")
    result = run_tool(chat, "book_appointment", BOOKING)
    assert result["status"] == "proposed"
    assert "PENDIENTE" in result["message"]
    assert result["date"] == "2025-06-10T10:00"
    appointment = Appointment.get_by_id(result["appointment_id"])
    assert appointment.conversation_id == chat
    assert Customer.get_by_id(appointment.customer_id).phone == "+56933334444"


def test_book_appointment_confirms_at_once_when_approval_is_off(db: Shop) -> None:
    from vircom_desktop.domain import policy

    policy.save(policy.BookingPolicy(approval_required=False))
    assert run_tool(start_chat("agenda"), "book_appointment", BOOKING)["status"] == "confirmed"


def test_bot_cannot_book_without_address(db: Shop) -> None:
    arguments = {**BOOKING, "client_data": {"name": "Marta Díaz"}}
    result = run_tool(start_chat("agenda"), "book_appointment", arguments)
    assert result["code"] == "missing_fields"
    assert result["missing"] == ["dirección"]
    assert Appointment.select().count() == 0


@pytest.mark.parametrize("address", ["", "  ", "<dirección>", "desconocida", "N/A"])
def test_bot_cannot_book_with_a_placeholder_address(db: Shop, address: str) -> None:
    arguments = {**BOOKING, "client_data": {"name": "Marta", "address": address}}
    assert run_tool(start_chat("x"), "book_appointment", arguments)["code"] == "missing_fields"
    assert Appointment.select().count() == 0


def test_bot_cannot_book_without_issue_or_name(db: Shop) -> None:
    arguments = {"client_data": {"address": "Av. Italia 1234"}, "date": "2025-06-10T10:00"}
    result = run_tool(start_chat("x"), "book_appointment", arguments)
    assert result["missing"] == ["nombre", "problema"]


def test_booleans_are_never_taken_for_a_name_or_an_address(db: Shop) -> None:
    arguments = {**BOOKING, "client_data": {"name": True, "address": False}}
    result = run_tool(start_chat("x"), "book_appointment", arguments)
    assert result["missing"] == ["nombre", "dirección"]
    assert Appointment.select().count() == 0


def test_client_data_may_arrive_as_a_json_string(db: Shop) -> None:
    arguments = {**BOOKING, "client_data": json.dumps(BOOKING["client_data"])}
    assert run_tool(start_chat("x"), "book_appointment", arguments)["status"] == "proposed"


def test_whole_arguments_may_arrive_as_a_json_string(db: Shop) -> None:
    assert (
        run_tool(start_chat("x"), "book_appointment", json.dumps(BOOKING))["status"] == "proposed"
    )


@pytest.mark.parametrize(
    ("date", "code"),
    [
        ("2025-06-10", "missing_time"),
        ("2025-06-08T10:00", "past_date"),
        ("2025-06-15T10:00", "closed_day"),
        ("2025-06-10T13:00", "slot_not_free"),  # lunch break
        ("2025-06-10T10:17", "slot_not_free"),  # off the grid
        ("2025-06-09T09:30", "slot_not_free"),  # today, under the minimum notice
        ("2025-02-30T10:00", "bad_date"),
    ],
)
def test_book_appointment_refuses_times_that_break_a_rule(db: Shop, date: str, code: str) -> None:
    result = run_tool(start_chat("x"), "book_appointment", {**BOOKING, "date": date})
    assert result["code"] == code, result
    assert Appointment.select().count() == 0


def test_taken_slot_is_refused_with_free_alternatives(db: Shop) -> None:
    # Both technicians busy at 10:00 on Tuesday.
    for _ in range(2):
        assert (
            run_tool(start_chat("x", sender=f"+5690000000{_}"), "book_appointment", BOOKING)[
                "status"
            ]
            == "proposed"
        )
    result = run_tool(start_chat("x", sender="+56933333333"), "book_appointment", BOOKING)
    assert result["code"] == "slot_not_free"
    assert result["free_slots"]
    assert "2025-06-10T10:00" not in result["free_slots"]
    assert Appointment.select().count() == 2


def test_slot_taken_in_a_race_is_reported_as_taken(
    db: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    def taken(*_args: object, **_kwargs: object) -> None:
        raise booking.SlotTaken()

    monkeypatch.setattr(booking, "propose", taken)
    result = run_tool(start_chat("x"), "book_appointment", BOOKING)
    assert result["code"] == "slot_taken"


def test_a_second_booking_in_one_turn_is_refused(db: Shop) -> None:
    from vircom_desktop.agent.tools import Toolbox

    toolbox = Toolbox(start_chat("x"))
    assert toolbox.run("book_appointment", BOOKING).ok
    second = json.loads(
        toolbox.run("book_appointment", {**BOOKING, "date": "2025-06-10T15:00"}).result
    )
    assert second["code"] == "already_booked"


def test_customer_changing_their_mind_replaces_the_pending_proposal(db: Shop) -> None:
    chat = start_chat("x")
    first = run_tool(chat, "book_appointment", BOOKING)
    second = run_tool(chat, "book_appointment", {**BOOKING, "date": "2025-06-11T15:00"})
    assert second["replaced_appointments"] == [first["appointment_id"]]
    assert Appointment.get_by_id(first["appointment_id"]).status == "cancelled"


def test_a_typed_phone_never_links_another_customers_record(db: Shop) -> None:
    other = Customer.create(name="Otra Persona", phone="+56977777777", address="Secreta 1")
    chat = start_chat("x", channel="webchat", sender="session-abc")
    arguments = {**BOOKING, "client_data": {**BOOKING["client_data"], "phone": "+56977777777"}}
    result = run_tool(chat, "book_appointment", arguments)
    appointment = Appointment.get_by_id(result["appointment_id"])
    assert appointment.customer_id != other.id
    assert Customer.get_by_id(other.id).address == "Secreta 1"


def test_unknown_tool_answers_with_the_valid_ones(db: Shop) -> None:
    result = run_tool(start_chat("x"), "cancel_appointment", {"id": 1})
    assert result["code"] == "unknown_tool"
    assert result["valid_tools"] == list(TOOL_NAMES)


def test_handoff_marks_the_conversation_needs_human(db: Shop) -> None:
    chat = start_chat("¿reparan autos?")
    changes: list[dict[str, object]] = []
    unsubscribe = events.hub.subscribe(events.CONVERSATION_CHANGED, lambda **kw: changes.append(kw))
    try:
        result = run_tool(chat, "handoff_to_human", {"reason": "pregunta por autos"})
    finally:
        unsubscribe()
    assert result["status"] == "needs_human"
    conversation = conversations.get(chat)
    assert (conversation.status, conversation.handoff_reason) == (
        "needs_human",
        "pregunta por autos",
    )
    assert changes == [{"conversation_id": chat, "status": "needs_human"}]
