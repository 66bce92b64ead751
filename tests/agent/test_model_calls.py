"""Fewer model calls: what an earlier turn already learnt is shown again, not asked for again."""

from __future__ import annotations

from typing import Any

from tests.agent.helpers import start_chat
from tests.fakes.fake_ollama import FakeOllama, Step, reply, tool_call
from tests.fakes.shop import Shop
from vircom_desktop.agent.service import VircomBot
from vircom_desktop.config import Settings
from vircom_desktop.domain import conversations
from vircom_desktop.domain.models import Appointment

BOOKING = {
    "client_data": {"name": "Marta Díaz", "address": "Av. Italia 1234, Providencia"},
    "date": "2025-06-10T10:00",
    "issue": "La lavadora no centrifuga",
}


def _knows_tuesday(messages: list[dict[str, Any]]) -> bool:
    return any(m["role"] == "tool" and '"2025-06-10"' in m["content"] for m in messages)


def test_a_day_checked_in_an_earlier_turn_is_in_the_next_prompt(
    db: Shop, fake_ollama: FakeOllama, settings: Settings
) -> None:
    bot = VircomBot(settings)
    chat = start_chat("¿Tienen hora el martes?")
    fake_ollama.script(
        tool_call("check_availability", {"date": "2025-06-10"}),
        reply("El martes tengo 09:00 y 10:00."),
    )
    first = bot.respond(chat)
    conversations.add_message(chat, "bot", first.reply, status="sent")
    conversations.add_message(chat, "customer", "Las 10, soy Marta Díaz", status="received")
    fake_ollama.script(reply("¿Me da su dirección?"))
    bot.respond(chat)

    messages = fake_ollama.chat_requests()[-1]["messages"]
    said = [
        (m["role"], m.get("tool_calls", [{}])[0].get("function", {}).get("name"))
        for m in messages[1:]
    ]
    assert said == [
        ("user", None),
        ("assistant", "check_availability"),
        ("tool", None),
        ("assistant", None),
        ("user", None),
    ]
    assert messages[3]["tool_name"] == "check_availability"
    assert "10:00" in messages[3]["content"]


def test_a_model_that_uses_what_it_knows_books_in_fewer_calls(
    db: Shop, fake_ollama: FakeOllama, settings: Settings
) -> None:
    """A stand-in model that re-checks a day only when it does not know it yet."""

    def model(body: dict[str, Any]) -> Step:
        messages = body["messages"]
        last = messages[-1]
        if last["role"] == "tool":
            if last.get("tool_name") == "check_availability" and "Marta" in str(messages):
                return tool_call("book_appointment", BOOKING)
            return reply("Queda pendiente de aprobación del taller.")
        if not _knows_tuesday(messages):
            return tool_call("check_availability", {"date": "2025-06-10"})
        if "Marta" in last["content"]:
            return tool_call("book_appointment", BOOKING)
        return reply("El martes tengo 09:00 y 10:00.")

    fake_ollama.respond_with(model)
    bot = VircomBot(settings)
    chat = start_chat("¿Tienen hora el martes?")
    first = bot.respond(chat)
    conversations.add_message(chat, "bot", first.reply, status="sent")
    conversations.add_message(
        chat,
        "customer",
        "A las 10. Soy Marta Díaz, Av. Italia 1234; la lavadora no centrifuga.",
        status="received",
    )
    second = bot.respond(chat)
    assert Appointment.get_by_id(second.appointment_id).status == "proposed"
    # Turn one: check + reply. Turn two: book + reply, without checking Tuesday again.
    assert len(fake_ollama.chat_requests()) == 4
