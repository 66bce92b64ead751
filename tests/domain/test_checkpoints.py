"""SQLite's log is checked into the database file by a thread of its own, not inside commits."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from vircom_desktop.domain import checkpoints, db

_ROW = "x" * 4000  # about a page


def _checkpointing() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "sqlite-checkpoints" and t.is_alive()]


def test_commits_leave_the_log_to_the_checkpoint_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(checkpoints, "CHECKPOINT_SECONDS", 60.0)  # not before close
    path = tmp_path / "vircom.db"
    database = db.connect(f"sqlite:///{path}")
    database.execute_sql("CREATE TABLE notes (text TEXT)")
    before = path.stat().st_size

    for _ in range(12):  # 1,200 pages: SQLite's own checkpoint would run inside a commit
        with db.write_transaction():
            for _ in range(100):
                database.execute_sql("INSERT INTO notes (text) VALUES (?)", (_ROW,))

    assert path.stat().st_size == before  # all of it still in the log
    db.close()
    assert path.stat().st_size > before + 1_000 * 4096  # checked in at close


def test_a_write_after_close_starts_the_checkpoint_thread_again(tmp_path: Path) -> None:
    others = set(_checkpointing())  # of databases other tests left open
    database = db.connect(f"sqlite:///{tmp_path / 'vircom.db'}")
    database.execute_sql("CREATE TABLE notes (text TEXT)")
    [first] = set(_checkpointing()) - others
    db.close()
    assert not first.is_alive()

    database.execute_sql("INSERT INTO notes (text) VALUES ('again')")
    [second] = set(_checkpointing()) - others
    db.close()
    assert not second.is_alive()
