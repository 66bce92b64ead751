"""Small queries behind the desk's forms: choices for combo boxes, customers and their visits.

Reads only, returning frozen values; the writes are the domain's (`customers.find_or_create`, `booking`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import peewee as pw

from vircom_desktop.domain import clock
from vircom_desktop.domain.db import rows
from vircom_desktop.domain.models import (
    HOLDING_STATUSES,
    Appointment,
    Customer,
    Service,
    StaffUser,
    Technician,
    TechnicianService,
)


@dataclass(frozen=True)
class ServiceChoice:
    id: int
    name: str
    duration_minutes: int
    price: int


@dataclass(frozen=True)
class TechnicianChoice:
    id: int
    name: str
    service_ids: frozenset[int]


@dataclass(frozen=True)
class StaffChoice:
    """A person who can sit at the desk; `technician_id` when they are one of the technicians."""

    id: int
    name: str
    role: str
    technician_id: int | None


@dataclass(frozen=True)
class CustomerMatch:
    id: int
    name: str
    phone: str
    address: str


@dataclass(frozen=True)
class VisitDetails:
    id: int
    customer: CustomerMatch
    service_id: int
    technician_id: int
    starts_at: datetime
    ends_at: datetime
    address: str
    issue: str
    notes: str
    status: str
    source: str
    expires_at: datetime | None
    customer_confirmed_at: datetime | None = None  # the customer said they will be there


@dataclass(frozen=True)
class CustomerSummary:
    id: int
    name: str
    phone: str
    address: str
    visits: int
    last_visit: datetime | None  # the latest visit that already happened
    next_visit: datetime | None = None  # the next proposed or confirmed one
    do_not_contact: bool = False  # the customer opted out of messages the shop starts
    erased: bool = False  # personal data erased on request; only anonymous visits remain


@dataclass(frozen=True)
class CustomerVisit:
    id: int
    starts_at: datetime
    service: str
    technician: str
    status: str
    issue: str


def services() -> tuple[ServiceChoice, ...]:
    query = rows(
        Service.select(Service.id, Service.name, Service.duration_minutes, Service.price)
        .where(Service.active == True)  # noqa: E712
        .order_by(Service.name)
    )
    return tuple(ServiceChoice(*row) for row in query)


def technicians() -> tuple[TechnicianChoice, ...]:
    skills: dict[int, set[int]] = {}
    for tid, sid in rows(
        TechnicianService.select(TechnicianService.technician, TechnicianService.service)
    ):
        skills.setdefault(tid, set()).add(sid)
    query = rows(
        Technician.select(Technician.id, Technician.name)
        .where(Technician.active == True)  # noqa: E712
        .order_by(Technician.name)
    )
    return tuple(TechnicianChoice(tid, name, frozenset(skills.get(tid, ()))) for tid, name in query)


def staff_users() -> tuple[StaffChoice, ...]:
    """Active staff users, by name, each with the active technician linked to them."""
    links = rows(
        Technician.select(Technician.user, Technician.id).where(
            Technician.user.is_null(False) & (Technician.active == True)  # noqa: E712
        )
    )
    linked: dict[int, int] = dict(links)
    query = rows(
        StaffUser.select(StaffUser.id, StaffUser.name, StaffUser.role)
        .where(StaffUser.active == True)  # noqa: E712
        .order_by(StaffUser.name, StaffUser.id)
    )
    return tuple(StaffChoice(uid, name, role, linked.get(uid)) for uid, name, role in query)


def _match(customer: Customer) -> CustomerMatch:
    return CustomerMatch(customer.id, customer.name, customer.phone or "", customer.address)


def search_customers(text: str, limit: int = 20) -> tuple[CustomerMatch, ...]:
    """Customers whose name or phone contains `text` (digits are matched against the phone)."""
    text = text.strip()
    query = Customer.select().order_by(Customer.name).limit(limit)
    if text:
        condition = Customer.name.contains(text)
        digits = "".join(ch for ch in text if ch.isdigit())
        if len(digits) >= 3:
            condition |= Customer.phone.contains(digits)
        query = query.where(condition)
    return tuple(_match(customer) for customer in query)


def visit_details(visit_id: int) -> VisitDetails | None:
    visit = (
        Appointment.select(Appointment, Customer)
        .join(Customer)
        .where(Appointment.id == visit_id)
        .first()
    )
    if visit is None:
        return None
    return VisitDetails(
        visit.id,
        _match(visit.customer),
        visit.service_id,
        visit.technician_id,
        clock.to_local(visit.starts_at),
        clock.to_local(visit.ends_at),
        visit.address,
        visit.issue,
        visit.notes,
        visit.status,
        visit.source,
        clock.to_local(visit.expires_at) if visit.expires_at else None,
        clock.to_local(visit.customer_confirmed_at) if visit.customer_confirmed_at else None,
    )


def customer_summaries(text: str = "", limit: int = 500) -> tuple[CustomerSummary, ...]:
    """Customers matching `text` with how many visits they had and when the last one was."""
    visits = pw.fn.COUNT(Appointment.id)
    now = clock.now()
    happened = (Appointment.starts_at < now) & Appointment.status.not_in(NOT_HAPPENED)
    last = pw.fn.MAX(pw.Case(None, [(happened, Appointment.starts_at)], None))
    upcoming = (Appointment.starts_at >= now) & Appointment.status.in_(HOLDING_STATUSES)
    following = pw.fn.MIN(pw.Case(None, [(upcoming, Appointment.starts_at)], None))
    query = (
        Customer.select(
            Customer.id,
            Customer.name,
            Customer.phone,
            Customer.address,
            visits,
            last,
            following,
            Customer.do_not_contact,
            Customer.erased_at,
        )
        .join(Appointment, pw.JOIN.LEFT_OUTER, on=Appointment.customer == Customer.id)
        .group_by(Customer.id)
        .order_by(Customer.name)
        .limit(limit)
    )
    text = text.strip()
    if text:
        condition = Customer.name.contains(text) | Customer.address.contains(text)
        digits = "".join(ch for ch in text if ch.isdigit())
        if len(digits) >= 3:
            condition |= Customer.phone.contains(digits)
        query = query.where(condition)
    return tuple(
        CustomerSummary(
            cid,
            name,
            phone or "",
            address,
            count,
            _local(last_at),
            _local(next_at),
            bool(do_not_contact),
            erased_at is not None,
        )
        for cid, name, phone, address, count, last_at, next_at, do_not_contact, erased_at in rows(
            query
        )
    )


# A visit that was cancelled, rejected or never confirmed did not happen.
NOT_HAPPENED = ("cancelled", "rejected", "expired", "proposed")


def _local(stored: object) -> datetime | None:
    return clock.to_local(Appointment.starts_at.python_value(stored)) if stored else None


def customer_visits(customer_id: int) -> tuple[CustomerVisit, ...]:
    query = rows(
        Appointment.select(
            Appointment.id,
            Appointment.starts_at,
            Service.name,
            Technician.name,
            Appointment.status,
            Appointment.issue,
        )
        .join(Service, on=Appointment.service == Service.id)
        .switch(Appointment)
        .join(Technician, on=Appointment.technician == Technician.id)
        .where(Appointment.customer == customer_id)
        .order_by(Appointment.starts_at.desc())
    )
    return tuple(
        CustomerVisit(aid, clock.to_local(Appointment.starts_at.python_value(starts)), *rest)
        for aid, starts, *rest in query
    )
