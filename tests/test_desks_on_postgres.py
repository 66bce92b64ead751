"""Several desks and a VPS on one PostgreSQL schedule: they see each other's changes, and race
for the same slot safely (issue 14)."""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import psycopg2
import pytest
from pytestqt.qtbot import QtBot

from tests.fakes.fake_ollama import FakeOllama, Step, reply, tool_call
from tests.fixtures.app_process import Listening, clean_env, start_serve
from tests.fixtures.shared_schedule import ZONE, desk_runtime, seed_visit_today
from vircom_desktop.domain import clock, db
from vircom_desktop.domain.models import (
    HOLDING_STATUSES,
    Appointment,
)
from vircom_desktop.domain.startup import open_database
from vircom_desktop.ui import tasks
from vircom_desktop.ui.bridge import EventBridge
from vircom_desktop.ui.main_window import MainWindow
from vircom_desktop.ui.state import UiState


def _seed(url: str) -> int:
    """`seed_visit_today` with the clock frozen at 08:00 today (call `clock.freeze(None)` after)."""
    clock.freeze(datetime.now(ZoneInfo(ZONE)).replace(hour=8, minute=0, second=0, microsecond=0))
    return seed_visit_today(url)


def post(served: Listening, path: str, body: dict[str, Any]) -> dict[str, Any]:
    request = urllib.request.Request(
        served.url + path,
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return dict(json.loads(response.read()))


@pytest.fixture
def serving(tmp_path: Path) -> Iterator[Any]:
    started: list[Listening] = []

    def start(name: str, database_url: str, ollama_url: str) -> Listening:
        env = clean_env(
            VIRCOM_DATABASE_URL=database_url,
            VIRCOM_OLLAMA_URL=ollama_url,
            VIRCOM_TIMEZONE=ZONE,
        )
        served = start_serve(tmp_path / name, env=env)
        started.append(served)
        return served

    yield start
    for served in started:
        served.stop()


def _book_the_same_slot(day: str) -> Any:
    def respond(body: dict[str, Any]) -> Step:
        if body["messages"][-1]["role"] == "tool":
            return reply("Gracias, quedó registrada su solicitud.")
        return tool_call(
            "book_appointment",
            {
                "client_data": {"name": "Cliente Apurado", "address": "Av. Matta 500"},
                "date": f"{day}T11:00",
                "issue": "La lavadora no centrifuga",
                "service": "Reparación de lavadora",
            },
        )

    return respond


def test_racing_bookings_through_two_servers_give_the_slot_once(
    postgres_db_url: str, serving: Any
) -> None:
    _seed(postgres_db_url)
    clock.freeze(None)
    db.close()
    day = (clock.today() + timedelta(days=3)).isoformat()
    ollama = FakeOllama().start()
    try:
        ollama.respond_with(_book_the_same_slot(day))
        desks = [serving(name, postgres_db_url, ollama.url) for name in ("mostrador", "vps")]

        def ask(number: int) -> dict[str, Any]:
            desk = desks[number % 2]
            return post(
                desk,
                "/api/webhook/chat",
                {"from": f"+5699000{number:04d}", "message": f"Quiero una visita el {day} 11:00"},
            )

        with ThreadPoolExecutor(6) as pool:
            answers = list(pool.map(ask, range(6)))
    finally:
        ollama.stop()
    booked = [answer["appointment"] for answer in answers if answer.get("appointment")]
    assert len(booked) == 1
    open_database(postgres_db_url, timezone=ZONE)
    try:
        holding = Appointment.select().where(Appointment.status.in_(HOLDING_STATUSES))
        assert holding.count() == 2  # today's visit and the one booked
    finally:
        db.close()


def test_a_desk_shows_what_a_server_and_another_desk_change(
    qtbot: QtBot, tmp_path: Path, postgres_db_url: str, serving: Any
) -> None:
    visit = _seed(postgres_db_url)
    bridge = EventBridge()
    window = MainWindow(
        desk_runtime(tmp_path, postgres_db_url), bridge, state=UiState(tmp_path / "ui.ini")
    )
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    try:
        with qtbot.waitSignal(window.agenda.loaded):
            window.start_background_checks()
        qtbot.waitUntil(lambda: visit in window.agenda.day_grid.visit_ids())
        assert window.change_watcher.wait_ready()

        # Another desk cancels the visit: it leaves this desk's agenda.
        other_desk = psycopg2.connect(postgres_db_url)
        other_desk.autocommit = True
        with other_desk.cursor() as cursor:
            cursor.execute("UPDATE citas SET status = 'cancelled' WHERE id = %s", (visit,))
        other_desk.close()
        qtbot.waitUntil(lambda: visit not in window.agenda.day_grid.visit_ids())

        # A customer writes to the VPS (its model is down): the conversation shows up here.
        vps = serving("vps", postgres_db_url, "http://127.0.0.1:9")
        rows = window.conversations.model.rowCount()
        with qtbot.waitSignal(window.change_watcher.conversations_changed, timeout=15_000):
            answer = post(vps, "/api/webhook/chat", {"from": "+56977778888", "message": "Hola"})
        assert answer["status"] == "needs_human"
        qtbot.waitUntil(lambda: window.conversations.model.rowCount() == rows + 1)
    finally:
        window.change_watcher.stop()
        qtbot.waitUntil(lambda: tasks.pending() == 0)
        tasks.pool().waitForDone(5000)
        bridge.close()
        clock.freeze(None)
        db.close()
