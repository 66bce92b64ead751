"""GET /api/calendar.ics: an RFC 5545 feed of proposed and confirmed visits."""

from __future__ import annotations

from datetime import datetime

from tests.channels.conftest import Desk, DeskFactory
from tests.fakes.shop import TUESDAY_10
from vircom_desktop.channels.calendar_feed import fold
from vircom_desktop.domain import booking
from vircom_desktop.domain.models import Customer
from vircom_desktop.domain.staff import ensure_feed_token


def _visit(desk: Desk, technician: int, start: datetime, address: str) -> int:
    customer = Customer.create(name="Rosa Díaz", phone="+56933333333")
    request = booking.VisitRequest(
        customer_id=customer.id,
        service_id=desk.shop.washer,
        start=start,
        address=address,
        issue="No centrifuga; hace ruido, y bota agua",
        technician_id=technician,
    )
    return booking.create(request, actor="Marta").id


def _lines(text: str) -> list[str]:
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")
    return text.split("\r\n")[:-1]


def test_the_feed_lists_visits_in_utc_with_escaping_and_folding(desk: Desk) -> None:
    address = "Av. Providencia 1234, depto 56; timbre malo — " + "ñ" * 60
    _visit(desk, desk.shop.ana, TUESDAY_10, address)

    response = desk.client.get("/api/calendar.ics")

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/calendar")
    lines = _lines(response.text)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert all(len(line.encode()) <= 75 for line in lines)
    unfolded = response.text.replace("\r\n ", "").split("\r\n")
    assert "DTSTART:20250610T140000Z" in unfolded  # 10:00 in Santiago (UTC-4)
    assert "DTEND:20250610T153000Z" in unfolded
    assert "STATUS:CONFIRMED" in unfolded
    location = next(line for line in unfolded if line.startswith("LOCATION:"))
    assert location == "LOCATION:" + address.replace(",", "\\,").replace(";", "\\;")
    assert unfolded.count("BEGIN:VEVENT") == 1


def test_a_technicians_token_opens_only_their_feed(make_desk: DeskFactory) -> None:
    desk = make_desk(api_token="s3cret")
    _visit(desk, desk.shop.ana, TUESDAY_10, "Casa de Ana")
    _visit(desk, desk.shop.beto, TUESDAY_10, "Casa de Beto")
    token = ensure_feed_token(desk.shop.ana)
    assert ensure_feed_token(desk.shop.ana) == token

    assert desk.client.get("/api/calendar.ics").status_code == 401
    feed = desk.client.get("/api/calendar.ics", params={"token": token})
    assert feed.status_code == 200
    assert "Casa de Ana" in feed.text and "Casa de Beto" not in feed.text
    other = desk.client.get(
        "/api/calendar.ics", params={"token": token, "technician": desk.shop.beto}
    )
    assert other.status_code == 403
    assert desk.client.get("/api/calendar.ics", params={"token": "guess"}).status_code == 403
    assert desk.client.get("/api/calendar.ics", params={"token": ""}).status_code == 403

    staff = desk.client.get(
        "/api/calendar.ics",
        params={"technician": desk.shop.beto},
        headers={"Authorization": "Bearer s3cret"},
    )
    assert "Casa de Beto" in staff.text and "Casa de Ana" not in staff.text


def test_folding_never_splits_a_character() -> None:
    folded = fold("DESCRIPTION:" + "é" * 100)
    pieces = folded.split("\r\n")
    assert all(len(piece.encode()) <= 75 for piece in pieces)
    assert "".join(p.removeprefix(" ") for p in pieces) == "DESCRIPTION:" + "é" * 100
