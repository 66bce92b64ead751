"""Consistent online backups of the SQLite database, and restoring one safely."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from vircom_desktop.config import Settings
from vircom_desktop.domain.db import sqlite_path
from vircom_desktop.instance import InstanceLock, InstanceRunning
from vircom_desktop.private_files import create_private_file, make_private, private_dir


class BackupError(RuntimeError):
    """A backup or restore that cannot be done; the message says why."""


def _database_file(settings: Settings) -> Path:
    path = sqlite_path(settings.database_url)
    if path is None:
        raise BackupError(
            "backup and restore cover SQLite; for PostgreSQL use pg_dump / pg_restore"
        )
    return path


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def backup(settings: Settings, target: Path | None = None) -> Path:
    """Copy the live database with SQLite's online backup API (safe while desks write)."""
    source = _database_file(settings)
    if not source.exists():
        raise BackupError(f"no database at {source} yet")
    if target is None:
        target = private_dir(settings.data_dir / "backups") / f"vircom-{_stamp()}.db"
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        raise BackupError(f"{target} already exists; choose another file")
    create_private_file(target)  # a copy of customers' data, wherever it goes
    with sqlite3.connect(source) as live, sqlite3.connect(target) as copy:
        live.execute("PRAGMA busy_timeout = 30000")
        live.backup(copy)
    copy_check(target)
    return target


def copy_check(path: Path) -> None:
    """Raise BackupError unless `path` is an intact Vircom Desk database."""
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            (result,) = conn.execute("PRAGMA integrity_check").fetchone()
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as error:
        raise BackupError(f"{path} is not a SQLite database: {error}") from error
    if result != "ok":
        raise BackupError(f"{path} is damaged: {result}")
    if "citas" not in tables or "schema_version" not in tables:
        raise BackupError(f"{path} is not a Vircom Desk database")


def restore(settings: Settings, source: Path) -> Path:
    """Replace the database with `source`; returns where the replaced database was kept."""
    if not source.is_file():
        raise BackupError(f"no backup file at {source}")
    copy_check(source)
    target = _database_file(settings)
    lock = InstanceLock(settings.data_dir)
    try:
        lock.acquire_exclusive()
    except InstanceRunning as error:
        raise BackupError(str(error)) from error
    try:
        kept = private_dir(settings.data_dir / "backups") / f"vircom-replaced-{_stamp()}.db"
        if target.exists():
            create_private_file(kept)
            with sqlite3.connect(target) as live, sqlite3.connect(kept) as copy:
                live.backup(copy)
        for suffix in ("-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        temp = target.with_suffix(".restoring")
        shutil.copy2(source, temp)
        make_private(temp)
        temp.replace(target)
    finally:
        lock.release()
    return kept
