"""`GET /api/calendar.ics`: proposed and confirmed visits as an iCalendar feed for phones.

Access: the private API's check, or `?token=` with a technician's own feed token (that feed shows
only their visits). Output follows RFC 5545: UTC times, escaped text, CRLF line endings and lines
folded at 75 octets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from vircom_desktop import __version__
from vircom_desktop.channels import serialize
from vircom_desktop.channels.errors import ApiError
from vircom_desktop.channels.http import authorize
from vircom_desktop.channels.ids import parse_id
from vircom_desktop.domain import clock
from vircom_desktop.domain.models import CONFIRMED, HOLDING_STATUSES, Appointment, Technician

PAST_DAYS = 30
# What `secrets.token_urlsafe` makes; anything else (a NUL that PostgreSQL refuses...) is unknown.
_FEED_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,64}")
FUTURE_DAYS = 366


def escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> str:
    """Split a content line into 75-octet pieces (never inside a UTF-8 character)."""
    pieces: list[str] = []
    current, size, limit = "", 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            current, size, limit = " ", 1, 75
        current += char
        size += width
    pieces.append(current)
    return "\r\n".join(pieces)


def utc_stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _event(row: Appointment, stamp: str) -> list[str]:
    proposed = row.status != CONFIRMED
    summary = f"{row.service.name} — {row.customer.name or 'cliente'}"
    if proposed:
        summary += " (propuesta)"
    details = [
        f"Problema: {row.issue}",
        f"Técnico: {row.technician.name}",
        f"Cliente: {row.customer.name} {row.customer.phone or ''}".rstrip(),
    ]
    return [
        "BEGIN:VEVENT",
        f"UID:cita-{row.id}@vircom-desk",
        f"DTSTAMP:{stamp}",
        f"LAST-MODIFIED:{utc_stamp(row.updated_at)}",
        f"DTSTART:{utc_stamp(row.starts_at)}",
        f"DTEND:{utc_stamp(row.ends_at)}",
        f"SUMMARY:{escape(summary)}",
        f"LOCATION:{escape(row.address)}",
        f"DESCRIPTION:{escape(chr(10).join(details))}",
        f"STATUS:{'TENTATIVE' if proposed else 'CONFIRMED'}",
        "END:VEVENT",
    ]


def render(rows: Iterable[Appointment], name: str) -> str:
    stamp = utc_stamp(clock.now())
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//Asistencia Vircom//Vircom Desk {__version__}//ES",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape(name)}",
        "X-WR-TIMEZONE:UTC",
    ]
    for row in rows:
        lines.extend(_event(row, stamp))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def _visits(technician_id: int | None) -> list[Appointment]:
    now = clock.now()
    condition = (
        Appointment.status.in_(HOLDING_STATUSES)
        & (Appointment.starts_at >= now - timedelta(days=PAST_DAYS))
        & (Appointment.starts_at < now + timedelta(days=FUTURE_DAYS))
    )
    if technician_id is not None:
        condition &= Appointment.technician == technician_id
    return serialize.appointments_where(condition)


def _feed_for(token: str | None, technician_param: str | None) -> tuple[str, str]:
    technician_id = None if technician_param is None else parse_id(technician_param, "technician")
    if token is not None:
        owner = None
        if _FEED_TOKEN.fullmatch(token):
            owner = Technician.get_or_none(
                (Technician.feed_token == token) & Technician.feed_token.is_null(False)
            )
        if owner is None:
            raise ApiError(403, "forbidden", "unknown feed token")
        if technician_id not in (None, owner.id):
            raise ApiError(403, "forbidden", "this feed token is for another technician")
        technician_id = owner.id
    name = "Asistencia Vircom — visitas"
    if technician_id is not None:
        technician = Technician.get_or_none(Technician.id == technician_id)
        if technician is None:
            raise ApiError(404, "not_found", f"no technician with id {technician_id}")
        name = f"Visitas de {technician.name}"
    return render(_visits(technician_id), name), name


async def feed(request: Request) -> Response:
    token = request.query_params.get("token")
    if token is None:
        authorize(request)
    body, _ = await run_in_threadpool(_feed_for, token, request.query_params.get("technician"))
    return Response(
        body,
        media_type="text/calendar; charset=utf-8",
        headers={
            "Content-Disposition": 'inline; filename="vircom.ics"',
            "Cache-Control": "no-store",
        },
    )
