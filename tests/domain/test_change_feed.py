"""The change feed names the rows other writers changed, on SQLite and on PostgreSQL."""

from __future__ import annotations

import queue
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg2
import pytest

from vircom_desktop.domain import db
from vircom_desktop.domain.change_feed import ChangeFeed, Changes, changes_from, parse_payload
from vircom_desktop.domain.models import Conversation, Customer, Message
from vircom_desktop.domain.startup import open_database

WAIT = 10.0


class Collected:
    def __init__(self) -> None:
        self.batches: queue.Queue[Changes] = queue.Queue()

    def __call__(self, changes: Changes) -> None:
        self.batches.put(changes)

    def until(self, predicate: object) -> Changes:
        """Merge batches until `predicate(merged)` holds (fails after WAIT seconds)."""
        appointments: set[int] = set()
        conversations: set[int] = set()
        while True:
            batch = self.batches.get(timeout=WAIT)
            appointments |= batch.appointments
            conversations |= batch.conversations
            merged = Changes(frozenset(appointments), frozenset(conversations), batch.everything)
            if predicate(merged):  # type: ignore[operator]
                return merged


def _conversation() -> tuple[int, int]:
    customer = Customer.create(name="Marta", phone="+56911112222", address="Los Aromos 455")
    conversation = Conversation.create(channel="api", external_id="+56911112222", customer=customer)
    message = Message.create(conversation=conversation, role="customer", text="Hola")
    return int(conversation.id), int(message.id)


@pytest.fixture
def sqlite_shop(tmp_path: Path) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'v.db'}"
    open_database(url)
    yield url
    db.close()


@contextmanager
def _feed(url: str, collected: Collected) -> Iterator[ChangeFeed]:
    feed = ChangeFeed(url, collected, poll_seconds=0.02)
    feed.start()
    try:
        assert feed.wait_ready()
        yield feed
    finally:
        feed.stop()


def test_sqlite_feed_reports_the_rows_another_connection_committed(
    sqlite_shop: str, tmp_path: Path
) -> None:
    collected = Collected()
    with _feed(sqlite_shop, collected):
        conversation_id, _ = _conversation()
        merged = collected.until(lambda c: conversation_id in c.conversations)
        assert not merged.everything
        other = sqlite3.connect(tmp_path / "v.db", isolation_level=None)
        other.execute("UPDATE conversations SET status = 'closed' WHERE id = ?", (conversation_id,))
        other.execute("DELETE FROM messages")
        other.close()
        assert conversation_id in collected.until(lambda c: bool(c.conversations)).conversations


def test_sqlite_feed_says_everything_when_it_fell_behind_the_log(
    sqlite_shop: str, tmp_path: Path
) -> None:
    _conversation()  # the log is not empty, so a gap after it can be told
    collected = Collected()
    with _feed(sqlite_shop, collected):
        other = sqlite3.connect(tmp_path / "v.db", isolation_level=None)
        other.execute("BEGIN")
        other.execute("DELETE FROM change_log")
        # 6000 entries in one commit: the oldest are pruned before the feed reads them.
        other.executemany(
            "INSERT INTO change_log (entity, row_id) VALUES ('citas', ?)",
            [(n,) for n in range(6000)],
        )
        other.execute("COMMIT")
        other.close()
        assert collected.until(lambda c: c.everything).everything


def test_postgres_feed_hears_commits_and_not_rollbacks(postgres_db_url: str) -> None:
    database = open_database(postgres_db_url)
    collected = Collected()
    try:
        with _feed(postgres_db_url, collected):
            with database.atomic() as transaction:
                Customer.create(name="No", phone="+56900000000", address="")
                Conversation.create(channel="api", external_id="x")
                transaction.rollback()
            conversation_id, _ = _conversation()
            merged = collected.until(lambda c: conversation_id in c.conversations)
            assert merged.conversations == {conversation_id}
    finally:
        db.close()


def test_postgres_feed_names_every_conversation_one_statement_changed(
    postgres_db_url: str,
) -> None:
    """The triggers run once per statement: a statement over several rows names each one."""
    database = open_database(postgres_db_url)
    collected = Collected()
    try:
        first, _ = _conversation()
        other = Conversation.create(channel="api", external_id="+56933334444")
        Message.create(conversation=other, role="customer", text="Hola")
        with _feed(postgres_db_url, collected):
            Message.update(status="answered").where(Message.role == "customer").execute()
            assert collected.until(lambda c: {first, other.id} <= c.conversations)
            with database.atomic():
                Message.delete().where(Message.conversation == other.id).execute()
                Message.create(conversation=first, role="bot", text="¡Hola!")
            assert collected.until(lambda c: {first, other.id} <= c.conversations)
    finally:
        db.close()


def test_payloads_and_batches() -> None:
    assert parse_payload("citas:12") == ("citas", 12)
    assert parse_payload("citas:") is None
    batch = changes_from([("citas", 3), ("messages", 7), ("conversations", 8)])
    assert batch.appointments == {3} and batch.conversations == {7, 8}
    assert not Changes()


@pytest.mark.allow_log_warnings
def test_postgres_feed_reconnects_and_says_everything(postgres_db_url: str) -> None:
    open_database(postgres_db_url)
    collected = Collected()
    try:
        with _feed(postgres_db_url, collected):
            admin = psycopg2.connect(postgres_db_url)
            admin.autocommit = True
            with admin.cursor() as cursor:
                cursor.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE application_name = 'vircom-desk changes'"
                )
            admin.close()
            assert collected.until(lambda c: c.everything).everything
            conversation_id, _ = _conversation()
            assert (
                conversation_id
                in collected.until(lambda c: conversation_id in c.conversations).conversations
            )
    finally:
        db.close()
