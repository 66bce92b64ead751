"""SQLite writers of one process queue on the write gate (domain.db), never on each other's reads."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import peewee as pw
import pytest

from vircom_desktop.domain import db
from vircom_desktop.domain.models import ShopSetting
from vircom_desktop.domain.startup import open_database


@pytest.fixture
def database(tmp_path: Path) -> Iterator[pw.Database]:
    yield open_database(f"sqlite:///{tmp_path / 'gate.db'}", timezone="America/Santiago")
    db.close()


def _in_thread(work: Callable[[], object]) -> tuple[threading.Thread, list[object]]:
    """Run `work` on its own thread (and connection); the list gets its result or error."""
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(work())
        except Exception as error:
            outcome.append(error)
        finally:
            db.close()

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


def _write(key: str) -> Callable[[], object]:
    return lambda: ShopSetting.create(key=key, value={}).key


def test_a_write_waits_for_the_open_write_transaction_and_lands_after_it(
    database: pw.Database,
) -> None:
    with db.write_transaction():
        ShopSetting.create(key="first", value={})
        thread, outcome = _in_thread(_write("second"))
        assert not outcome  # it cannot write while this transaction holds the gate
    thread.join(timeout=30)

    assert outcome == ["second"]
    keys = [row.key for row in ShopSetting.select().order_by(pw.SQL("rowid"))]  # write order
    assert keys == ["first", "second"]


def test_a_transaction_that_only_reads_does_not_hold_writers_back(database: pw.Database) -> None:
    with database.atomic():
        assert not ShopSetting.select().exists()
        thread, outcome = _in_thread(_write("meanwhile"))
        thread.join(timeout=30)  # would wait forever if reading took the gate
        assert outcome == ["meanwhile"]
        assert not ShopSetting.select().exists()  # still this transaction's snapshot


def test_a_writer_kept_waiting_too_long_hears_database_is_locked(
    database: pw.Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db, "_GATE_TIMEOUT_SECONDS", 0.05)
    with db.write_transaction():
        ShopSetting.create(key="held", value={})
        thread, outcome = _in_thread(_write("late"))
        thread.join(timeout=30)

    assert len(outcome) == 1 and isinstance(outcome[0], pw.OperationalError)
    assert "database is locked" in str(outcome[0])
    assert [row.key for row in ShopSetting.select()] == ["held"]
    assert ShopSetting.create(key="after", value={}).key == "after"  # the gate was given back
