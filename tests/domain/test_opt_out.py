"""Opting out is recognised in code, whatever the accents, case and courtesy words."""

from __future__ import annotations

import pytest

from tests.domain.conftest import Shop
from vircom_desktop.domain import conversations, opt_out, privacy_notice
from vircom_desktop.domain.models import AuditLog, Conversation, Customer


@pytest.mark.parametrize(
    "text",
    [
        "BAJA",
        "baja",
        "Baja por favor",
        "STOP",
        "stop!!",
        "Stop.",
        "Hola, STOP",
        "no me envíen más mensajes",
        "No me envien mas mensajes",
        "NO ME ENVÍEN MÁS MENSAJES, GRACIAS",
        "Por favor no me manden más mensajes",
        "no me escriban más",
        "no quiero recibir más mensajes",
        "No quiero más recordatorios",
        "quiero darme de baja",
        "Denme de baja de la lista",
        "dejen de escribirme",
        "unsubscribe",
    ],
)
def test_requests_to_stop_are_recognised(text: str) -> None:
    assert opt_out.asks_to_stop(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hola, necesito una visita",
        "La lavadora no para de sonar",
        "Quiero cancelar mi visita del jueves",
        "No me envíen al técnico antes de las 10",
        "¿Pueden bajar el precio?",
        "La bajada del agua está tapada",
        "El refrigerador hace stop y arranca",
        "No me llegó el mensaje de confirmación",
    ],
)
def test_ordinary_messages_are_not_taken_for_a_stop(text: str) -> None:
    assert not opt_out.asks_to_stop(text)


def test_opting_out_marks_the_customer_once_and_staff_can_lift_it(shop: Shop) -> None:
    conversation = conversations.get_or_create("whatsapp", "56911112222")
    conversation = conversations.get(conversation.id)

    assert opt_out.record_opt_out(conversation.id) is True
    assert opt_out.record_opt_out(conversation.id) is False

    customer = Customer.get_by_id(shop.customer)  # matched by the sender's own phone
    assert customer.do_not_contact and customer.do_not_contact_at is not None
    assert not opt_out.may_contact(conversations.get(conversation.id))
    assert opt_out.set_do_not_contact(customer.id, False, actor="Dueña") is True
    assert opt_out.may_contact(conversations.get(conversation.id))
    actions = [row.action for row in AuditLog.select().order_by(AuditLog.id)]
    assert actions == ["opt_out", "opt_out_lifted"]


def test_a_sender_without_a_customer_record_gets_one_to_hold_the_mark(shop: Shop) -> None:
    conversation = conversations.get_or_create("whatsapp", "56933334444")

    assert opt_out.record_opt_out(conversation.id)

    customer = conversations.get(conversation.id).customer
    assert customer is not None and customer.do_not_contact
    assert customer.phone == "+56933334444"  # stored normalised


@pytest.mark.parametrize("database", ["shop", "pg_shop"])
def test_the_privacy_notice_is_given_once_per_customer_across_conversations(
    database: str, request: pytest.FixtureRequest
) -> None:
    shop: Shop = request.getfixturevalue(database)
    on_whatsapp = conversations.get_or_create("whatsapp", "56911112222")
    on_web = conversations.get_or_create("webchat", "session-hash")
    for conversation in (on_whatsapp, on_web):
        Conversation.update(customer=shop.customer).where(
            Conversation.id == conversation.id
        ).execute()

    first = privacy_notice.append_once(on_whatsapp.id, "Hola")
    again = privacy_notice.append_once(on_whatsapp.id, "¿Algo más?")
    elsewhere = privacy_notice.append_once(on_web.id, "Hola por la web")

    assert first == f"Hola\n\n{privacy_notice.NOTICE}"
    assert (again, elsewhere) == ("¿Algo más?", "Hola por la web")
