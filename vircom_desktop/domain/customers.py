"""One customer per phone: found by the normalised number, named by staff before the model.

Every path that meets a customer by phone (the desk's "Nuevo chat", the visit editor, the bot's
booking) goes through `by_phone`, so "+56 9 8765 4321", "56987654321" and "987654321" are the
same person. What staff typed wins over what the model heard: a different name from the bot is
only offered (`NameOffer`), never written over the stored one.
"""

from __future__ import annotations

from dataclasses import dataclass

from vircom_desktop.domain.db import write_transaction
from vircom_desktop.domain.models import Customer
from vircom_desktop.domain.phones import normalize_phone


@dataclass(frozen=True)
class NameOffer:
    """The model heard another name than the one on file: staff may take it."""

    customer_id: int
    on_file: str
    heard: str


def by_phone(phone: str | None) -> Customer | None:
    """The customer with this phone number, however it was written; None when none or unknown."""
    e164 = normalize_phone(phone or "")
    if e164 is None:
        return None
    return Customer.select().where(Customer.phone == e164).order_by(Customer.id).first()


def find_or_create(phone: str, name: str, address: str = "") -> Customer:
    """The customer with this phone (its empty name filled in), or a new one.

    The address given becomes the customer's last address.
    """
    name, address = name.strip(), address.strip()
    with write_transaction():
        customer = by_phone(phone)
        if customer is None:
            return Customer.create(name=name, phone=normalize_phone(phone), address=address)
        if not customer.name and name:
            customer.name = name
        if address:
            customer.address = address
        customer.save()
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
