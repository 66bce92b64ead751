"""The conversation store shared by channels, the console and the agent."""

from __future__ import annotations

import threading

import pytest

from tests.fakes.shop import Shop
from vircom_desktop import events
from vircom_desktop.domain import conversations
from vircom_desktop.domain.models import Conversation, Customer


def test_get_or_create_is_one_row_per_sender_even_when_racing(db: Shop) -> None:
    start = threading.Barrier(8)
    ids: list[int] = []
    lock = threading.Lock()

    def first_message() -> None:
        start.wait()
        conversation = conversations.get_or_create("whatsapp", "+56933334444", mode="draft")
        with lock:
            ids.append(conversation.id)

    workers = [threading.Thread(target=first_message) for _ in range(8)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert len(set(ids)) == 1
    assert Conversation.select().count() == 1
    assert Conversation.get().mode == "draft"


def test_a_name_creates_the_conversations_customer_with_the_senders_phone(db: Shop) -> None:
    conversation = conversations.get_or_create("twilio", "whatsapp:+56933334444", name="Marta")
    customer = Customer.get_by_id(conversation.customer_id)
    assert (customer.name, customer.phone) == ("Marta", "+56933334444")


def test_a_web_session_id_is_not_taken_for_a_phone(db: Shop) -> None:
    conversation = conversations.get_or_create("webchat", "s-123", name="Marta")
    assert Customer.get_by_id(conversation.customer_id).phone is None


def test_a_returning_phone_links_the_existing_customer(db: Shop) -> None:
    known = Customer.create(name="Marta Díaz", phone="+56933334444", address="Av. Italia 1234")
    conversation = conversations.get_or_create("api", "+56933334444")
    customer = conversations.link_customer(conversation.id, name="Marta Díaz")
    assert customer.id == known.id
    assert customer.address == "Av. Italia 1234"


def test_messages_are_stored_counted_and_announced(db: Shop) -> None:
    conversation = conversations.get_or_create("api", "+56933334444")
    received: list[dict[str, object]] = []
    unsubscribe = events.hub.subscribe(events.MESSAGE_RECEIVED, lambda **kw: received.append(kw))
    try:
        message = conversations.add_message(
            conversation.id, "customer", "Hola", status="received", external_id="m1"
        )
        conversations.add_message(
            conversation.id, "bot", "¡Hola!", status="sent", reply_to=message.id
        )
    finally:
        unsubscribe()
    assert received == [{"conversation_id": conversation.id, "message_id": message.id}]
    assert conversations.get(conversation.id).unread == 1
    assert conversations.find_message(conversation.id, "m1") == message
    assert [m.text for m in conversations.history(conversation.id)] == ["Hola", "¡Hola!"]
    assert [m.text for m in conversations.history(conversation.id, limit=1)] == ["¡Hola!"]
    conversations.mark_read(conversation.id)
    assert conversations.get(conversation.id).unread == 0


def test_the_same_external_id_is_never_stored_twice(db: Shop) -> None:
    conversation = conversations.get_or_create("api", "+56933334444")
    first = conversations.add_message(
        conversation.id, "customer", "Hola", status="received", external_id="m1"
    )
    with pytest.raises(conversations.DuplicateMessage) as raised:
        conversations.add_message(
            conversation.id, "customer", "Hola", status="received", external_id="m1"
        )
    assert raised.value.existing == first
    assert len(conversations.history(conversation.id)) == 1


def test_status_and_mode_changes_are_validated_and_announced(db: Shop) -> None:
    conversation = conversations.get_or_create("api", "+56933334444")
    changes: list[dict[str, object]] = []
    unsubscribe = events.hub.subscribe(events.CONVERSATION_CHANGED, lambda **kw: changes.append(kw))
    try:
        conversations.set_status(conversation.id, "needs_human", "Ollama no responde")
        conversations.set_status(conversation.id, "open")
        conversations.set_mode(conversation.id, "manual")
    finally:
        unsubscribe()
    assert [c["status"] for c in changes] == ["needs_human", "open", "open"]
    assert conversations.get(conversation.id).handoff_reason == ""
    with pytest.raises(conversations.ConversationError):
        conversations.set_status(conversation.id, "archived")
    with pytest.raises(conversations.ConversationError):
        conversations.set_mode(conversation.id, "robot")


def test_a_whatsapp_sender_without_plus_links_the_customer_stored_in_e164(db: Shop) -> None:
    known = Customer.create(name="Marta Díaz", phone="+56933334444")
    conversation = conversations.get_or_create("whatsapp", "56933334444")
    customer = conversations.link_customer(conversation.id, name="Ana Pérez", address="Calle 3")
    assert customer.id == known.id
    assert customer.name == "Marta Díaz"  # the model's name never replaces the one on file
    assert Customer.select().where(Customer.phone == "+56933334444").count() == 1


def test_a_profile_name_does_not_rename_a_known_customer(db: Shop) -> None:
    known = Customer.create(name="Marta Díaz", phone="+56933334444")
    conversation = conversations.get_or_create("api", "+56933334444", name="Martita")
    assert conversation.customer_id == known.id
    assert Customer.get_by_id(known.id).name == "Marta Díaz"
