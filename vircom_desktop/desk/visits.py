"""A visit at the desk: the editor's choices and free times, booking, saving an edit, its
lifecycle steps, and moves and resizes dragged in the agenda.

The rules stay in the domain: the customer is found or created by `customers.find_or_create`, a visit
is booked by `booking.create`, an edit is saved by one `booking.update` (moved and detailed
together, or not at all) and every status change is a function of `booking`. Nothing here hands
a database row back to a screen.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from vircom_desktop.desk.lookups import (
    ServiceChoice,
    TechnicianChoice,
    VisitDetails,
    services,
    technicians,
    visit_details,
)
from vircom_desktop.domain import availability, booking, clock, customers


@dataclass(frozen=True)
class EditorData:
    """Everything the editor shows before the user touches it; `visit` None for a new one."""

    services: tuple[ServiceChoice, ...]
    technicians: tuple[TechnicianChoice, ...]
    visit: VisitDetails | None


def editor_data(visit_id: int | None) -> EditorData:
    """The choices, and the visit being edited (None when it is gone or `visit_id` is None)."""
    visit = visit_details(visit_id) if visit_id is not None else None
    return EditorData(services(), technicians(), visit)


@dataclass(frozen=True)
class NewVisit:
    """A visit typed at the desk: an existing customer's id, or their phone and name."""

    phone: str
    name: str
    customer_id: int | None
    request: booking.VisitRequest  # its customer_id is filled in by `book`


@dataclass(frozen=True)
class Booked:
    id: int
    starts_at: datetime  # shop time


def book(new: NewVisit, actor: str) -> Booked:
    """Find or create the customer, then book the visit."""
    customer_id = new.customer_id
    if customer_id is None:
        customer = customers.find_or_create(new.phone, new.name, new.request.address)
        customer_id = int(customer.id)
    visit = booking.create(replace(new.request, customer_id=customer_id), actor=actor)
    return Booked(int(visit.id), clock.to_local(visit.starts_at))


def save(
    visit: VisitDetails,
    start: datetime,
    technician_id: int,
    service_id: int,
    details: dict[str, str],
    actor: str,
) -> None:
    """Save what the user changed in the editor, compared with the visit as it was shown."""
    moved = (start, technician_id, service_id) != (
        visit.starts_at,
        visit.technician_id,
        visit.service_id,
    )
    edited = details != {"address": visit.address, "issue": visit.issue, "notes": visit.notes}
    if not (moved or edited):
        return
    change = booking.VisitChange(
        start=start if moved else None,
        technician_id=technician_id if moved else None,
        service_id=service_id if moved else None,
        address=details["address"] if edited else None,
        issue=details["issue"] if edited else None,
        notes=details["notes"] if edited else None,
    )
    booking.update(visit.id, change, actor=actor)


def free_times(
    day: date, service_id: int, technician_id: int | None, *, editing: int | None
) -> list[availability.Slot]:
    """The free starts of `day` for the service: at the desk the booking notice does not apply,
    and the visit being edited (`editing`) does not hold its own time."""
    return availability.find_slots(
        day,
        service_id,
        technician_id=technician_id,
        enforce_notice=False,
        exclude_appointment_id=editing,
    )


def move(
    visit_id: int,
    start: datetime,
    *,
    actor: str,
    technician_id: int | None = None,
    duration: timedelta | None = None,
) -> None:
    """A visit dragged in the agenda: to a new start (and technician), or to a new length."""
    booking.reschedule(visit_id, start, actor=actor, technician_id=technician_id, duration=duration)


def complete(visit_id: int, *, actor: str, edits: Mapping[str, str]) -> None:
    """The visit was done; what the form changed (the technician's note) is saved with it."""
    booking.complete(visit_id, actor=actor, edits=edits)


def mark_no_show(visit_id: int, *, actor: str, edits: Mapping[str, str]) -> None:
    booking.mark_no_show(visit_id, actor=actor, edits=edits)


def cancel(visit_id: int, *, actor: str, reason: str, edits: Mapping[str, str]) -> None:
    booking.cancel(visit_id, actor=actor, reason=reason, edits=edits)
