"""A customer is one record whichever way their phone number was written or which door they used."""

from __future__ import annotations

from tests.domain.conftest import Shop
from vircom_desktop.domain import conversations, customers, policy
from vircom_desktop.domain.models import Customer


def test_the_desk_the_api_and_the_channels_find_the_same_customer(shop: Shop) -> None:
    at_the_desk = customers.find_or_create("9 1234 5678", "Juan Pérez", "Los Leones 123").id
    assert customers.find_or_create("+56 9 1234 5678", "Juan", "").id == at_the_desk
    assert Customer.get_by_id(at_the_desk).phone == "+56912345678"

    whatsapp = conversations.get_or_create("whatsapp", "56912345678", name="Juan")
    twilio = conversations.get_or_create("twilio", "whatsapp:+56912345678", name="Juan")
    assert whatsapp.customer_id == twilio.customer_id == at_the_desk
    assert Customer.select().where(Customer.phone == "+56912345678").count() == 1


def test_the_shops_country_reads_local_numbers(shop: Shop) -> None:
    policy.save(policy.ShopProfile(name="Taller", country="AR"))
    customer = customers.find_or_create("011 2345-6789", "Ana", "")
    assert customer.phone == "+541123456789"


def test_a_web_chat_session_is_not_a_phone(shop: Shop) -> None:
    conversation = conversations.get_or_create("webchat", "56912345678")
    assert conversations.sender_phone(conversation) is None
