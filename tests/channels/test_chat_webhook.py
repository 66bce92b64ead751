"""POST /api/webhook/chat and GET /api/conversations/{id}, from outside, as CONTRACT §4 says."""

from __future__ import annotations

import pytest

from tests.channels.conftest import Desk, DeskFactory, EventLog, first_reply
from tests.fakes.fake_ollama import http_error
from vircom_desktop import events
from vircom_desktop.domain.models import Message


def test_auto_mode_answers_in_the_response(desk: Desk) -> None:
    response = desk.chat("+56911111111", "Hola, se me echó a perder la lavadora", name="Juan")

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "answered"
    assert body["reply"] == first_reply()
    assert body["appointment"] is None
    assert isinstance(body["conversation_id"], int) and body["message_id"]
    conversation = desk.client.get(f"/api/conversations/{body['conversation_id']}").json()
    assert conversation["channel"] == "api"
    assert conversation["mode"] == "auto"
    assert conversation["customer"]["name"] == "Juan"
    assert [(m["role"], m["status"]) for m in conversation["messages"]] == [
        ("customer", "answered"),
        ("bot", "sent"),
    ]


def test_the_same_message_id_is_answered_once(desk: Desk) -> None:
    first = desk.chat("+56911111111", "Hola", message_id="abc-1")
    again = desk.chat("+56911111111", "Hola", message_id="abc-1")

    assert first.status_code == again.status_code == 200
    assert again.json() == first.json()
    assert len(desk.ollama.chat_requests()) == 1
    assert Message.select().where(Message.external_id == "abc-1").count() == 1


def test_one_conversation_per_channel_and_sender(desk: Desk) -> None:
    a = desk.chat("+56911111111", "uno").json()["conversation_id"]
    b = desk.chat("+56911111111", "dos").json()["conversation_id"]
    c = desk.chat("+56911111111", "tres", channel="tienda").json()["conversation_id"]
    d = desk.chat("+56922222222", "cuatro").json()["conversation_id"]

    assert a == b
    assert len({a, c, d}) == 3


def test_draft_mode_answers_202_and_staff_sends_the_reply(
    make_desk: DeskFactory, hub_events: EventLog
) -> None:
    from vircom_desktop.channels import outbox

    desk = make_desk(agent_mode="draft")
    response = desk.chat("+56911111111", "Hola")

    assert response.status_code == 202
    body = response.json()
    assert body["status"] == "pending_review"
    assert set(body) == {"conversation_id", "message_id", "status"}
    draft = _wait_for_draft(hub_events, body["conversation_id"])
    assert draft.text == first_reply()
    sent = outbox.send_draft(draft.id, "Hola, ¿qué equipo falla?", actor="Marta")
    assert sent.status == "sent"
    messages = desk.client.get(f"/api/conversations/{body['conversation_id']}").json()["messages"]
    assert messages[-1]["text"] == "Hola, ¿qué equipo falla?"
    assert desk.chat("+56911111111", "Hola", message_id=body["message_id"]).status_code == 202


def _wait_for_draft(hub_events: EventLog, conversation_id: int) -> Message:
    # Announced twice: when the conversation is created, and when the turn stored the draft.
    hub_events.wait(events.CONVERSATION_CHANGED, 2, conversation_id=conversation_id)
    return Message.get((Message.conversation == conversation_id) & (Message.status == "draft"))


@pytest.mark.allow_log_warnings
def test_model_failure_answers_needs_human_with_a_holding_reply(desk: Desk) -> None:
    desk.ollama.respond_with(lambda body: http_error(500, "model runner crashed"))

    response = desk.chat("+56911111111", "Hola")

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "needs_human"
    assert "equipo" in body["reply"]
    conversation = desk.client.get(f"/api/conversations/{body['conversation_id']}").json()
    assert conversation["status"] == "needs_human"
    assert conversation["messages"][0]["text"] == "Hola"


def test_unknown_conversation_is_404(desk: Desk) -> None:
    response = desk.client.get("/api/conversations/999")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
