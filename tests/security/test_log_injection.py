"""Class 6: nothing from outside starts a line of its own in the log: paths, headers and
customer text are written with their control characters escaped."""

from __future__ import annotations

import re
from urllib.parse import quote

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.security.conftest import Serve

RECORD_START = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} [A-Z]+ +[\w.]+: ")
FORGED = "2026-01-01 00:00:00,000 CRITICAL vircom.channels: FORGED"

controls = st.text(
    st.characters(codec="utf-8", categories=["Cc", "Zl", "Zp"]), min_size=1, max_size=5
)


def _assert_every_line_is_a_record(server: Serve) -> None:
    for line in server.log_text().splitlines():
        assert RECORD_START.match(line) or line.startswith("    | "), repr(line)
    assert "\nFORGED" not in server.log_text()


@settings(max_examples=20, deadline=None)
@given(before=controls, after=controls)
def test_control_characters_in_paths_stay_inside_their_line(
    open_server: Serve, before: str, after: str
) -> None:
    injected = before + FORGED + after
    answer = open_server.get("/api/nowhere/" + quote(injected, safe=""))
    assert answer.status == 404
    _assert_every_line_is_a_record(open_server)
    assert "FORGED" in open_server.log_text()


def test_customer_text_in_a_skipped_delivery_part_stays_inside_its_line(
    open_server: Serve,
) -> None:
    part = {"from": ["x"], "id": "wamid.log", "type": "text", "text": {"body": "a\n" + FORGED}}
    payload = {"entry": [{"changes": [{"value": {"messages": [part]}}]}]}
    assert open_server.post_whatsapp(payload).status == 200
    _assert_every_line_is_a_record(open_server)
    assert "skipped a part" in open_server.log_text()


def test_twilio_fields_in_the_log_stay_inside_their_line(open_server: Serve) -> None:
    answer = open_server.post_twilio(
        [("MessageSid", "\r\n" + FORGED), ("From", "\u2028" + FORGED), ("Body", "Hola")]
    )
    assert answer.status == 200
    _assert_every_line_is_a_record(open_server)
