"""Customers: found by their phone number and kept up to date, by one rule for every caller.

The desk's visit editor and new-chat dialog, the agent's booking tool, the channels and the staff
API all go through `upsert` / `update_details`, so a customer is never duplicated by one screen
and overwritten by another's different rule.
"""

from __future__ import annotations

from vircom_desktop.domain.db import write_transaction
from vircom_desktop.domain.models import Customer


def phone_key(raw: str | None) -> str | None:
    """The stored form of a phone: E.164 when it is a phone number, else what was typed, trimmed."""
    if raw is None or not raw.strip():
        return None
    # Imported here: phonenumbers' metadata is a noticeable part of the desk's cold start.
    from vircom_desktop.domain.phones import normalize_phone

    return normalize_phone(raw) or raw.strip()


def find_by_phone(phone: str | None) -> Customer | None:
    """The oldest customer with this phone number (already in its stored form), if any."""
    if not phone:
        return None
    return Customer.select().where(Customer.phone == phone).order_by(Customer.id).first()


def update_details(
    customer: Customer, *, name: str = "", address: str = "", phone: str | None = None
) -> None:
    """What the customer just told us wins over what we had; a blank never erases a value.

    A phone is only filled in when the record has none: the phone is how a customer is found,
    so it is never replaced by a number typed later.
    """
    name, address = name.strip(), address.strip()
    customer.name = name or customer.name
    customer.address = address or customer.address
    if not customer.phone and phone:
        customer.phone = phone
    customer.save()


def upsert(*, name: str, phone: str | None = None, address: str = "") -> Customer:
    """The customer with this phone, brought up to date, or a new one (phone normalised)."""
    number = phone_key(phone)
    with write_transaction():
        customer = find_by_phone(number)
        if customer is None:
            return Customer.create(name=name.strip(), phone=number, address=address.strip())
        update_details(customer, name=name, address=address)
        return customer
