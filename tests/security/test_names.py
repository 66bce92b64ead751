"""Class 9: field values match exactly (a trailing newline is not a channel name), and a retried
message id gets its stored answer even when its sender is over the rate limit."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.security.conftest import Serve

_serial = itertools.count()
channel = st.from_regex(r"[a-z][a-z0-9_-]{0,10}", fullmatch=True).filter(
    lambda name: name not in ("whatsapp", "twilio", "webchat", "desk")
)


@settings(max_examples=25, deadline=None)
@given(name=channel, tail=st.sampled_from(["\n", "\r\n", " ", "\t", "\x00", "\u2028", "Á"]))
def test_a_channel_name_with_anything_after_it_is_refused(
    open_server: Serve, name: str, tail: str
) -> None:
    answer = open_server.post_json(
        "/api/webhook/chat",
        {"from": f"sender-{next(_serial)}", "message": "Hola", "channel": name + tail},
    )
    assert answer.status == 400 and answer.json()["code"] == "invalid_field", answer


def test_a_retry_is_answered_even_over_the_rate_limit(open_server: Serve) -> None:
    sender = "+56977770000"
    first = open_server.post_json(
        "/api/webhook/chat", {"from": sender, "message": "Hola", "message_id": "retry-1"}
    )
    assert first.status == 200, first
    statuses = [
        open_server.post_json(
            "/api/webhook/chat", {"from": sender, "message": f"Mensaje {n}", "message_id": f"m{n}"}
        ).status
        for n in range(25)
    ]
    assert 429 in statuses  # the sender is over its limit now

    retry = open_server.post_json(
        "/api/webhook/chat", {"from": sender, "message": "Hola", "message_id": "retry-1"}
    )
    assert retry.status == 200
    assert retry.json() == first.json()
    assert (
        open_server.post_json(
            "/api/webhook/chat", {"from": sender, "message": "Otro", "message_id": "new"}
        ).status
        == 429
    )
