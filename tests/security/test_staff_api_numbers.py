"""Class 2 for the staff API: hostile numbers in its paths and bodies are a JSON 400/404."""

from __future__ import annotations

import json
import re
from urllib.parse import quote

from hypothesis import given, settings

from tests.security.conftest import Serve
from tests.security.strategies import hostile_number

EXAMPLES = settings(max_examples=30, deadline=None)
_ASCII_INT = re.compile(r"-?[0-9]+")


@EXAMPLES
@given(number=hostile_number.filter(bool))
def test_appointment_ids_in_paths(open_server: Serve, number: str) -> None:
    for answer in (
        open_server.get(f"/api/appointments/{quote(number, safe='')}"),
        open_server.post_json(f"/api/appointments/{quote(number, safe='')}/cancel", {}),
    ):
        assert answer.status in (400, 404) and answer.is_json_error(), answer


@EXAMPLES
@given(number=hostile_number)
def test_service_and_technician_ids_in_the_body(open_server: Serve, number: str) -> None:
    for field in ("service", "technician"):
        value: object = int(number) if _ASCII_INT.fullmatch(number) else number
        body = {
            "customer": {"name": "Juan"},
            "service": 1,
            "starts_at": "2030-01-07T10:00",
            "address": "Calle 1",
            "issue": "Revisión",
            field: value,
        }
        answer = open_server.post_json("/api/appointments", body)
        assert answer.status in (400, 404, 409) and answer.is_json_error(), (field, answer)
        assert json.loads(answer.body)["code"]
