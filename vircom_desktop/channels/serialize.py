"""JSON shapes of domain objects, exactly as CONTRACT §4 names them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from vircom_desktop.domain import clock
from vircom_desktop.domain.availability import Slot
from vircom_desktop.domain.models import Appointment


def iso(moment: datetime) -> str:
    """ISO 8601 with the shop's offset."""
    return clock.to_local(moment).isoformat(timespec="seconds")


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
