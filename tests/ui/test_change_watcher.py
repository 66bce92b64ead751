"""Changes written by another process (no events here) reach the desk through the change watcher."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from vircom_desktop.ui import tasks
from vircom_desktop.ui.bridge import EventBridge
from vircom_desktop.ui.main_window import MainWindow
from vircom_desktop.ui.stand_in_runtime import StandInRuntime
from vircom_desktop.ui.state import UiState

from .conftest import Shop

# A visit copied from another one, as a second desk or `serve` would insert it.
COPY_VISIT = """
INSERT INTO citas (customer_id, technician_id, service_id, starts_at, ends_at, address, issue,
                   status, source, conversation_id, expires_at, approved_by, approved_at,
                   reject_reason, notes, created_at, updated_at)
SELECT customer_id, ?, service_id, starts_at, ends_at, address, 'Gotea la llave', 'proposed',
       'bot', NULL, NULL, '', NULL, '', '', created_at, updated_at
FROM citas WHERE id = ?
"""


@pytest.fixture
def other_process(shop: Shop) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection to the shop's file: writes through it publish no events."""
    connection = sqlite3.connect(shop.data_dir / "v.db", isolation_level=None)
    yield connection
    connection.close()


@pytest.fixture
def watched(qtbot: QtBot, runtime: StandInRuntime, bridge: EventBridge) -> Iterator[MainWindow]:
    main = MainWindow(
        runtime,
        bridge,
        state=UiState(Path(runtime.settings.data_dir) / "ui.ini"),
        watch_poll_seconds=0.02,
    )
    qtbot.addWidget(main)
    main.resize(1400, 900)
    main.show()
    with qtbot.waitSignal(main.agenda.loaded):
        main.start_background_checks()
    qtbot.waitUntil(lambda: tasks.pending() == 0)
    assert main.change_watcher.wait_ready()
    yield main
    main.change_watcher.stop()
    qtbot.waitUntil(lambda: tasks.pending() == 0)


def test_a_visit_inserted_by_another_process_appears_in_the_agenda_and_approvals(
    qtbot: QtBot, watched: MainWindow, shop: Shop, other_process: sqlite3.Connection
) -> None:
    original = shop.visit(shop.ana, shop.at(9))
    qtbot.waitUntil(lambda: original in watched.agenda.day_grid.visit_ids())
    cursor = other_process.execute(COPY_VISIT, (shop.beto, original))
    copied = cursor.lastrowid
    qtbot.waitUntil(lambda: copied in watched.agenda.day_grid.visit_ids())
    qtbot.waitUntil(lambda: watched.pending_label.text() == "1 aprobación pendiente")
    qtbot.waitUntil(lambda: watched.approvals.model.rowCount() == 1)


def test_a_visit_changed_by_another_process_is_refreshed(
    qtbot: QtBot, watched: MainWindow, shop: Shop, other_process: sqlite3.Connection
) -> None:
    # The feed reports the desk's own booking first: in one batch with the other process's change
    # below, the visit's id would be taken for the echo and that change skipped.
    with qtbot.waitSignal(watched.change_watcher.changes_seen):
        visit_id = shop.visit(shop.ana, shop.at(9))
    qtbot.waitUntil(lambda: visit_id in watched.agenda.day_grid.visit_ids())
    with qtbot.waitSignal(watched.change_watcher.schedule_changed):
        other_process.execute(
            "UPDATE citas SET status = 'cancelled', updated_at = datetime('now') WHERE id = ?",
            (visit_id,),
        )
    qtbot.waitUntil(lambda: visit_id not in watched.agenda.day_grid.visit_ids())


def test_a_message_from_another_process_refreshes_the_conversations(
    qtbot: QtBot, watched: MainWindow, shop: Shop, other_process: sqlite3.Connection
) -> None:
    rows = watched.conversations.model.rowCount()
    with qtbot.waitSignal(watched.change_watcher.conversations_changed):
        other_process.execute(
            "INSERT INTO conversations (channel, external_id, customer_id, status, mode,"
            " handoff_reason, unread, created_at, updated_at)"
            " VALUES ('whatsapp', '+56955556666', ?, 'open', 'auto', '', 1,"
            " datetime('now'), datetime('now'))",
            (shop.customer,),
        )
    qtbot.waitUntil(lambda: watched.conversations.model.rowCount() == rows + 1)


def test_only_the_changed_conversation_is_reported(
    qtbot: QtBot, watched: MainWindow, shop: Shop, other_process: sqlite3.Connection
) -> None:
    cursor = other_process.execute(
        "INSERT INTO conversations (channel, external_id, customer_id, status, mode,"
        " handoff_reason, unread, created_at, updated_at)"
        " VALUES ('api', 'a', ?, 'open', 'auto', '', 0, datetime('now'), datetime('now'))",
        (shop.customer,),
    )
    conversation = cursor.lastrowid
    with qtbot.waitSignal(watched.change_watcher.conversations_changed) as changed:
        other_process.execute(
            "INSERT INTO messages (conversation_id, role, text, status, error, attempts,"
            " created_at) VALUES (?, 'customer', 'Hola', 'received', '', 0, datetime('now'))",
            (conversation,),
        )
    assert changed.args == [frozenset({conversation})]


def test_changes_announced_by_local_events_do_not_reload_twice(
    qtbot: QtBot, watched: MainWindow, shop: Shop, bridge: EventBridge
) -> None:
    watcher = watched.change_watcher
    with (
        qtbot.assertNotEmitted(watcher.schedule_changed, wait=300),
        qtbot.waitSignal(watcher.changes_seen),
    ):
        shop.visit(shop.ana, shop.at(9))


def test_a_foreign_change_outside_the_visible_days_does_not_reload_the_agenda(
    qtbot: QtBot, watched: MainWindow, shop: Shop, other_process: sqlite3.Connection
) -> None:
    with (
        qtbot.waitSignal(watched.agenda.loaded),  # the local event's own reload
        qtbot.waitSignal(watched.change_watcher.changes_seen),  # its echo, in a batch of its own
    ):
        next_week = shop.visit(shop.ana, shop.at(9, days=7))
    qtbot.waitUntil(lambda: tasks.pending() == 0)
    with qtbot.waitSignal(watched.change_watcher.schedule_changed) as changed:
        other_process.execute(
            "UPDATE citas SET status = 'cancelled' WHERE id = ?",
            (next_week,),
        )
    assert changed.args == [frozenset({next_week})]
    with qtbot.assertNotEmitted(watched.agenda.loaded, wait=300):
        qtbot.waitUntil(lambda: tasks.pending() == 0)
