"""JSON shapes of domain objects, exactly as CONTRACT §4 names them, and the query behind them."""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

import peewee as pw

from vircom_desktop.domain import clock
from vircom_desktop.domain.availability import Slot
from vircom_desktop.domain.models import Appointment, Customer, Service, Technician


def iso(moment: datetime) -> str:
    """ISO 8601 with the shop's offset."""
    return clock.to_local(moment).isoformat(timespec="seconds")


def appointments_where(condition: pw.Expression) -> list[Appointment]:
    """Appointments matching `condition` in start order, with everything `appointment` reads.

    One query: serializing each row then costs no further lookups.
    """
    query = (
        Appointment.select(Appointment, Technician, Service, Customer)
        .join(Technician)
        .switch(Appointment)
        .join(Service)
        .switch(Appointment)
        .join(Customer)
        .where(condition)
        .order_by(Appointment.starts_at, Appointment.id)
    )
    return cast(list[Appointment], list(query))


def appointment(row: Appointment) -> dict[str, Any]:
    return {
        "id": row.id,
        "status": row.status,
        "starts_at": iso(row.starts_at),
        "ends_at": iso(row.ends_at),
        "technician": {"id": row.technician.id, "name": row.technician.name},
        "service": {"id": row.service.id, "name": row.service.name},
        "customer": {"id": row.customer.id, "name": row.customer.name, "phone": row.customer.phone},
        "address": row.address,
        "issue": row.issue,
        "source": row.source,
    }


def slot(value: Slot) -> dict[str, Any]:
    return {
        "start": iso(value.start),
        "end": iso(value.end),
        "technicians": [{"id": ref.id, "name": ref.name} for ref in value.technicians],
    }
