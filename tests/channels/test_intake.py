"""The acknowledge path: concurrent deliveries committed together, once each, in order."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from tests.channels.conftest import Desk, whatsapp_text
from vircom_desktop.domain.models import Conversation, Customer, Message

SENDERS = [f"5694444{n:04d}" for n in range(8)]
PER_SENDER = 6


def _deliver_in_turn(desk: Desk, sender: str) -> list[int]:
    """One sender's messages, each acknowledged before the next is sent (twice each)."""
    statuses = []
    for n in range(PER_SENDER):
        payload = whatsapp_text(sender, f"mensaje {n}", f"wamid.{sender}-{n}")
        statuses += [desk.whatsapp(payload).status_code, desk.whatsapp(payload).status_code]
    return statuses


def test_concurrent_senders_are_stored_once_each_in_the_order_they_wrote(desk: Desk) -> None:
    known = Customer.create(name="", phone="+" + SENDERS[0], address="Av. Matta 500")

    with ThreadPoolExecutor(len(SENDERS)) as pool:
        statuses = [
            s for batch in pool.map(lambda s: _deliver_in_turn(desk, s), SENDERS) for s in batch
        ]

    assert set(statuses) == {200}
    for sender in SENDERS:
        [conversation] = Conversation.select().where(Conversation.external_id == sender)
        stored = [
            m.external_id
            for m in Message.select()
            .where((Message.conversation == conversation.id) & (Message.role == "customer"))
            .order_by(Message.id)
        ]
        assert stored == [f"wamid.{sender}-{n}" for n in range(PER_SENDER)]
        assert conversation.customer_id is not None
    # A sender already known by phone (stored as E.164) is linked to that customer, and named
    # by WhatsApp.
    [first] = Conversation.select().where(Conversation.external_id == SENDERS[0])
    assert first.customer_id == known.id
    customer = Customer.get_by_id(known.id)
    assert (customer.name, customer.address) == ("Juan Pérez", "Av. Matta 500")
    phones = ["+" + sender for sender in SENDERS]
    assert Customer.select().where(Customer.phone.in_(phones)).count() == len(SENDERS)


def test_a_delivery_during_shutdown_is_refused_with_503_for_the_provider_to_retry(
    desk: Desk,
) -> None:
    desk.runtime.channels.intake.stop()
    response = desk.whatsapp(whatsapp_text(SENDERS[0], "hola", "wamid.late"))
    assert response.status_code == 503
    assert response.json()["code"] == "shutting_down"
    assert not Message.select().where(Message.external_id == "wamid.late").exists()
