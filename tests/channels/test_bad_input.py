"""Malformed requests get a 4xx JSON error, never a 5xx, and the server stays up; access rules."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from starlette.requests import Request

from tests.channels.conftest import Desk, DeskFactory
from vircom_desktop.channels.auth import require_api_access
from vircom_desktop.channels.errors import ApiError
from vircom_desktop.channels.ratelimit import RateLimiter

JSON = {"Content-Type": "application/json"}
OK = {"from": "+56911111111", "message": "Hola"}


def _json(value: object) -> bytes:
    return json.dumps(value).encode()


MALFORMED: list[tuple[str, bytes, dict[str, str], int]] = [
    ("truncated JSON", b'{"from": "+569', JSON, 400),
    ("a JSON array", b"[1, 2]", JSON, 400),
    ("a JSON string", b'"hola"', JSON, 400),
    ("an empty body", b"", JSON, 400),
    ("missing from", _json({"message": "Hola"}), JSON, 400),
    ("missing message", _json({"from": "+56911111111"}), JSON, 400),
    ("null from", _json({"from": None, "message": "Hola"}), JSON, 400),
    ("from is a number", _json({"from": 56911111111, "message": "Hola"}), JSON, 400),
    ("message is a list", _json({"from": "+569", "message": ["Hola"]}), JSON, 400),
    ("message is empty", _json({"from": "+569", "message": ""}), JSON, 400),
    ("message is blank", _json({"from": "+569", "message": "   \n"}), JSON, 400),
    ("message too long", _json({"from": "+569", "message": "a" * 4001}), JSON, 400),
    ("NUL in message", _json({"from": "+569", "message": "a\x00b"}), JSON, 400),
    ("name is an object", _json({**OK, "name": {"first": "Juan"}}), JSON, 400),
    ("message_id is a number", _json({**OK, "message_id": 7}), JSON, 400),
    ("channel is reserved", _json({**OK, "channel": "whatsapp"}), JSON, 400),
    ("channel is not a slug", _json({**OK, "channel": "Mi Canal!"}), JSON, 400),
    ("NaN constant", b'{"from": "+569", "message": "Hola", "x": NaN}', JSON, 400),
    ("invalid UTF-8", b'{"from": "+569", "message": "\xff\xfe"}', JSON, 400),
    ("a lone surrogate", b'{"from": "+569", "message": "Hola \\ud800"}', JSON, 400),
    (
        "a lone surrogate in name",
        b'{"from": "+569", "message": "Hola", "name": "\\udfff"}',
        JSON,
        400,
    ),
    (
        "deeply nested",
        b'{"from": "+569", "message": "Hola", "x": ' + b"[" * 30_000 + b"]" * 30_000 + b"}",
        JSON,
        400,
    ),
    ("over 64 KiB", _json({**OK, "name": "x" * 70_000}), JSON, 413),
    ("text/plain", _json(OK), {"Content-Type": "text/plain"}, 415),
    ("no content type", _json(OK), {}, 415),
    (
        "form encoded",
        b"from=%2B569&message=Hola",
        {"Content-Type": "application/x-www-form-urlencoded"},
        415,
    ),
]


@pytest.mark.parametrize(
    ("body", "headers", "status"),
    [case[1:] for case in MALFORMED],
    ids=[case[0] for case in MALFORMED],
)
def test_malformed_chat_bodies_get_a_json_4xx(
    desk: Desk, body: bytes, headers: dict[str, str], status: int
) -> None:
    response = desk.client.post("/api/webhook/chat", content=body, headers=headers)

    assert response.status_code == status, response.text
    error = response.json()
    assert set(error) == {"error", "code"} and error["error"] and error["code"]
    assert desk.client.get("/api/health").status_code == 200
    assert desk.ollama.chat_requests() == []


def test_a_huge_chunked_body_is_refused_while_reading(desk: Desk) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"from": "+569", "message": "'
        for _ in range(200):
            yield b"a" * 4096
        yield b'"}'

    response = desk.client.post("/api/webhook/chat", content=chunks(), headers=JSON)

    assert response.status_code == 413
    assert response.json()["code"] == "payload_too_large"


def test_unknown_paths_and_methods_are_json_errors(desk: Desk) -> None:
    assert desk.client.get("/api/nope").json()["code"] == "not_found"
    response = desk.client.put("/api/webhook/chat", json=OK)
    assert response.status_code == 405
    assert response.json()["code"] == "method_not_allowed"
    assert desk.client.get("/api/conversations/abc").status_code == 400


@pytest.mark.parametrize("endpoint", ["/api/appointments", "/api/availability"])
@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_dates_at_the_ends_of_the_calendar_are_a_400_not_a_500(
    desk: Desk, endpoint: str, day: str
) -> None:
    response = desk.client.get(endpoint, params={"date": day})

    assert response.status_code == 400, response.text
    assert response.json()["code"] == "invalid_date"


def test_a_sender_over_its_rate_limit_gets_429(desk: Desk) -> None:
    desk.runtime.channels.sender_limit = RateLimiter(2, 60.0)

    codes = [desk.chat("+56911111111", f"mensaje {n}").status_code for n in range(3)]

    assert codes == [200, 200, 429]
    assert desk.chat("+56922222222", "otro cliente").status_code == 200


def test_a_token_is_required_when_one_is_set(make_desk: DeskFactory) -> None:
    desk = make_desk(api_token="s3cret")

    assert desk.chat("+569", "Hola").status_code == 401
    wrong = desk.client.post("/api/webhook/chat", json=OK, headers={"Authorization": "Bearer x"})
    assert wrong.status_code == 401
    assert wrong.json()["code"] == "unauthorized"
    right = desk.client.post(
        "/api/webhook/chat", json=OK, headers={"Authorization": "Bearer s3cret"}
    )
    assert right.status_code == 200
    assert desk.client.get("/api/conversations/1").status_code == 401


def test_without_a_token_proxied_requests_are_refused(desk: Desk) -> None:
    for header in ({"X-Forwarded-For": "203.0.113.9"}, {"Forwarded": "for=203.0.113.9"}):
        response = desk.client.post("/api/webhook/chat", json=OK, headers=header)
        assert response.status_code == 403
        assert response.json()["code"] == "forbidden"


def _request(client: str, headers: dict[str, str] | None = None) -> Request:
    raw = [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    return Request(
        {"type": "http", "method": "POST", "path": "/", "headers": raw, "client": (client, 5000)}
    )


def test_without_a_token_only_direct_loopback_clients_pass() -> None:
    require_api_access(_request("127.0.0.1", {"Host": "127.0.0.1:8765"}), "")
    require_api_access(_request("::1", {"Host": "[::1]:8765"}), "")
    require_api_access(_request("127.0.0.1", {"Host": "localhost"}), "")
    for request in (
        _request("203.0.113.9", {"Host": "localhost"}),
        _request("192.168.1.20", {"Host": "localhost"}),
        _request("127.0.0.1", {"Host": "localhost", "X-Real-IP": "203.0.113.9"}),
        _request("127.0.0.1", {"Host": "rebind.example.com:8765"}),
        _request("127.0.0.1"),
    ):
        with pytest.raises(ApiError) as refused:
            require_api_access(request, "")
        assert refused.value.status == 403


def test_server_survives_a_client_that_hangs_up(desk: Desk) -> None:
    with (
        httpx.Client(base_url=desk.url, timeout=0.001) as impatient,
        pytest.raises(httpx.TimeoutException),
    ):
        impatient.post("/api/webhook/chat", json=OK)
    assert desk.client.get("/api/health").status_code == 200
