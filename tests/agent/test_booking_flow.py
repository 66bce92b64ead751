"""A booking conversation end to end, through the real client, against the fake Ollama."""

from __future__ import annotations

import json

from tests.fakes.fake_ollama import FakeOllama, reply, tool_call
from tests.fakes.shop import Shop
from vircom_desktop.agent.events import AgentEvent, DraftComplete, ToolFinished, ToolStarted
from vircom_desktop.agent.service import VircomBot
from vircom_desktop.config import Settings
from vircom_desktop.domain import conversations
from vircom_desktop.domain.models import AgentTurn, Appointment, Customer


def _say(conversation_id: int, text: str) -> None:
    conversations.add_message(conversation_id, "customer", text, status="received")


def test_booking_conversation_end_to_end(
    db: Shop, fake_ollama: FakeOllama, settings: Settings
) -> None:
    bot = VircomBot(settings)
    conversation = conversations.get_or_create("api", "+56933334444")
    _say(conversation.id, "Hola, quiero agendar una visita")
    fake_ollama.script(reply("¡Hola! Soy VircomBot. ¿Me das tu nombre, dirección y el problema?"))
    first = bot.respond(conversation.id)
    assert first.status == "answered"
    assert "nombre" in first.reply
    conversations.add_message(conversation.id, "bot", first.reply, status="sent")

    _say(
        conversation.id,
        "Soy Marta Díaz, vivo en Av. Italia 1234, Providencia. Mi lavadora no "
        "centrifuga. ¿Mañana a las 10?",
    )
    fake_ollama.script(
        tool_call("check_availability", {"date": "2025-06-10", "service": "lavadora"}),
        tool_call(
            "book_appointment",
            {
                "client_data": {"name": "Marta Díaz", "address": "Av. Italia 1234, Providencia"},
                "date": "2025-06-10T10:00",
                "issue": "La lavadora no centrifuga",
                "service": "Reparación de lavadora",
            },
        ),
        reply("¡Listo, Marta! Tu visita quedó agendada para mañana martes a las 10:00."),
    )
    seen: list[AgentEvent] = []
    second = bot.respond(conversation.id, on_event=seen.append)

    appointment = Appointment.get_by_id(second.appointment_id)
    assert appointment.status == "proposed"
    assert appointment.source == "bot"
    assert appointment.conversation_id == conversation.id
    assert appointment.service_id == db.washer
    assert appointment.address == "Av. Italia 1234, Providencia"
    customer = Customer.get_by_id(appointment.customer_id)
    assert (customer.name, customer.phone) == ("Marta Díaz", "+56933334444")
    assert conversations.get(conversation.id).customer_id == customer.id
    assert second.status == "answered"
    assert "pendiente" in second.reply
    assert [type(e) for e in seen if not hasattr(e, "text")] == [
        ToolStarted,
        ToolFinished,
        ToolStarted,
        ToolFinished,
        DraftComplete,
    ]
    # The model saw each tool's result as a role "tool" message carrying the tool's name.
    last_request = fake_ollama.chat_requests()[-1]["messages"]
    tool_messages = [m for m in last_request if m["role"] == "tool"]
    assert [m["tool_name"] for m in tool_messages] == ["check_availability", "book_appointment"]
    assert "2025-06-10T10:00" in json.loads(tool_messages[0]["content"])["slots"]
    assert json.loads(tool_messages[1]["content"])["status"] == "proposed"
    turns = list(AgentTurn.select().where(AgentTurn.conversation == conversation.id))
    assert len(turns) == 4
    assert turns[1].tool_calls[0]["name"] == "check_availability"
    assert all(t.prompt_tokens == 42 and t.eval_tokens == 7 and t.duration_ms for t in turns)
