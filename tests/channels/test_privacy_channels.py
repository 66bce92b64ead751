"""Data rights on the channels: the first-reply notice, opting out, and nothing sent first after."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from tests.channels.conftest import (
    GREETING,
    Desk,
    DeskFactory,
    propose_to_the_whatsapp_customer,
    whatsapp_text,
)
from vircom_desktop.domain import booking, opt_out, privacy_notice
from vircom_desktop.domain.models import Appointment, Customer, Message

CUSTOMER = "56911111111"
PRIVACY_URL = "https://vircom.cl/privacidad"


def _until(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    """Wait for a condition the desk's workers bring about (checked, not slept on)."""
    deadline = time.monotonic() + timeout
    pause = threading.Event()
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        pause.wait(0.02)


def _handled(wamid: str) -> bool:
    message = Message.get_or_none(Message.external_id == wamid)
    return message is not None and message.status in ("answered", "needs_human")


def test_the_first_reply_ends_with_the_notice_and_later_ones_do_not(
    make_desk: DeskFactory,
) -> None:
    desk = make_desk(privacy_url=PRIVACY_URL)

    first = desk.chat("+56911111111", "Hola, se me echó a perder la lavadora").json()
    second = desk.chat("+56911111111", "¿Tienen hora el jueves?").json()

    assert first["reply"] == f"{GREETING}\n\n{privacy_notice.NOTICE} Más información: {PRIVACY_URL}"
    assert second["reply"] == GREETING


def test_on_whatsapp_the_notice_goes_once_per_customer(desk: Desk) -> None:
    desk.whatsapp(whatsapp_text(CUSTOMER, "Hola", "wamid.N1"))
    _until(lambda: _handled("wamid.N1"))
    desk.whatsapp(whatsapp_text(CUSTOMER, "¿Atienden en Maipú?", "wamid.N2"))

    first, second = desk.providers.wait_for(2)

    assert first.text.endswith(privacy_notice.NOTICE)
    assert second.text == GREETING


def test_baja_stops_messages_the_shop_starts_but_not_replies(desk: Desk) -> None:
    desk.whatsapp(whatsapp_text(CUSTOMER, "Hola, necesito una visita", "wamid.B1"))
    _until(lambda: _handled("wamid.B1"))
    customer, proposal = propose_to_the_whatsapp_customer(desk)

    desk.whatsapp(whatsapp_text(CUSTOMER, "BAJA", "wamid.B2"))
    _until(lambda: _handled("wamid.B2"))
    desk.whatsapp(whatsapp_text(CUSTOMER, "stop!!", "wamid.B3"))
    _until(lambda: _handled("wamid.B3"))
    booking.approve(proposal, actor="Dueña")  # the shop would tell the customer: not now
    desk.whatsapp(whatsapp_text(CUSTOMER, "Hola de nuevo, ¿a qué hora llegan?", "wamid.B4"))

    sent = desk.providers.wait_for(3)
    assert [s.text for s in sent[1:]] == [opt_out.CONFIRMATION, GREETING]
    assert Customer.get_by_id(customer).do_not_contact
    assert Appointment.get_by_id(proposal).status == "confirmed"
    assert not Message.select().where(Message.text.contains("quedó confirmada")).exists()


def test_without_baja_the_booking_notice_still_goes(desk: Desk) -> None:
    desk.whatsapp(whatsapp_text(CUSTOMER, "Hola", "wamid.C1"))
    desk.providers.wait_for(1)
    booking.approve(propose_to_the_whatsapp_customer(desk)[1], actor="Dueña")

    assert "quedó confirmada" in desk.providers.wait_for(2)[-1].text


def test_the_web_chat_serves_the_notice_for_under_its_input(make_desk: DeskFactory) -> None:
    desk = make_desk(privacy_url=PRIVACY_URL)

    response = desk.client.get("/api/webchat/notice")

    assert response.status_code == 200
    assert response.json() == {"text": privacy_notice.NOTICE, "url": PRIVACY_URL}
    assert b"vircom-chat-privacy" in desk.client.get("/widget.js").content
