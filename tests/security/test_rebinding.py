"""Class 4: DNS rebinding. Without an API token, the private API answers only requests whose
Host is a loopback name or the public URL's host; web chat, health and webhooks stay open."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.security.conftest import Serve
from tests.security.strategies import header_bytes

EXAMPLES = settings(max_examples=30, deadline=None)
PRIVATE = (
    "/api/appointments?date=2026-12-01",
    "/api/availability?date=2026-12-01",
    "/api/conversations/1",
    "/api/calendar.ics",
)

_label = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?", fullmatch=True)
foreign_host = st.one_of(
    st.lists(_label, min_size=2, max_size=4).map(".".join),
    st.lists(_label, min_size=1, max_size=3).map(lambda labels: ".".join([*labels, "localhost"])),
    st.ip_addresses(v=4).filter(lambda ip: not ip.is_loopback).map(str),
    st.just("localhost.evil.example"),
    st.just("127.0.0.1.nip.io"),
).filter(lambda name: name != "localhost")
port = st.one_of(st.none(), st.integers(1, 65535))


def _with_port(name: str, number: int | None) -> str:
    return name if number is None else f"{name}:{number}"


@EXAMPLES
@given(name=foreign_host, number=port, path=st.sampled_from(PRIVATE))
def test_a_foreign_host_gets_no_private_api(
    open_server: Serve, name: str, number: int | None, path: str
) -> None:
    answer = open_server.get(path, host=_with_port(name, number))
    assert answer.status == 403 and answer.json()["code"] == "host_not_allowed"


loopback_host = st.one_of(
    st.just("localhost"),
    st.just("LOCALHOST"),
    st.just("[::1]"),
    st.tuples(st.integers(0, 255), st.integers(0, 255), st.integers(0, 255)).map(
        lambda parts: "127." + ".".join(map(str, parts))
    ),
    st.just("vircom.example.cl"),  # the host of VIRCOM_PUBLIC_URL
)


@EXAMPLES
@given(name=loopback_host, number=port)
def test_loopback_names_and_the_public_host_reach_it(
    open_server: Serve, name: str, number: int | None
) -> None:
    answer = open_server.get("/api/appointments?date=2026-12-01", host=_with_port(name, number))
    assert answer.status == 200, answer


def test_no_host_at_all_is_refused(open_server: Serve) -> None:
    answer = open_server.request("GET", "/api/appointments?date=2026-12-01", host=b"")
    assert answer.status in (400, 403) and answer.is_json_error()


@EXAMPLES
@given(name=foreign_host)
def test_public_endpoints_answer_any_host(open_server: Serve, name: str) -> None:
    assert open_server.get("/api/health", host=name).status == 200
    assert open_server.get("/widget.js", host=name).status == 200


def test_with_a_token_the_token_decides(token_server: Serve) -> None:
    answer = token_server.get(
        "/api/appointments?date=2026-12-01",
        host="rebind.example.com",
        headers=[("Authorization", "Bearer s3cret-api-token")],
    )
    assert answer.status == 200


@EXAMPLES
@given(
    host=st.one_of(
        header_bytes,
        st.sampled_from([b"x:99999", b"[abc", b"[::1", b"a:b:c", b":", b"[]:80", b"h:-1"]),
    )
)
def test_any_host_header_is_answered_without_a_500(open_server: Serve, host: bytes) -> None:
    for method, target, body in (
        ("POST", "/api/webhook/twilio", b"MessageSid=SM1&From=x&Body=Hola"),
        ("POST", "/api/webchat/messages", b'{"message": "Hola"}'),
        ("GET", "/api/conversations/1", b""),
        ("GET", "/chat", b""),
    ):
        answer = open_server.request(
            method,
            target,
            host=host,
            headers=[
                ("Content-Type", "application/x-www-form-urlencoded"),
                ("Origin", "https://www.vircom.cl"),
            ],
            body=body,
        )
        assert answer.status < 500, (target, answer)
