"""The staff API against a real `serve` process on the demo shop, as an integration calls it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest

from tests.fixtures.app_process import clean_env, start_serve


@pytest.fixture
def api(data_dir: Path) -> Iterator[httpx.Client]:
    app = start_serve(data_dir, "--demo", env=clean_env(VIRCOM_API_TOKEN="token-de-prueba"))
    headers = {"Authorization": "Bearer token-de-prueba"}
    with httpx.Client(base_url=app.url, headers=headers, timeout=30) as client:
        yield client
    assert app.stop(timeout=30) == 0


def _free_slot(api: httpx.Client) -> tuple[str, int]:
    """The first free start (and a technician free then) in the coming days."""
    for offset in range(2, 12):
        day = (date.today() + timedelta(days=offset)).isoformat()
        slots = api.get("/api/availability", params={"date": day, "service": 1}).json()["slots"]
        if slots:
            return slots[0]["start"], slots[0]["technicians"][0]["id"]
    raise AssertionError("the demo shop has no free time in ten days")


def test_an_integration_books_moves_and_cancels_a_visit(api: httpx.Client) -> None:
    start, technician = _free_slot(api)
    body = {
        "customer": {"name": "Integración", "phone": "+56 9 5555 1234"},
        "service": 1,
        "starts_at": start,
        "technician": technician,
        "address": "Av. Providencia 1234",
        "issue": "Revisión",
    }
    created = api.post("/api/appointments", json=body)
    assert created.status_code == 201, created.text
    visit = created.json()
    assert (visit["status"], visit["source"], visit["starts_at"]) == ("confirmed", "api", start)

    taken = api.post("/api/appointments", json=body)
    assert (taken.status_code, taken.json()["code"]) == (409, "slot_taken")
    assert api.post("/api/appointments", json={"service": 1}).status_code == 400

    assert api.get(f"/api/appointments/{visit['id']}").json() == visit
    cancelled = api.post(f"/api/appointments/{visit['id']}/cancel", json={"reason": "prueba"})
    assert cancelled.json()["status"] == "cancelled"
    again = api.post(f"/api/appointments/{visit['id']}/cancel")
    assert (again.status_code, again.json()["code"]) == (409, "invalid_transition")
    assert api.get("/api/appointments/99999").status_code == 404
