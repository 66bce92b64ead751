"""Twilio WhatsApp webhook and REST sends, signatures checked as Twilio computes them."""

from __future__ import annotations

import base64

import pytest
from twilio.request_validator import RequestValidator

from tests.channels.conftest import (
    TWILIO_FROM,
    TWILIO_SID,
    TWILIO_TOKEN,
    Desk,
    DeskFactory,
    EventLog,
    first_reply,
)
from vircom_desktop import events
from vircom_desktop.channels.twilio import compute_signature, signature_valid
from vircom_desktop.domain.models import Message

CUSTOMER = "whatsapp:+56911111111"


def _message(sid: str = "SM0001", body: str = "Hola, necesito un técnico") -> dict[str, str]:
    return {
        "MessageSid": sid,
        "AccountSid": TWILIO_SID,
        "From": CUSTOMER,
        "To": TWILIO_FROM,
        "Body": body,
        "NumMedia": "0",
        "ProfileName": "Juana",
        "WaId": "56911111111",
    }


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"Body": "Hola"},
        {"Body": "¿Mañana a las 10:00? ñandú €", "From": "whatsapp:+569", "A": ""},
        {"b": "2", "a": "1", "B": "3", "_": "x y+z&w"},
    ],
)
def test_our_signature_matches_twilios_validator(params: dict[str, str]) -> None:
    url = "https://vircom.example.cl/api/webhook/twilio?x=1"
    expected = RequestValidator(TWILIO_TOKEN).compute_signature(url, params)

    assert compute_signature(TWILIO_TOKEN, url, params.items()) == expected
    assert signature_valid(TWILIO_TOKEN, url, list(params.items()), expected)
    assert not signature_valid("other", url, list(params.items()), expected)
    with_port = "https://vircom.example.cl:443/api/webhook/twilio?x=1"
    assert signature_valid(TWILIO_TOKEN, with_port, list(params.items()), expected)


def test_a_message_gets_empty_twiml_and_a_rest_reply(desk: Desk, hub_events: EventLog) -> None:
    response = desk.twilio(_message())

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/xml")
    assert response.text.endswith("<Response/>")
    [sent] = desk.providers.wait_for(1)
    assert sent.path == f"/2010-04-01/Accounts/{TWILIO_SID}/Messages.json"
    assert sent.body == {"From": TWILIO_FROM, "To": CUSTOMER, "Body": first_reply()}
    credentials = base64.b64decode(sent.headers["authorization"].split()[1]).decode()
    assert credentials == f"{TWILIO_SID}:{TWILIO_TOKEN}"
    hub_events.wait(events.MESSAGE_SENT)
    assert Message.get(Message.role == "bot").external_id == sent.provider_id


@pytest.mark.parametrize("token", ["wrong-token", ""])
def test_bad_signatures_are_refused(desk: Desk, token: str) -> None:
    if token:
        response = desk.twilio(_message(), token=token)
    else:
        response = desk.client.post("/api/webhook/twilio", data=_message())
    assert response.status_code == 403
    assert response.json()["code"] == "invalid_signature"
    assert Message.select().count() == 0


def test_a_tampered_body_is_refused(desk: Desk) -> None:
    url = f"{desk.url}/api/webhook/twilio"
    signature = RequestValidator(TWILIO_TOKEN).compute_signature(url, _message())
    response = desk.client.post(
        "/api/webhook/twilio",
        data=_message(body="otra cosa"),
        headers={"X-Twilio-Signature": signature},
    )
    assert response.status_code == 403


def test_behind_a_proxy_the_public_url_is_signed(make_desk: DeskFactory) -> None:
    desk = make_desk(public_url="https://vircom.example.cl")
    public = "https://vircom.example.cl/api/webhook/twilio"
    signature = RequestValidator(TWILIO_TOKEN).compute_signature(public, _message())

    response = desk.client.post(
        "/api/webhook/twilio", data=_message(), headers={"X-Twilio-Signature": signature}
    )
    assert response.status_code == 200
    assert desk.twilio(_message("SM0002")).status_code == 403  # signed for the local URL


def test_a_redelivered_message_sid_is_answered_once(desk: Desk) -> None:
    assert desk.twilio(_message("SM0001")).status_code == 200
    assert desk.twilio(_message("SM0001")).status_code == 200
    desk.providers.wait_for(1)
    other = {**_message("SM0002"), "From": "whatsapp:+56922222222"}
    desk.twilio(other)
    sends = desk.providers.wait_for(2)

    assert [s.to for s in sends].count(CUSTOMER) == 1
    assert Message.select().where(Message.external_id == "SM0001").count() == 1


def test_media_without_text_gets_the_text_only_reply(desk: Desk) -> None:
    media = {
        **_message(body=""),
        "NumMedia": "1",
        "MediaUrl0": "https://api.twilio.com/media/1",
        "MediaContentType0": "image/jpeg",
    }
    assert desk.twilio(media).status_code == 200
    [sent] = desk.providers.wait_for(1)
    assert "solo podemos leer mensajes de texto" in sent.text
    assert desk.ollama.chat_requests() == []


def test_wrong_content_type_is_415(desk: Desk) -> None:
    response = desk.client.post("/api/webhook/twilio", json=_message())
    assert response.status_code == 415
