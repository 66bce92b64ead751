"""Read-only private API: appointments of a day and availability."""

from __future__ import annotations

from datetime import date
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse

from vircom_desktop.channels import serialize
from vircom_desktop.channels.errors import ApiError
from vircom_desktop.channels.http import authorize
from vircom_desktop.channels.ids import parse_id
from vircom_desktop.domain import availability, clock
from vircom_desktop.domain.models import Appointment


def parse_day(value: str | None) -> date:
    if not value:
        raise ApiError(400, "missing_date", "query parameter 'date' (YYYY-MM-DD) is required")
    try:
        day = date.fromisoformat(value)
    except ValueError as error:
        raise ApiError(
            400, "invalid_date", f"'{value}' is not a date in YYYY-MM-DD form"
        ) from error
    # The first and last days the calendar can hold have no UTC bounds in every zone.
    if not date.min < day < date.max:
        raise ApiError(400, "invalid_date", f"'{value}' is out of the calendar's range")
    return day


def _appointments_of(day: date) -> list[dict[str, Any]]:
    first, last = clock.day_bounds_utc(day)
    rows = serialize.appointments_where(
        (Appointment.starts_at >= first) & (Appointment.starts_at < last)
    )
    return [serialize.appointment(row) for row in rows]


async def appointments(request: Request) -> JSONResponse:
    authorize(request)
    day = parse_day(request.query_params.get("date"))
    return JSONResponse({"appointments": await run_in_threadpool(_appointments_of, day)})


def _slots(day: date, service_id: int | None) -> list[dict[str, Any]]:
    try:
        return [serialize.slot(slot) for slot in availability.find_slots(day, service_id)]
    except availability.AvailabilityError as error:
        status = 404 if error.code == "unknown_service" else 400
        raise ApiError(status, error.code, str(error)) from error


async def available(request: Request) -> JSONResponse:
    authorize(request)
    day = parse_day(request.query_params.get("date"))
    service_param = request.query_params.get("service")
    service_id = parse_id(service_param, "service") if service_param else None
    slots = await run_in_threadpool(_slots, day, service_id)
    return JSONResponse({"date": day.isoformat(), "slots": slots})
