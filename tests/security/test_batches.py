"""Class 3: one malformed message in a signed provider delivery never loses the good ones.

Meta redelivers a batch until it gets a 200: a 500 caused by one bad message would lose the
good messages next to it for good. Each generated delivery holds two good messages around one
broken in a generated way (wrong JSON types anywhere, lone surrogates, missing fields).
"""

from __future__ import annotations

import itertools
import time
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.security.conftest import Serve

EXAMPLES = settings(max_examples=25, deadline=None)
_serial = itertools.count()

_wrong_type = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)
_lone_surrogate = st.sampled_from(["\ud800", "\udfff", "\udc80"])


def _message(sender: str, wamid: str, text: str) -> dict[str, Any]:
    return {
        "from": sender,
        "id": wamid,
        "timestamp": "1749477600",
        "type": "text",
        "text": {"body": text},
    }


@st.composite
def broken(draw: st.DrawFn, sender: str, wamid: str) -> dict[str, Any]:
    message = _message(sender, wamid, "Hola, necesito una visita")
    path = draw(st.sampled_from([("from",), ("id",), ("type",), ("text",), ("text", "body")]))
    how = draw(st.sampled_from(["wrong_type", "surrogate", "missing"]))
    parent = message
    for key in path[:-1]:
        parent = parent[key]
    key = path[-1]
    if how == "missing":
        del parent[key]
    elif how == "wrong_type":
        parent[key] = draw(_wrong_type)
    else:
        original = parent[key] if isinstance(parent[key], str) else ""
        cut = draw(st.integers(0, len(original)))
        parent[key] = original[:cut] + draw(_lone_surrogate) + original[cut:]
    return message


def _delivery(messages: list[dict[str, Any]], contacts: list[Any]) -> dict[str, Any]:
    return {
        "object": "whatsapp_business_account",
        "entry": [
            {
                "id": "WABA",
                "changes": [
                    {
                        "field": "messages",
                        "value": {
                            "messaging_product": "whatsapp",
                            "metadata": {"phone_number_id": "1234567890"},
                            "contacts": contacts,
                            "messages": messages,
                        },
                    }
                ],
            }
        ],
    }


def _stored(server: Serve, wamid: str) -> bool:
    return bool(server.rows("SELECT 1 FROM messages WHERE external_id = ?", wamid))


@EXAMPLES
@given(data=st.data(), odd_name=st.one_of(_wrong_type, _lone_surrogate))
def test_good_messages_are_stored_next_to_a_broken_one(
    open_server: Serve, data: st.DataObject, odd_name: Any
) -> None:
    n = next(_serial)
    good = [_message(f"5699000{n:04d}{i}", f"wamid.good.{n}.{i}", "Hola") for i in (1, 2)]
    bad = data.draw(broken(f"5699000{n:04d}3", f"wamid.bad.{n}"))
    contacts = [
        {"wa_id": good[0]["from"], "profile": {"name": "Ana"}},
        {"wa_id": bad.get("from"), "profile": {"name": odd_name}},
    ]
    skipped_before = open_server.log_text().count("skipped a part of a delivery")

    answer = open_server.post_whatsapp(_delivery([good[0], bad, good[1]], contacts))

    assert answer.status == 200, answer
    assert all(_stored(open_server, message["id"]) for message in good)
    # The broken one is shown to staff: stored in its conversation, or logged when it names
    # no usable sender or id.
    logged = open_server.log_text().count("skipped a part of a delivery") > skipped_before
    assert logged or _stored(open_server, f"wamid.bad.{n}")


def test_the_good_messages_are_answered(open_server: Serve, security_fakes: Any) -> None:
    _, providers = security_fakes
    good = _message("56990009991", "wamid.answered.1", "Hola")
    bad = _message("56990009992", "wamid.answered.2", "Hola\ud800")
    bad["text"] = ["not", "an", "object"]
    answer = open_server.post_whatsapp(_delivery([bad, good], []))
    assert answer.status == 200
    # The good one gets the bot's reply, the broken one the polite text-only notice.
    deadline = time.monotonic() + 30
    while not {"56990009991", "56990009992"} <= {sent.to for sent in providers.sent}:
        providers.wait_for(len(providers.sent) + 1, timeout=max(0.1, deadline - time.monotonic()))


_field_value = st.one_of(
    st.text(max_size=40),
    st.text(min_size=201, max_size=400),
    st.sampled_from(["", " ", "\x00", "whatsapp:+56911112222\n", "\x00SM1"]),
)


@EXAMPLES
@given(
    sid=_field_value,
    sender=_field_value,
    body=st.one_of(st.text(max_size=50), st.just("Hola\x00mundo")),
    name=_field_value,
    media=st.text(max_size=5),
)
def test_twilio_fields_of_any_shape_are_acknowledged(
    open_server: Serve, sid: str, sender: str, body: str, name: str, media: str
) -> None:
    params = [
        ("MessageSid", sid),
        ("From", sender),
        ("Body", body),
        ("ProfileName", name),
        ("NumMedia", media),
    ]
    answer = open_server.post_twilio(params)
    assert answer.status == 200, answer
    assert b"<Response/>" in answer.body
