"""Class 1: header values that are not ASCII get the normal 401/403, never an exception."""

from __future__ import annotations

from urllib.parse import quote

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.security.conftest import Serve
from tests.security.strategies import header_bytes, non_ascii_header

EXAMPLES = settings(max_examples=25, deadline=None)
CHAT = b'{"from": "+56911112222", "message": "Hola"}'


@EXAMPLES
@given(secret=non_ascii_header)
def test_a_non_ascii_bearer_token_is_a_401(token_server: Serve, secret: bytes) -> None:
    answer = token_server.request(
        "GET",
        "/api/appointments?date=2026-12-01",
        headers=[(b"Authorization", b"Bearer " + secret)],
    )
    assert answer.status == 401 and answer.is_json_error()


@EXAMPLES
@given(value=st.one_of(non_ascii_header, header_bytes))
def test_any_authorization_header_is_a_401_unless_it_is_the_token(
    token_server: Serve, value: bytes
) -> None:
    answer = token_server.request(
        "POST",
        "/api/webhook/chat",
        headers=[(b"Content-Type", b"application/json"), (b"Authorization", value)],
        body=CHAT,
    )
    assert answer.status == 401 and answer.is_json_error()


@EXAMPLES
@given(signature=non_ascii_header)
def test_a_non_ascii_whatsapp_signature_is_a_401(open_server: Serve, signature: bytes) -> None:
    for header in (b"sha256=" + signature, signature):
        answer = open_server.request(
            "POST",
            "/api/webhook/whatsapp",
            headers=[(b"Content-Type", b"application/json"), (b"X-Hub-Signature-256", header)],
            body=b'{"entry": []}',
        )
        assert answer.status == 401 and answer.is_json_error()


@EXAMPLES
@given(signature=non_ascii_header)
def test_a_non_ascii_twilio_signature_is_a_403(open_server: Serve, signature: bytes) -> None:
    answer = open_server.request(
        "POST",
        "/api/webhook/twilio",
        headers=[
            (b"Content-Type", b"application/x-www-form-urlencoded"),
            (b"X-Twilio-Signature", signature),
        ],
        body=b"MessageSid=SM1&From=whatsapp%3A%2B56911112222&Body=Hola",
    )
    assert answer.status == 403 and answer.is_json_error()


@EXAMPLES
@given(origin=non_ascii_header)
def test_a_non_ascii_origin_is_a_403_for_the_web_chat(open_server: Serve, origin: bytes) -> None:
    for method, target, body in (
        ("POST", "/api/webchat/messages", b'{"message": "Hola"}'),
        ("GET", "/api/webchat/messages?session=abc", b""),
        ("OPTIONS", "/api/webchat/messages", b""),
    ):
        answer = open_server.request(
            method,
            target,
            headers=[(b"Content-Type", b"application/json"), (b"Origin", origin)],
            body=body,
        )
        assert answer.status == 403 and answer.is_json_error(), (method, answer)


@EXAMPLES
@given(token=st.text(min_size=1, max_size=20).filter(lambda t: t != "verify-me"))
def test_any_other_verify_token_is_a_403(open_server: Serve, token: str) -> None:
    target = "/api/webhook/whatsapp?hub.mode=subscribe&hub.challenge=42&hub.verify_token="
    answer = open_server.get(target + quote(token.encode("utf-8", "surrogatepass"), safe=""))
    assert answer.status == 403 and answer.is_json_error()


@EXAMPLES
@given(host=non_ascii_header)
def test_a_non_ascii_host_is_refused_by_the_private_api(open_server: Serve, host: bytes) -> None:
    answer = open_server.get("/api/appointments?date=2026-12-01", host=host)
    assert answer.status in (400, 403) and answer.is_json_error()
