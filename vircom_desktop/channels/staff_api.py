"""The staff API for visits (CONTRACT §4): read, book and act on visits without the desk.

The bearer token acts for the shop: every change goes through `domain.booking` with the actor
`api`, so the same rules, audit log, events (open desks refresh) and customer notices apply as
when staff act in the app. Concurrent actions on one visit serialise in the booking's write
transaction: one wins, the other gets 409.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse

from vircom_desktop.channels import serialize
from vircom_desktop.channels.errors import ApiError
from vircom_desktop.channels.http import authorize, read_json_object, text_field
from vircom_desktop.channels.ids import parse_id
from vircom_desktop.domain import booking, clock, customers
from vircom_desktop.domain.models import (
    CONFIRMED,
    PROPOSED,
    Appointment,
    Service,
    Technician,
)

ACTOR = "api"
ACTIONS = ("confirm", "reject", "cancel", "reschedule", "complete", "no_show")
MAX_TEXT = 2000
_LOCAL_MINUTE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$")
# Booking codes that mean "not now, not in this state" rather than "bad field".
_CONFLICTS = {"slot_taken", "invalid_transition", "not_started"}


def _int_field(body: dict[str, Any], name: str, *, required: bool) -> int | None:
    """An id in the JSON body: a whole number the database can hold (400 otherwise)."""
    value = body.get(name)
    if value is None:
        if required:
            raise ApiError(400, "missing_field", f"'{name}' is required")
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ApiError(400, "invalid_field", f"'{name}' must be an id (a whole number)")
    return parse_id(value, name, code="invalid_field")


def parse_starts_at(value: Any, name: str = "starts_at") -> datetime:
    """'YYYY-MM-DDTHH:MM' in shop time, or ISO 8601 with an offset; aware."""
    if value is None:
        raise ApiError(400, "missing_field", f"'{name}' is required")
    if not isinstance(value, str) or len(value) > 40:
        raise ApiError(400, "invalid_field", f"'{name}' must be a date-time string")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        moment = None
    if moment is None or (moment.tzinfo is None and not _LOCAL_MINUTE.match(value)):
        raise ApiError(
            400,
            "invalid_field",
            f"'{name}' must be YYYY-MM-DDTHH:MM (shop time) or ISO 8601 with an offset",
        )
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=clock.shop_zone())
    return moment


def _booking_error(error: booking.BookingError) -> ApiError:
    if error.code == "not_found":
        return ApiError(404, "not_found", str(error))
    if error.code in _CONFLICTS:
        code = "slot_taken" if error.code == "slot_taken" else "invalid_transition"
        return ApiError(409, code, str(error))
    return ApiError(400, error.code, str(error))


def _view(appointment_id: int) -> dict[str, Any]:
    rows = serialize.appointments_where(Appointment.id == appointment_id)
    if not rows:
        raise ApiError(404, "not_found", f"no appointment with id {appointment_id}")
    return serialize.appointment(rows[0])


async def get_appointment(request: Request) -> JSONResponse:
    authorize(request)
    appointment_id = parse_id(
        request.path_params["appointment_id"], "appointment", code="invalid_id"
    )
    return JSONResponse(await run_in_threadpool(_view, appointment_id))


# -- POST /api/appointments ----------------------------------------------------------------------


def _parse_new(body: dict[str, Any]) -> dict[str, Any]:
    customer = body.get("customer")
    if customer is None:
        raise ApiError(400, "missing_field", "'customer' is required")
    if not isinstance(customer, dict):
        raise ApiError(400, "invalid_field", "'customer' must be an object {name, phone?}")
    name = text_field(customer, "name", required=True, max_length=200)
    phone = text_field(customer, "phone", required=False, max_length=40)
    normal_phone = None
    if phone is not None:
        normal_phone = customers.normal_phone(phone)
        if normal_phone is None:
            raise ApiError(
                400, "invalid_field", f"'customer.phone' {phone!r} is not a phone number"
            )
    status = body.get("status", CONFIRMED)
    if status not in (CONFIRMED, PROPOSED):
        raise ApiError(400, "invalid_field", "'status' must be 'confirmed' or 'proposed'")
    return {
        "name": (name or "").strip(),
        "phone": normal_phone,
        "service": _int_field(body, "service", required=True),
        "technician": _int_field(body, "technician", required=False),
        "start": parse_starts_at(body.get("starts_at")),
        "address": (text_field(body, "address", required=True, max_length=MAX_TEXT) or "").strip(),
        "issue": (text_field(body, "issue", required=True, max_length=MAX_TEXT) or "").strip(),
        "status": status,
    }


def _create(fields: dict[str, Any]) -> dict[str, Any]:
    if not Service.select().where(Service.id == fields["service"]).exists():
        raise ApiError(400, "unknown_service", f"no service with id {fields['service']}")
    technician = fields["technician"]
    if (
        technician is not None
        and not Technician.select().where(Technician.id == technician).exists()
    ):
        raise ApiError(400, "unknown_technician", f"no technician with id {technician}")
    try:
        customer = customers.find_or_create(fields["phone"], fields["name"], fields["address"])
        customer_id = int(customer.id)
        appointment = booking.create(
            booking.VisitRequest(
                customer_id=customer_id,
                service_id=fields["service"],
                start=fields["start"],
                address=fields["address"],
                issue=fields["issue"],
                technician_id=technician,
            ),
            actor=ACTOR,
            status=fields["status"],
            source="api",
        )
    except booking.BookingError as error:
        raise _booking_error(error) from error
    return _view(appointment.id)


async def create_appointment(request: Request) -> JSONResponse:
    authorize(request)
    fields = _parse_new(await read_json_object(request))
    return JSONResponse(await run_in_threadpool(_create, fields), status_code=201)


# -- POST /api/appointments/{id}/{action} --------------------------------------------------------


def _act(appointment_id: int, action: str, body: dict[str, Any]) -> dict[str, Any]:
    try:
        if action == "confirm":
            booking.approve(appointment_id, actor=ACTOR)
        elif action == "reject":
            reason = text_field(body, "reason", required=True, max_length=MAX_TEXT) or ""
            booking.reject(appointment_id, reason=reason, actor=ACTOR)
        elif action == "cancel":
            reason = text_field(body, "reason", required=False, max_length=MAX_TEXT) or ""
            booking.cancel(appointment_id, reason=reason, actor=ACTOR)
        elif action == "reschedule":
            start = parse_starts_at(body.get("starts_at"))
            technician = _int_field(body, "technician", required=False)
            if technician is not None and not Technician.get_or_none(Technician.id == technician):
                raise ApiError(400, "unknown_technician", f"no technician with id {technician}")
            booking.reschedule(appointment_id, start, actor=ACTOR, technician_id=technician)
        elif action == "complete":
            booking.complete(appointment_id, actor=ACTOR)
        else:
            booking.mark_no_show(appointment_id, actor=ACTOR)
    except booking.BookingError as error:
        raise _booking_error(error) from error
    return _view(appointment_id)


async def act(request: Request) -> JSONResponse:
    authorize(request)
    appointment_id = parse_id(
        request.path_params["appointment_id"], "appointment", code="invalid_id"
    )
    action = request.path_params["action"]
    if action not in ACTIONS:
        raise ApiError(
            404, "unknown_action", f"unknown action {action!r}; one of {', '.join(ACTIONS)}"
        )
    needs_body = action in ("reject", "reschedule")
    has_body = request.headers.get("content-length", "0") not in ("", "0") or (
        "transfer-encoding" in request.headers
    )
    body = await read_json_object(request) if needs_body or has_body else {}
    return JSONResponse(await run_in_threadpool(_act, appointment_id, action, body))
