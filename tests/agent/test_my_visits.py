"""get_my_appointments and change_appointment: a customer acts only on their own visits."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest

from tests.agent.helpers import run_tool, start_chat
from tests.fakes.fake_ollama import FakeOllama, reply, tool_call
from tests.fakes.shop import NOW, TUESDAY_10, Shop
from vircom_desktop.agent.service import VircomBot
from vircom_desktop.config import Settings
from vircom_desktop.domain import booking, clock, conversations, policy
from vircom_desktop.domain.models import Appointment, AuditLog, Conversation, Customer

PHONE = "+56933334444"


def _visit(
    shop: Shop,
    customer_id: int,
    start: datetime = TUESDAY_10,
    *,
    technician: int | None = None,
    proposed: bool = False,
    conversation_id: int | None = None,
) -> int:
    request = booking.VisitRequest(
        customer_id=customer_id,
        service_id=shop.washer,
        start=start,
        address="Los Leones 123",
        issue="No centrifuga",
        technician_id=technician or shop.ana,
        conversation_id=conversation_id,
    )
    if proposed:
        return booking.propose(request).id
    return booking.create(request, actor="Marta").id


def _chat_customer(text: str = "Hola", sender: str = PHONE) -> tuple[int, int]:
    conversation_id = start_chat(text, sender=sender)
    customer = conversations.link_customer(conversation_id, name="Rosa Lagos")
    return conversation_id, customer.id


def _change(conversation_id: int, **arguments: Any) -> dict[str, Any]:
    return run_tool(conversation_id, "change_appointment", arguments)


def test_the_customer_sees_their_own_upcoming_visits_wherever_they_were_booked(
    db: Shop,
) -> None:
    conversation_id, customer_id = _chat_customer()
    at_the_desk = _visit(db, Customer.create(name="Rosa", phone=PHONE).id)  # same phone
    in_the_chat = _visit(
        db,
        customer_id,
        TUESDAY_10.replace(hour=15),
        proposed=True,
        conversation_id=conversation_id,
    )
    cancelled = _visit(db, customer_id, TUESDAY_10.replace(day=11))
    booking.cancel(cancelled, actor="Marta")
    _visit(db, Customer.create(name="Otra", phone="+56987654321").id, TUESDAY_10.replace(day=12))

    result = run_tool(conversation_id, "get_my_appointments", {})

    listed = [(v["appointment_id"], v["status"]) for v in result["appointments"]]
    assert listed == [(at_the_desk, "confirmed"), (in_the_chat, "proposed")]
    first = result["appointments"][0]
    assert first["date"] == "2025-06-10T10:00" and first["weekday"] == "martes"
    assert first["technician"] == "Ana Pérez" and first["address"] == "Los Leones 123"


def test_someone_elses_id_gets_the_same_answer_as_an_unknown_id(db: Shop) -> None:
    conversation_id, _ = _chat_customer()
    other = _visit(db, Customer.create(name="Otra", phone="+56987654321").id)

    foreign = _change(conversation_id, appointment_id=str(other), action="cancel")
    unknown = _change(conversation_id, appointment_id="9999", action="cancel")

    assert foreign["code"] == unknown["code"] == "not_found"
    assert foreign["error"].replace(str(other), "N") == unknown["error"].replace("9999", "N")
    assert foreign["appointments"] == unknown["appointments"] == []
    assert Appointment.get_by_id(other).status == "confirmed"


def test_a_phone_typed_into_a_web_chat_reaches_no_visits(db: Shop) -> None:
    owner = Customer.create(name="Rosa", phone=PHONE)
    visit = _visit(db, owner.id)
    webchat = start_chat("Soy Rosa, mi teléfono es +56 9 3333 4444", channel="webchat", sender="s1")
    conversations.link_customer(webchat, name="Rosa", phone="+56 9 3333 4444")

    assert run_tool(webchat, "get_my_appointments", {})["appointments"] == []
    assert _change(webchat, appointment_id=visit, action="cancel")["code"] == "not_found"


def test_confirming_attendance_records_when(db: Shop) -> None:
    conversation_id, customer_id = _chat_customer("Sí, confirmo")
    visit = _visit(db, customer_id)

    result = _change(conversation_id, appointment_id=visit, action="confirm_attendance")

    assert result["ok"] and result["appointment"]["attendance_confirmed"]
    assert Appointment.get_by_id(visit).customer_confirmed_at == clock.now()
    audit = AuditLog.get(AuditLog.action == "confirm_attendance")
    assert audit.actor == "VircomBot"


def test_a_pending_visit_cannot_be_attended_yet(db: Shop) -> None:
    conversation_id, customer_id = _chat_customer()
    visit = _visit(db, customer_id, proposed=True, conversation_id=conversation_id)
    result = _change(conversation_id, appointment_id=visit, action="confirm")
    assert result["code"] == "still_pending"


def test_cancelling_frees_the_slot_and_keeps_the_reason(db: Shop) -> None:
    conversation_id, customer_id = _chat_customer("No podré estar, cancelen")
    visit = _visit(db, customer_id)

    result = _change(conversation_id, appointment_id=f"#{visit}", action="cancelar", reason="viaje")

    assert result["ok"]
    row = Appointment.get_by_id(visit)
    assert row.status == "cancelled" and "viaje" in row.reject_reason


def test_a_move_holds_the_new_time_first_and_links_the_old_visit(db: Shop) -> None:
    conversation_id, customer_id = _chat_customer("¿Lo cambiamos al jueves en la tarde?")
    visit = _visit(db, customer_id)

    result = _change(
        conversation_id, appointment_id=visit, action="reschedule", date="2025-06-12T15:00"
    )

    assert result["ok"] and result["replaced"] == visit
    new = Appointment.get_by_id(result["appointment"]["appointment_id"])
    assert new.status == "proposed"  # the owner approves moves like any bot booking
    assert new.replaces_id == visit and new.source == "bot"
    assert clock.to_local(new.starts_at).strftime("%Y-%m-%dT%H:%M") == "2025-06-12T15:00"
    old = Appointment.get_by_id(visit)
    assert old.status == "cancelled" and f"#{new.id}" in old.reject_reason


def test_a_move_half_an_hour_later_may_overlap_its_own_old_time(db: Shop) -> None:
    policy.save(policy.BookingPolicy(approval_required=False))
    conversation_id, customer_id = _chat_customer()
    _visit(db, Customer.create(name="Otro").id, technician=db.beto)  # Beto is busy then
    visit = _visit(db, customer_id, technician=db.ana)

    result = _change(
        conversation_id, appointment_id=visit, action="reschedule", date="2025-06-10T10:30"
    )

    assert result["ok"], result
    assert result["appointment"]["status"] == "confirmed"
    assert Appointment.get_by_id(result["appointment"]["appointment_id"]).technician_id == db.ana


def test_a_move_to_a_taken_time_keeps_the_old_visit(db: Shop) -> None:
    conversation_id, customer_id = _chat_customer()
    visit = _visit(db, customer_id)
    for technician in (db.ana, db.beto):
        _visit(
            db, Customer.create(name="Otro").id, TUESDAY_10.replace(day=12), technician=technician
        )

    result = _change(
        conversation_id, appointment_id=visit, action="reschedule", date="2025-06-12T10:00"
    )

    assert result["code"] == "slot_not_free" and result["free_slots"]
    assert Appointment.get_by_id(visit).status == "confirmed"


def test_a_late_cancellation_goes_to_a_person(db: Shop) -> None:
    conversation_id, customer_id = _chat_customer("Cancelen la de hoy")
    soon = _visit(db, customer_id, NOW + timedelta(hours=1))

    outcome_text = _change(conversation_id, appointment_id=soon, action="cancel")

    assert outcome_text["status"] == "needs_human"
    assert Appointment.get_by_id(soon).status == "confirmed"
    conversation = Conversation.get_by_id(conversation_id)
    assert conversation.status == "needs_human" and str(soon) in conversation.handoff_reason


@pytest.mark.parametrize(
    ("arguments", "code"),
    [
        ({"action": "cancel"}, "missing_appointment_id"),
        ({"appointment_id": ["1"], "action": "cancel"}, "bad_appointment_id"),
        ({"appointment_id": "uno", "action": "cancel"}, "bad_appointment_id"),
        ({"appointment_id": "{visit}"}, "bad_action"),
        ({"appointment_id": "{visit}", "action": "explode"}, "bad_action"),
        ({"appointment_id": "{visit}", "action": "reschedule"}, "missing_date"),
        (
            {"appointment_id": "{visit}", "action": "reschedule", "date": "2025-06-02T10:00"},
            "past_date",
        ),
        ({"appointment_id": "{visit}", "action": "reschedule", "date": "el jueves"}, "bad_date"),
    ],
)
def test_untrusted_arguments_get_clear_errors(
    db: Shop, arguments: dict[str, Any], code: str
) -> None:
    conversation_id, customer_id = _chat_customer()
    visit = _visit(db, customer_id)
    filled = {k: v.format(visit=visit) if isinstance(v, str) else v for k, v in arguments.items()}
    assert _change(conversation_id, **filled)["code"] == code
    assert Appointment.get_by_id(visit).status == "confirmed"


# -- the guardrail reads facts from the database ---------------------------------------------


def test_a_confirmed_visit_may_be_called_confirmed(
    db: Shop, fake_ollama: FakeOllama, settings: Settings
) -> None:
    conversation_id, customer_id = _chat_customer("¿Mi visita del martes está confirmada?")
    _visit(db, customer_id)
    fake_ollama.script(
        tool_call("get_my_appointments", {}),
        reply("Sí, su visita del martes a las 10:00 está confirmada."),
    )
    result = VircomBot(settings).respond(conversation_id)
    assert result.reply == "Sí, su visita del martes a las 10:00 está confirmada."


def test_a_pending_visit_is_still_never_called_confirmed(
    db: Shop, fake_ollama: FakeOllama, settings: Settings
) -> None:
    conversation_id, customer_id = _chat_customer("¿Y la de las 15:00?")
    _visit(db, customer_id)
    _visit(
        db, customer_id, TUESDAY_10.replace(hour=15), proposed=True, conversation_id=conversation_id
    )
    fake_ollama.script(
        tool_call("get_my_appointments", {}),
        reply("Su visita del martes a las 15:00 está confirmada."),
    )
    result = VircomBot(settings).respond(conversation_id)
    assert "está confirmada" not in result.reply
    assert "pendiente" in result.reply


def test_a_move_by_the_shop_asks_the_customer_to_confirm_again(db: Shop) -> None:
    conversation_id, customer_id = _chat_customer()
    visit = _visit(db, customer_id)
    _change(conversation_id, appointment_id=visit, action="confirm_attendance")
    booking.reschedule(visit, TUESDAY_10.replace(day=12), actor="Marta")
    assert Appointment.get_by_id(visit).customer_confirmed_at is None
