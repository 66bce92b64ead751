"""Customers by phone: one person, one record, whichever door (desk, API, channel) they came in.

Phone numbers are stored as E.164 (`domain.phones`), read in the shop's country when written
without a country code, so "9 1234 5678", "+56 9 1234 5678" and WhatsApp's "56912345678" are
the same customer.
"""

from __future__ import annotations

from vircom_desktop.domain.db import write_transaction
from vircom_desktop.domain.models import Customer
from vircom_desktop.domain.phones import normalize_phone
from vircom_desktop.domain.policy import shop_profile


def shop_region() -> str:
    """The shop's country (ISO code) for numbers written without a country code."""
    return shop_profile().country


def normal_phone(raw: str) -> str | None:
    """`raw` as E.164 in the shop's region, or None when it is not a phone number."""
    return normalize_phone(raw, shop_region())


def find_or_create(phone: str | None, name: str, address: str) -> int:
    """The customer with this phone (filling in a missing name or address), or a new one.

    A number that cannot be read as a phone is kept as typed (digits and '+') rather than
    lost; it then only matches the same text.
    """
    stored = None
    if phone and phone.strip():
        stored = normal_phone(phone) or "".join(ch for ch in phone if ch.isdigit() or ch == "+")
    with write_transaction():
        customer = (
            Customer.select().where(Customer.phone == stored).order_by(Customer.id).first()
            if stored
            else None
        )
        if customer is None:
            created = Customer.create(name=name.strip(), phone=stored or None, address=address)
            return int(created.id)
        if not customer.name and name.strip():
            customer.name = name.strip()
        if not customer.address and address.strip():
            customer.address = address.strip()
        customer.save()
        return int(customer.id)
