"""A turn that outlives its lease keeps it: the queue renews the leases of the turns in progress."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import psycopg2
import pytest

from tests.conftest import FreezeClock
from tests.fakes.shop import NOW, ZONE
from vircom_desktop.channels.queue import Batch, InboundQueue
from vircom_desktop.domain import conversations, db
from vircom_desktop.domain.models import Message
from vircom_desktop.domain.startup import open_database


class _SlowTurn:
    """A turn that lasts until the test lets it end."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.release = threading.Event()

    def handle(self, batch: Batch) -> None:
        self.started.set()
        assert self.release.wait(30), "the test never ended the turn"

    def give_up(self, batch: Batch, reason: str) -> None:
        raise AssertionError(f"the turn was given up: {reason}")


class _Renewals:
    """Wakes the test whenever the queue's renewer has pushed back leases, so it waits on that
    (the renewals themselves are read from the database)."""

    def __init__(self, run_fixed: Callable[..., Any]) -> None:
        self._run_fixed = run_fixed
        self._ran = threading.Condition()

    def run_fixed(self, sql: str, *params: Any) -> Any:
        cursor = self._run_fixed(sql, *params)
        if sql.startswith("UPDATE messages SET next_attempt_at"):  # only renewals write it
            with self._ran:
                self._ran.notify_all()
        return cursor

    def wait_until(self, condition: Callable[[], bool], failure: str) -> None:
        with self._ran:
            assert self._ran.wait_for(condition, timeout=5), failure


@pytest.fixture
def renewals(monkeypatch: pytest.MonkeyPatch) -> _Renewals:
    """The queue's statements run as before, and renewals are announced to the test."""
    renewals = _Renewals(db.run_fixed)
    monkeypatch.setattr(db, "run_fixed", renewals.run_fixed)
    return renewals


@pytest.fixture
def waiting(tmp_path: Path, frozen_clock: FreezeClock) -> Iterator[Message]:
    frozen_clock(NOW)
    open_database(f"sqlite:///{tmp_path / 'vircom.db'}", timezone=ZONE)
    conversation = conversations.get_or_create("whatsapp", "56911111111")
    yield conversations.add_message(conversation.id, "customer", "Hola", status="received")
    db.close()


def _lease(message: Message) -> datetime | None:
    return Message.get_by_id(message.id).next_attempt_at


def test_a_long_turn_keeps_its_lease_and_the_queue_stops_when_it_ends(
    waiting: Message, renewals: _Renewals
) -> None:
    turn = _SlowTurn()
    inbound = InboundQueue(turn, lease_seconds=0.3)
    inbound.start()
    assert turn.started.wait(10), "the waiting message was not claimed"
    first = _lease(waiting)
    assert first is not None

    renewals.wait_until(lambda: (_lease(waiting) or first) > first, "the lease was not renewed")
    renewed = _lease(waiting)
    assert renewed is not None
    renewals.wait_until(
        lambda: (_lease(waiting) or renewed) > renewed, "the lease was renewed only once"
    )

    stopping = threading.Thread(target=inbound.stop)
    stopping.start()
    stopping.join(0.5)
    assert stopping.is_alive(), "the queue stopped before its turn in progress ended"
    turn.release.set()
    stopping.join(10)
    assert not stopping.is_alive(), "the queue did not stop after its last turn ended"
    assert Message.get_by_id(waiting.id).status == "processing"  # this runner finishes nothing


@pytest.fixture
def two_waiting_on_postgres(
    postgres_db_url: str, frozen_clock: FreezeClock
) -> Iterator[tuple[str, list[Message]]]:
    frozen_clock(NOW)
    open_database(postgres_db_url, timezone=ZONE)
    conversation = conversations.get_or_create("whatsapp", "56911111111")
    messages = [
        conversations.add_message(conversation.id, "customer", text, status="received")
        for text in ("Hola", "¿Pueden venir hoy?")
    ]
    yield postgres_db_url, messages
    db.close()


def test_renewing_does_not_wait_for_a_turn_committing_on_postgres(
    two_waiting_on_postgres: tuple[str, list[Message]], renewals: _Renewals
) -> None:
    """A turn's commit holding some of the rows (it is finishing them) does not hold up the
    others' renewal: the two updates, taking rows in different orders, could deadlock."""
    url, (held, other) = two_waiting_on_postgres
    turn = _SlowTurn()
    inbound = InboundQueue(turn, lease_seconds=0.3)
    inbound.start()
    committing = psycopg2.connect(url)
    try:
        assert turn.started.wait(10), "the waiting messages were not claimed"
        first = _lease(other)
        assert first is not None
        with committing.cursor() as cursor:  # a commit in progress has locked one row
            cursor.execute("SELECT id FROM messages WHERE id = %s FOR UPDATE", (held.id,))
        renewals.wait_until(
            lambda: (_lease(other) or first) > first, "renewal waited for the locked row"
        )
    finally:
        committing.rollback()
        committing.close()
        turn.release.set()
        inbound.stop()
