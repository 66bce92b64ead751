"""Class 2: numbers in paths, queries and forms — other scripts' digits, superscripts, integers
too large for the database — get a 400/404 with the JSON error on every endpoint."""

from __future__ import annotations

from urllib.parse import quote

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.security.conftest import Serve
from tests.security.strategies import hostile_number

EXAMPLES = settings(max_examples=30, deadline=None)


def _q(value: str) -> str:
    return quote(value, safe="")


def _refused(answer_status: int, is_json: bool) -> bool:
    return answer_status in (400, 404) and is_json


@EXAMPLES
@given(number=hostile_number.filter(bool))
def test_conversation_ids(open_server: Serve, number: str) -> None:
    answer = open_server.get(f"/api/conversations/{_q(number)}")
    assert _refused(answer.status, answer.is_json_error()), answer


@EXAMPLES
@given(number=hostile_number.filter(bool))
def test_service_in_availability(open_server: Serve, number: str) -> None:
    answer = open_server.get(f"/api/availability?date=2026-12-01&service={_q(number)}")
    assert _refused(answer.status, answer.is_json_error()), answer


@EXAMPLES
@given(number=hostile_number.filter(bool))
def test_technician_in_the_calendar_feed(open_server: Serve, number: str) -> None:
    answer = open_server.get(f"/api/calendar.ics?technician={_q(number)}")
    assert _refused(answer.status, answer.is_json_error()), answer


@EXAMPLES
@given(number=hostile_number)
def test_after_in_web_chat_polling(open_server: Serve, number: str) -> None:
    answer = open_server.get(f"/api/webchat/messages?session=unknown&after={_q(number)}")
    assert _refused(answer.status, answer.is_json_error()), answer


@EXAMPLES
@given(number=hostile_number)
def test_twilio_num_media_is_read_or_ignored_never_a_500(open_server: Serve, number: str) -> None:
    answer = open_server.post_twilio(
        [("MessageSid", "SMnum"), ("From", "whatsapp:+56911112222"), ("NumMedia", number)]
    )
    assert answer.status == 200
    assert b"<Response/>" in answer.body


def test_the_largest_id_the_database_holds_is_a_404_and_one_more_a_400(open_server: Serve) -> None:
    assert open_server.get("/api/conversations/2147483647").status == 404
    assert open_server.get("/api/conversations/2147483648").status == 400
    assert open_server.get("/api/conversations/99999999999999999999999").status == 400


@EXAMPLES
@given(day=st.one_of(st.text(max_size=12), hostile_number).filter(bool))
def test_dates_of_any_shape_are_a_400_or_a_day(open_server: Serve, day: str) -> None:
    answer = open_server.get(f"/api/appointments?date={_q(day)}")
    assert answer.status in (200, 400), answer
    assert answer.status == 200 or answer.is_json_error()
