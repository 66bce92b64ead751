"""WhatsApp Cloud API webhook and sends, against a fake Graph server."""

from __future__ import annotations

import json

import pytest

from tests.channels.conftest import (
    APP_SECRET,
    PHONE_NUMBER_ID,
    VERIFY_TOKEN,
    Desk,
    DeskFactory,
    EventLog,
    first_reply,
    whatsapp_payload,
    whatsapp_status,
    whatsapp_text,
)
from tests.fakes.fake_ollama import reply
from tests.fakes.fake_providers import graph_error
from vircom_desktop import events
from vircom_desktop.channels import outbox
from vircom_desktop.domain.models import Conversation, Message

CUSTOMER = "56911111111"


def _bot_messages(conversation_id: int | None = None) -> list[Message]:
    query = Message.select().where(Message.role == "bot").order_by(Message.id)
    if conversation_id is not None:
        query = query.where(Message.conversation == conversation_id)
    return list(query)


def test_verification_answers_the_challenge(desk: Desk) -> None:
    params = {
        "hub.mode": "subscribe",
        "hub.verify_token": VERIFY_TOKEN,
        "hub.challenge": "1158201444",
    }
    response = desk.client.get("/api/webhook/whatsapp", params=params)
    assert response.status_code == 200
    assert response.text == "1158201444"

    wrong = desk.client.get("/api/webhook/whatsapp", params={**params, "hub.verify_token": "no"})
    assert wrong.status_code == 403
    assert wrong.json()["code"] == "forbidden"


def test_a_text_is_acknowledged_and_answered_through_graph(desk: Desk) -> None:
    response = desk.whatsapp(whatsapp_text(CUSTOMER, "Hola, mi lavadora no centrifuga", "wamid.A1"))

    assert response.status_code == 200
    [sent] = desk.providers.wait_for(1)
    assert sent.path == f"/{PHONE_NUMBER_ID}/messages"
    assert sent.headers["authorization"] == "Bearer graph-token"
    assert sent.body == {
        "messaging_product": "whatsapp",
        "to": CUSTOMER,
        "type": "text",
        "text": {"body": first_reply()},
    }
    conversation = Conversation.get(Conversation.channel == "whatsapp")
    assert conversation.external_id == CUSTOMER
    customer = conversation.customer
    assert customer is not None
    assert (customer.name, customer.phone) == ("Juan Pérez", "+" + CUSTOMER)  # E.164


@pytest.mark.parametrize(
    "signature",
    ["", "sha256=", "sha256=deadbeef", "sha1=abc", "wrong-secret"],
)
def test_bad_signatures_are_refused(desk: Desk, signature: str) -> None:
    raw = json.dumps(whatsapp_text(CUSTOMER, "Hola", "wamid.X")).encode()
    if signature == "wrong-secret":
        response = desk.whatsapp(whatsapp_text(CUSTOMER, "Hola", "wamid.X"), secret="other")
    else:
        response = desk.client.post(
            "/api/webhook/whatsapp",
            content=raw,
            headers={"Content-Type": "application/json", "X-Hub-Signature-256": signature},
        )
    assert response.status_code == 401
    assert response.json()["code"] == "invalid_signature"
    assert Message.select().count() == 0


def test_signed_garbage_is_a_400(desk: Desk) -> None:
    import hashlib
    import hmac

    raw = b'{"entry": ['
    signature = "sha256=" + hmac.new(APP_SECRET.encode(), raw, hashlib.sha256).hexdigest()
    response = desk.client.post(
        "/api/webhook/whatsapp", content=raw, headers={"X-Hub-Signature-256": signature}
    )
    assert response.status_code == 400
    assert desk.whatsapp({"entry": "not a list"}).status_code == 200


@pytest.mark.parametrize(
    "message",
    [
        {"from": CUSTOMER, "id": "wamid.X1", "type": "text", "text": "Hola"},
        {"from": CUSTOMER, "id": "wamid.X2", "type": "button", "button": ["Sí"]},
        {"from": CUSTOMER, "id": "wamid.X3", "type": "interactive", "interactive": "Sí"},
        {
            "from": CUSTOMER,
            "id": "wamid.X4",
            "type": "interactive",
            "interactive": {"list_reply": 7},
        },
        {"from": [CUSTOMER], "id": "wamid.X5", "type": "text", "text": {"body": "Hola"}},
    ],
    ids=[
        "text-not-object",
        "button-a-list",
        "interactive-a-string",
        "reply-a-number",
        "from-a-list",
    ],
)
@pytest.mark.allow_log_warnings  # the part without a usable sender is logged for staff
def test_signed_but_oddly_shaped_messages_never_get_a_500(
    desk: Desk, message: dict[str, object]
) -> None:
    payload = whatsapp_payload(CUSTOMER, message)
    payload["entry"][0]["changes"][0]["value"]["contacts"] = [{"wa_id": [CUSTOMER], "profile": 1}]

    response = desk.whatsapp(payload)

    assert response.status_code == 200, response.text
    assert desk.whatsapp(whatsapp_text(CUSTOMER, "Hola", "wamid.OK")).status_code == 200
    desk.providers.wait_for(1)


def test_a_redelivered_message_is_answered_once(desk: Desk) -> None:
    payload = whatsapp_text(CUSTOMER, "Hola", "wamid.SAME")
    assert desk.whatsapp(payload).status_code == 200
    assert desk.whatsapp(payload).status_code == 200
    desk.providers.wait_for(1)
    # A later message from someone else is answered after any second answer would have been.
    desk.whatsapp(whatsapp_text("56922222222", "Hola", "wamid.OTHER"))
    sends = desk.providers.wait_for(2)

    assert [s.to for s in sends].count(CUSTOMER) == 1
    assert Message.select().where(Message.external_id == "wamid.SAME").count() == 1
    assert len(desk.ollama.chat_requests()) == 2


def test_status_callbacks_update_the_outgoing_message(desk: Desk, hub_events: EventLog) -> None:
    desk.whatsapp(whatsapp_text(CUSTOMER, "Hola", "wamid.A1"))
    [sent] = desk.providers.wait_for(1)
    hub_events.wait(events.MESSAGE_SENT)
    [bot] = _bot_messages()
    assert bot.external_id == sent.provider_id

    for status in ("delivered", "read", "sent"):
        assert desk.whatsapp(whatsapp_status(sent.provider_id, status)).status_code == 200
    assert Message.get_by_id(bot.id).status == "read"
    assert len(desk.ollama.chat_requests()) == 1
    assert desk.whatsapp(whatsapp_status("wamid.unknown", "read")).status_code == 200


@pytest.mark.allow_log_warnings
def test_a_failed_status_outside_the_window_is_shown_to_staff(
    desk: Desk, hub_events: EventLog
) -> None:
    desk.whatsapp(whatsapp_text(CUSTOMER, "Hola", "wamid.A1"))
    [sent] = desk.providers.wait_for(1)
    hub_events.wait(events.MESSAGE_SENT)

    error = {"code": 131047, "title": "Re-engagement message"}
    desk.whatsapp(whatsapp_status(sent.provider_id, "failed", [error]))

    [bot] = _bot_messages()
    assert bot.status == "failed"
    assert "24 hours" in bot.error
    hub_events.wait(events.OUTBOUND_FAILED, message_id=bot.id)


def test_non_text_messages_get_a_text_only_reply_without_the_model(
    desk: Desk, hub_events: EventLog
) -> None:
    image = {
        "from": CUSTOMER,
        "id": "wamid.IMG",
        "timestamp": "1749477600",
        "type": "image",
        "image": {"id": "media-1", "mime_type": "image/jpeg", "caption": "mire la fuga"},
    }
    assert desk.whatsapp(whatsapp_payload(CUSTOMER, image)).status_code == 200

    [sent] = desk.providers.wait_for(1)
    assert "solo podemos leer mensajes de texto" in sent.text
    assert desk.ollama.chat_requests() == []
    customer = Message.get(Message.external_id == "wamid.IMG")
    assert customer.text == "[una imagen] mire la fuga"
    hub_events.wait(events.MESSAGE_RECEIVED, message_id=customer.id)


def test_reactions_are_ignored(desk: Desk) -> None:
    reaction = {
        "from": CUSTOMER,
        "id": "wamid.R",
        "type": "reaction",
        "reaction": {"message_id": "wamid.A1", "emoji": "👍"},
    }
    assert desk.whatsapp(whatsapp_payload(CUSTOMER, reaction)).status_code == 200
    assert Message.select().count() == 0


def test_a_long_reply_is_split_under_4096_characters(desk: Desk) -> None:
    paragraph = "La lavadora necesita revisión del rodamiento y la correa. " * 40
    desk.ollama.respond_with(lambda body: reply((paragraph.strip() + "\n\n") * 3, chunk_size=500))
    desk.whatsapp(whatsapp_text(CUSTOMER, "¿Qué le pasa a mi lavadora?", "wamid.A1"))

    sends = desk.providers.wait_for(3)
    assert all(len(s.text) <= 4096 for s in sends)
    assert sum(len(s.text) for s in sends) >= len(paragraph.strip()) * 3
    # Cut at the paragraph breaks; the privacy notice of a first reply ends the last part.
    assert [s.text for s in sends] == [paragraph.strip()] * 2 + [first_reply(paragraph.strip())]


@pytest.mark.allow_log_warnings
def test_sends_are_retried_with_backoff(desk: Desk, hub_events: EventLog) -> None:
    desk.providers.fail_next(2, 500, graph_error(1, "An unknown error occurred"))
    desk.whatsapp(whatsapp_text(CUSTOMER, "Hola", "wamid.A1"))

    [sent] = desk.providers.wait_for(1)
    assert desk.providers.attempts == 3
    hub_events.wait(events.MESSAGE_SENT)
    [bot] = _bot_messages()
    assert (bot.status, bot.attempts, bot.external_id) == ("sent", 3, sent.provider_id)


@pytest.mark.allow_log_warnings
def test_outside_the_window_the_send_fails_clearly_and_staff_can_retry(
    desk: Desk, hub_events: EventLog
) -> None:
    desk.providers.fail_next(1, 400, graph_error(131047, "Re-engagement message"))
    desk.whatsapp(whatsapp_text(CUSTOMER, "Hola", "wamid.A1"))

    [failed] = hub_events.wait(events.OUTBOUND_FAILED)
    bot = Message.get_by_id(failed["message_id"])
    assert bot.status == "failed"
    assert "131047" in bot.error and "24 hours" in bot.error
    assert failed["conversation_id"] == bot.conversation_id
    assert failed["error"] == bot.error

    outbox.retry(bot.id)
    [sent] = desk.providers.wait_for(1)
    assert sent.text == first_reply()
    hub_events.wait(events.MESSAGE_SENT, message_id=bot.id)
    assert Message.get_by_id(bot.id).status == "sent"


@pytest.mark.allow_log_warnings
def test_outside_the_window_a_configured_template_is_sent(
    make_desk: DeskFactory, hub_events: EventLog
) -> None:
    desk = make_desk(whatsapp_template="retomar_conversacion:es_CL")
    desk.providers.fail_next(1, 400, graph_error(131047, "Re-engagement message"))
    desk.whatsapp(whatsapp_text(CUSTOMER, "Hola", "wamid.A1"))

    [template] = desk.providers.wait_for(1)
    assert template.body["type"] == "template"
    assert template.body["template"] == {
        "name": "retomar_conversacion",
        "language": {"code": "es_CL"},
    }
    [failed] = hub_events.wait(events.OUTBOUND_FAILED)
    assert "retomar_conversacion" in Message.get_by_id(failed["message_id"]).error


def test_staff_messages_go_out_through_the_outbox(desk: Desk, hub_events: EventLog) -> None:
    desk.whatsapp(whatsapp_text(CUSTOMER, "Hola", "wamid.A1"))
    desk.providers.wait_for(1)
    conversation = Conversation.get(Conversation.channel == "whatsapp")

    message = outbox.send_staff_message(
        conversation.id, "Le escribe Marta, de Vircom.", actor="Marta"
    )

    sends = desk.providers.wait_for(2)
    assert sends[-1].text == "Le escribe Marta, de Vircom."
    hub_events.wait(events.MESSAGE_SENT, message_id=message.id)
    assert Message.get_by_id(message.id).role == "staff"


def test_the_channel_is_off_while_unconfigured(make_desk: DeskFactory) -> None:
    desk = make_desk(whatsapp_token="")
    response = desk.whatsapp(whatsapp_text(CUSTOMER, "Hola", "wamid.A1"))
    assert response.status_code == 404
    assert response.json()["code"] == "channel_disabled"
