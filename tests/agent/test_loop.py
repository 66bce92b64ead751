"""The tool loop on the real Ollama protocol, with llama3.1's habits."""

from __future__ import annotations

import json
import threading

import pytest

from tests.agent.helpers import BOOKING, start_chat
from tests.fakes.fake_ollama import FakeOllama, reply, tool_call, tool_calls
from tests.fakes.shop import Shop
from vircom_desktop.agent.events import (
    AgentEvent,
    AgentFailed,
    DraftComplete,
    TokenEvent,
    ToolFinished,
    ToolStarted,
)
from vircom_desktop.agent.service import VircomBot
from vircom_desktop.config import Settings
from vircom_desktop.domain import conversations
from vircom_desktop.domain.models import AgentTurn, Appointment


def _tool_messages(fake: FakeOllama, index: int = -1) -> list[dict[str, object]]:
    return [m for m in fake.chat_requests()[index]["messages"] if m["role"] == "tool"]


def test_every_request_sets_context_temperature_keep_alive_and_no_think(
    db: Shop, fake_ollama: FakeOllama, settings: Settings
) -> None:
    fake_ollama.script(tool_call("get_services"), reply("Tenemos tres servicios."))
    VircomBot(settings).respond(start_chat("¿Qué servicios tienen?"))
    for body in fake_ollama.chat_requests():
        assert body["options"] == {"num_ctx": 8192, "temperature": 0.2}
        assert body["keep_alive"]
        assert "think" not in body
        assert [t["function"]["name"] for t in body["tools"]] == [
            "get_services",
            "check_availability",
            "book_appointment",
            "handoff_to_human",
            "get_my_appointments",
            "change_appointment",
        ]


def test_system_prompt_and_tools_are_byte_identical_across_requests(
    db: Shop, fake_ollama: FakeOllama, settings: Settings
) -> None:
    bot = VircomBot(settings)
    chat = start_chat("Hola")
    fake_ollama.script(reply("¡Hola! ¿En qué te ayudo?"))
    bot.respond(chat)
    conversations.add_message(chat, "bot", "¡Hola! ¿En qué te ayudo?", status="sent")
    conversations.add_message(chat, "customer", "¿Hay hora el martes?", status="received")
    fake_ollama.script(
        tool_call("check_availability", {"date": "2025-06-10"}), reply("Sí, a las 9.")
    )
    bot.respond(chat)
    raws = [r.raw for r in fake_ollama.requests if r.path == "/api/chat"]
    assert len(raws) == 3
    prefixes = {raw.split(b'"messages":')[0] + raw.split(b'"tools":')[1] for raw in raws}
    assert len(prefixes) == 1  # same model, options and tools, byte for byte
    systems = {json.dumps(body["messages"][0]) for body in fake_ollama.chat_requests()}
    assert len(systems) == 1
    # Each request extends the previous one: the cache can reuse the whole earlier prompt.
    bodies = fake_ollama.chat_requests()
    assert bodies[2]["messages"][: len(bodies[1]["messages"])] == bodies[1]["messages"]


def test_several_calls_in_one_round_run_in_order(
    db: Shop, fake_ollama: FakeOllama, settings: Settings
) -> None:
    fake_ollama.script(
        tool_calls([("get_services", {}), ("check_availability", {"date": "2025-06-11"})]),
        reply("Te cuento precios y horas."),
    )
    result = VircomBot(settings).respond(start_chat("precios y horas para el miércoles"))
    assert result.status == "answered"
    assert [m["tool_name"] for m in _tool_messages(fake_ollama)] == [
        "get_services",
        "check_availability",
    ]
    assistant = fake_ollama.chat_requests()[-1]["messages"][-3]
    assert [c["function"]["name"] for c in assistant["tool_calls"]] == [
        "get_services",
        "check_availability",
    ]


def test_string_typed_arguments_are_coerced(
    db: Shop, fake_ollama: FakeOllama, settings: Settings
) -> None:
    arguments = {**BOOKING, "client_data": json.dumps(BOOKING["client_data"]), "service": "2"}
    fake_ollama.script(tool_call("book_appointment", arguments), reply("Reservé tu visita."))
    result = VircomBot(settings).respond(start_chat("agenda por favor"))
    assert Appointment.get_by_id(result.appointment_id).service_id == db.washer


@pytest.mark.parametrize(
    "content",
    [
        '{"name": "check_availability", "parameters": {"date": "2025-06-10"}}',
        '{"name": "check_availability", "arguments": {"date": "2025-06-10"}}',
        '```json\n{"name": "check_availability", "parameters": {"date": "2025-06-10"}}\n```',
        '<|python_tag|>{"name": "check_availability", "parameters": {"date": "2025-06-10"}}',
        'Voy a revisar. {"name": "check_availability", "parameters": "{\\"date\\": \\"2025-06-10\\"}"}',
    ],
)
def test_json_in_content_is_executed_as_a_call_and_never_shown(
    db: Shop, fake_ollama: FakeOllama, settings: Settings, content: str
) -> None:
    fake_ollama.script(reply(content), reply("El martes tengo hora a las 09:00."))
    tokens: list[str] = []
    result = VircomBot(settings).respond(
        start_chat("¿hay hora el martes?"),
        on_event=lambda e: tokens.append(e.text) if isinstance(e, TokenEvent) else None,
    )
    assert result.reply == "El martes tengo hora a las 09:00."
    assert _tool_messages(fake_ollama)[0]["tool_name"] == "check_availability"
    assert "2025-06-10T09:00" in str(_tool_messages(fake_ollama)[0]["content"])
    if not content.startswith("Voy"):  # prose before the call streams; the call itself never does
        assert '"name"' not in "".join(tokens)


def test_several_json_calls_in_content_all_run(
    db: Shop, fake_ollama: FakeOllama, settings: Settings
) -> None:
    content = (
        '{"name": "get_services", "parameters": {}}\n'
        '{"name": "check_availability", "parameters": {"date": "2025-06-10"}}'
    )
    fake_ollama.script(reply(content), reply("Listo."))
    VircomBot(settings).respond(start_chat("hola"))
    assert [m["tool_name"] for m in _tool_messages(fake_ollama)] == [
        "get_services",
        "check_availability",
    ]


def test_unknown_tool_gets_the_list_of_valid_tools_and_the_run_recovers(
    db: Shop, fake_ollama: FakeOllama, settings: Settings
) -> None:
    fake_ollama.script(
        tool_call("agendar_cita", {"fecha": "mañana"}), reply("¿A qué hora te acomoda?")
    )
    result = VircomBot(settings).respond(start_chat("agenda mañana"))
    assert result.status == "answered"
    error = json.loads(str(_tool_messages(fake_ollama)[0]["content"]))
    assert error["code"] == "unknown_tool"
    assert "book_appointment" in error["hint"]


@pytest.mark.allow_log_warnings
def test_a_model_that_loops_is_stopped_and_handed_to_a_human(
    db: Shop, fake_ollama: FakeOllama, settings: Settings
) -> None:
    fake_ollama.respond_with(lambda _body: tool_call("check_availability", {"date": "2025-06-10"}))
    chat = start_chat("hora el martes")
    result = VircomBot(settings).respond(chat)
    assert len(fake_ollama.chat_requests()) == 3
    assert json.loads(str(_tool_messages(fake_ollama)[1]["content"]))["code"] == "repeated_call"
    assert result.status == "needs_human"
    assert "persona" in result.reply
    assert conversations.get(chat).status == "needs_human"


@pytest.mark.allow_log_warnings
def test_rounds_are_capped(db: Shop, fake_ollama: FakeOllama, settings: Settings) -> None:
    days = iter(range(10, 30))
    fake_ollama.respond_with(
        lambda _body: tool_call("check_availability", {"date": f"2025-06-{next(days)}"})
    )
    result = VircomBot(settings).respond(start_chat("cualquier día"))
    assert len(fake_ollama.chat_requests()) == 5
    assert result.status == "needs_human"
    assert "5 model requests" in result.error


def test_a_proposed_visit_is_never_called_confirmed(
    db: Shop, fake_ollama: FakeOllama, settings: Settings
) -> None:
    fake_ollama.script(
        tool_call("book_appointment", BOOKING),
        reply("¡Perfecto! Tu visita está confirmada para el martes a las 10:00."),
    )
    result = VircomBot(settings).respond(start_chat("agenda"))
    assert "está confirmada" not in result.reply
    assert "está reservada" in result.reply
    assert "pendiente de aprobación" in result.reply


def test_a_visit_never_booked_is_never_announced(
    db: Shop, fake_ollama: FakeOllama, settings: Settings
) -> None:
    fake_ollama.script(reply("Listo, tu visita quedó agendada para mañana a las 10."))
    result = VircomBot(settings).respond(start_chat("agenda mañana a las 10"))
    assert "agendada" not in result.reply
    assert "Aún no he reservado" in result.reply
    assert Appointment.select().count() == 0


def test_handoff_tells_the_customer_a_person_will_follow_up(
    db: Shop, fake_ollama: FakeOllama, settings: Settings
) -> None:
    fake_ollama.script(
        tool_call("handoff_to_human", {"reason": "quiere reparar su auto"}),
        reply("No reparamos autos."),
    )
    chat = start_chat("¿Me reparan el auto?")
    result = VircomBot(settings).respond(chat)
    assert result.status == "needs_human"
    assert result.reply.startswith("No reparamos autos.")
    assert "persona del equipo" in result.reply
    assert conversations.get(chat).handoff_reason == "quiere reparar su auto"


def test_events_stream_tokens_and_tool_cards_then_the_draft(
    db: Shop, fake_ollama: FakeOllama, settings: Settings
) -> None:
    fake_ollama.script(tool_call("get_services"), reply("Tenemos tres servicios."))
    seen: list[AgentEvent] = []
    result = VircomBot(settings).respond(start_chat("servicios?"), on_event=seen.append)
    assert isinstance(seen[0], ToolStarted) and seen[0].name == "get_services"
    assert isinstance(seen[1], ToolFinished) and seen[1].ok
    assert "".join(e.text for e in seen if isinstance(e, TokenEvent)) == "Tenemos tres servicios."
    assert seen[-1] == DraftComplete(result)


def test_a_run_can_be_cancelled_mid_stream(
    db: Shop, fake_ollama: FakeOllama, settings: Settings
) -> None:
    fake_ollama.script(reply("Hola, esta respuesta es larga y se cancela.").gated())
    cancel = threading.Event()
    seen: list[AgentEvent] = []

    def on_event(event: AgentEvent) -> None:
        seen.append(event)
        if isinstance(event, TokenEvent):
            cancel.set()
            fake_ollama.gate.set()

    chat = start_chat("hola")
    result = VircomBot(settings).respond(chat, on_event=on_event, cancel=cancel)
    assert result.status == "cancelled"
    assert result.reply == ""
    assert isinstance(seen[-1], AgentFailed) and seen[-1].code == "cancelled"
    assert conversations.get(chat).status == "open"


def test_a_run_cancelled_before_it_starts_never_asks_the_model(
    db: Shop, fake_ollama: FakeOllama, settings: Settings
) -> None:
    cancel = threading.Event()
    cancel.set()
    assert VircomBot(settings).respond(start_chat("hola"), cancel=cancel).status == "cancelled"
    assert fake_ollama.chat_requests() == []


def test_history_maps_roles_and_skips_unsent_drafts(
    db: Shop, fake_ollama: FakeOllama, settings: Settings
) -> None:
    chat = start_chat("Hola")
    conversations.add_message(chat, "bot", "¡Hola!", status="sent")
    conversations.add_message(chat, "staff", "borrador", status="draft")
    conversations.add_message(chat, "staff", "Soy Pedro, del taller.", status="sent")
    conversations.add_message(chat, "customer", "ok", status="received")
    fake_ollama.script(reply("¿En qué te ayudo?"))
    VircomBot(settings).respond(chat)
    messages = fake_ollama.chat_requests()[0]["messages"]
    assert [(m["role"], m["content"]) for m in messages[1:]] == [
        ("user", "Hola"),
        ("assistant", "¡Hola!"),
        ("assistant", "Soy Pedro, del taller."),
        ("user", "ok"),
    ]


def test_every_model_request_is_stored_with_its_tool_calls(
    db: Shop, fake_ollama: FakeOllama, settings: Settings
) -> None:
    fake_ollama.script(
        tool_call("check_availability", {"date": "2025-06-15"}), reply("El domingo no.")
    )
    chat = start_chat("el domingo?")
    VircomBot(settings).respond(chat)
    turns = list(AgentTurn.select().where(AgentTurn.conversation == chat).order_by(AgentTurn.id))
    assert [t.content for t in turns] == ["", "El domingo no."]
    call = turns[0].tool_calls[0]
    assert call["name"] == "check_availability"
    assert json.loads(call["result"])["code"] == "closed_day"
    assert call["ok"] is False
    assert turns[0].message_id is not None


@pytest.mark.allow_log_warnings
def test_json_nested_too_deep_in_content_never_crashes_the_run(
    db: Shop, fake_ollama: FakeOllama, settings: Settings
) -> None:
    fake_ollama.script(
        reply('{"name": "check_availability", "parameters": ' + "[" * 100_000, chunk_size=4096),
        reply("¿Para qué día?"),
    )
    result = VircomBot(settings).respond(start_chat("hola"))
    assert result.status == "needs_human"  # a broken call is never sent to the customer
    assert "{" not in result.reply


def test_string_arguments_that_are_not_json_get_a_tool_error(
    db: Shop, fake_ollama: FakeOllama, settings: Settings
) -> None:
    fake_ollama.script(
        reply('{"name": "check_availability", "parameters": "el martes"}'), reply("¿Qué día?")
    )
    result = VircomBot(settings).respond(start_chat("hola"))
    assert result.status == "answered"
    assert json.loads(str(_tool_messages(fake_ollama)[0]["content"]))["code"] == "bad_arguments"


def test_rounds_before_a_cancellation_are_still_recorded(
    db: Shop, fake_ollama: FakeOllama, settings: Settings
) -> None:
    fake_ollama.script(tool_call("get_services"), reply("Tenemos tres servicios.").gated())
    cancel = threading.Event()

    def on_event(event: AgentEvent) -> None:
        if isinstance(event, TokenEvent):
            cancel.set()
            fake_ollama.gate.set()

    chat = start_chat("servicios?")
    result = VircomBot(settings).respond(chat, on_event=on_event, cancel=cancel)
    assert result.status == "cancelled"
    turns = list(AgentTurn.select().where(AgentTurn.conversation == chat))
    assert [t.tool_calls[0]["name"] for t in turns] == ["get_services"]
