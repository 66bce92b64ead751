"""The proposals waiting for the owner, with what the owner needs to decide on each."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from peewee import JOIN

from vircom_desktop.domain import booking, clock
from vircom_desktop.domain.models import (
    PROPOSED,
    Appointment,
    Conversation,
    Customer,
    Message,
    Service,
    Technician,
)

EXCERPT_MESSAGES = 6


@dataclass(frozen=True)
class Proposal:
    """A proposed visit with what the owner needs to decide on it (times in shop time)."""

    id: int
    customer: str
    phone: str
    address: str
    issue: str
    service: str
    technician: str
    technician_color: str
    starts_at: datetime
    ends_at: datetime
    expires_at: datetime | None
    channel: str
    excerpt: tuple[tuple[str, str], ...]  # (role, text), oldest first
    replaces: int | None = None  # the customer moved this visit here (change_appointment)


def load_proposals() -> list[Proposal]:
    """Every visit waiting for approval, soonest first."""
    rows = (
        Appointment.select(Appointment, Customer, Service, Technician, Conversation)
        .join(Customer)
        .switch(Appointment)
        .join(Service)
        .switch(Appointment)
        .join(Technician)
        .switch(Appointment)
        .join(Conversation, JOIN.LEFT_OUTER)
        .where(Appointment.status == PROPOSED)
        .order_by(Appointment.starts_at, Appointment.id)
    )
    proposals = []
    for row in rows:
        excerpt: tuple[tuple[str, str], ...] = ()
        channel = ""
        if row.conversation_id is not None:
            messages = (
                Message.select(Message.role, Message.text)
                .where((Message.conversation == row.conversation_id) & (Message.status != "draft"))
                .order_by(Message.created_at.desc(), Message.id.desc())
                .limit(EXCERPT_MESSAGES)
            )
            excerpt = tuple(reversed([(m.role, m.text) for m in messages]))
            channel = row.conversation.channel if row.conversation else ""
        proposals.append(
            Proposal(
                id=row.id,
                customer=row.customer.name,
                phone=row.customer.phone or "",
                address=row.address or row.customer.address,
                issue=row.issue,
                service=row.service.name,
                technician=row.technician.name,
                technician_color=row.technician.color,
                starts_at=clock.to_local(row.starts_at),
                ends_at=clock.to_local(row.ends_at),
                expires_at=clock.to_local(row.expires_at) if row.expires_at else None,
                channel=channel,
                excerpt=excerpt,
                replaces=row.replaces_id,
            )
        )
    return proposals


@dataclass(frozen=True)
class Decision:
    appointment_id: int
    status: str


def approve(
    appointment_id: int,
    *,
    actor: str,
    at_desk: str | None = None,
    edits: Mapping[str, str] | None = None,
) -> Decision:
    """The owner confirms a proposal (`booking.approve`: one transaction, one audit row), with
    what the visit editor changed on it (`edits`)."""
    visit = booking.approve(appointment_id, actor=actor, at_desk=at_desk, edits=edits)
    return Decision(int(visit.id), str(visit.status))


def reject(appointment_id: int, *, reason: str, actor: str, at_desk: str | None = None) -> Decision:
    """The owner turns a proposal down; the customer hears the reason."""
    visit = booking.reject(appointment_id, reason=reason, actor=actor, at_desk=at_desk)
    return Decision(int(visit.id), str(visit.status))
