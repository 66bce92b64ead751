"""Customers: one person per phone number, found and kept up to date by one rule for every caller.

The desk's visit editor and "Nuevo chat", the agent's booking tool (through
`conversations.link_customer`), the channels and the staff API meet customers through here, so
"+56 9 8765 4321", "56987654321" and "987654321" are the same person and no screen keeps a rule
of its own. The rule (`update_details`): a name on file is kept (what staff typed is not
replaced by what a model heard; a different name is only offered, `NameOffer`), the newest
address given wins, a missing phone is filled in.
"""

from __future__ import annotations

from dataclasses import dataclass

from vircom_desktop.domain.db import write_transaction
from vircom_desktop.domain.models import Customer


@dataclass(frozen=True)
class NameOffer:
    """The model heard another name than the one on file: staff may take it."""

    customer_id: int
    on_file: str
    heard: str


def phone_key(raw: str | None) -> str | None:
    """The stored form of a phone: E.164 when it reads as a number, else what was typed, trimmed."""
    if raw is None or not raw.strip():
        return None
    # Imported here: phonenumbers' metadata is a noticeable part of the desk's cold start.
    from vircom_desktop.domain.phones import normalize_phone

    return normalize_phone(raw) or raw.strip()


def by_phone(phone: str | None) -> Customer | None:
    """The (oldest) customer with this phone number, however it was written; None if none.

    Numbers stored before normalisation still match: as typed, or as WhatsApp sends them
    (E.164 without the '+').
    """
    stored = phone_key(phone)
    if phone is None or stored is None:
        return None
    forms = {stored, stored.removeprefix("+"), phone.strip()}
    return Customer.select().where(Customer.phone.in_(forms)).order_by(Customer.id).first()


def update_details(
    customer: Customer, *, name: str = "", address: str = "", phone: str | None = None
) -> None:
    """Bring a customer up to date with what we were just told; a blank never erases a value."""
    name, address = name.strip(), address.strip()
    customer.name = customer.name or name
    customer.address = address or customer.address
    if not customer.phone and phone:
        customer.phone = phone
    customer.save()


def find_or_create(phone: str | None, name: str, address: str = "") -> Customer:
    """The customer with this phone, brought up to date, or a new one (phone normalised)."""
    with write_transaction():
        customer = by_phone(phone)
        if customer is None:
            return Customer.create(
                name=name.strip(), phone=phone_key(phone), address=address.strip()
            )
        update_details(customer, name=name, address=address)
        return customer


def name_offer(customer: Customer, heard: str) -> NameOffer | None:
    """A different name the model heard for a customer who already has one."""
    heard = heard.strip()
    if not heard or not customer.name or heard.casefold() == customer.name.casefold():
        return None
    return NameOffer(int(customer.id), customer.name, heard)


def rename(customer_id: int, name: str) -> None:
    """Staff took a name (e.g. the one the bot offered)."""
    if not name.strip():
        raise ValueError("a customer's name cannot be empty")
    Customer.update(name=name.strip()).where(Customer.id == customer_id).execute()


def remember_address(customer_id: int, address: str) -> None:
    """A visit's address becomes the customer's last address; the caller holds the transaction."""
    if address.strip():
        Customer.update(address=address.strip()).where(Customer.id == customer_id).execute()
