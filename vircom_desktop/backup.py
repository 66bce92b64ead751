"""Consistent online backups of the database, the automatic daily copies, and restoring one.

SQLite is copied with its online backup API (safe while desks write) and checked with
`PRAGMA integrity_check` before it counts; PostgreSQL is dumped with `pg_dump` when the client
tools are installed, otherwise the server's own backups apply (`doctor` says so).
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
import subprocess
import threading
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from vircom_desktop.config import Settings
from vircom_desktop.domain import clock
from vircom_desktop.domain.db import default_url, sqlite_path
from vircom_desktop.instance import InstanceLock, InstanceRunning
from vircom_desktop.private_files import create_private_file, make_private, private_dir

log = logging.getLogger("vircom.backup")

BACKUP_DIR = "backups"
FRESH_FOR = timedelta(hours=24)  # CONTRACT §1: a new copy whenever none is younger than this
QUIET_HOUR = 3  # shop time: a desk left on overnight takes its daily copy then
QUIET_MIN_AGE = timedelta(hours=12)
STALE_AFTER = timedelta(hours=48)  # `doctor` fails past this
_auto_lock = threading.Lock()
# Regular backups (automatic and `backup` into the default folder); the copies kept before a
# migration or a restore have other names and are never pruned.
_NAME = re.compile(r"^vircom-(\d{8}-\d{6})(Z?)(?:-\d+)?\.(db|dump)$")


class BackupError(RuntimeError):
    """A backup or restore that cannot be done; the message says why."""


class BackupUnavailable(BackupError):
    """This database cannot be backed up from here (PostgreSQL without pg_dump)."""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime  # aware UTC


def _database_url(settings: Settings) -> str:
    """The settings' URL; resolved settings always have one, a bare Settings means the default."""
    return settings.database_url or default_url(settings.data_dir)


def _database_file(settings: Settings) -> Path:
    path = sqlite_path(_database_url(settings))
    if path is None:
        raise BackupError(
            "backup and restore cover SQLite; for PostgreSQL use pg_dump / pg_restore"
        )
    return path


def _stamp() -> str:
    return clock.now().strftime("%Y%m%d-%H%M%SZ")


def _new_backup_path(folder: Path, suffix: str = ".db") -> Path:
    """A fresh name in `folder`; a second copy in the same second (the start-up job and a
    `backup` command) gets `-2`, `-3`...."""
    stamp = _stamp()
    path = folder / f"vircom-{stamp}{suffix}"
    count = 1
    while path.exists():
        count += 1
        path = folder / f"vircom-{stamp}-{count}{suffix}"
    return path


def backups_dir(settings: Settings) -> Path:
    return settings.data_dir / BACKUP_DIR


def backup(settings: Settings, target: Path | None = None) -> Path:
    """Copy the live database with SQLite's online backup API (safe while desks write)."""
    source = _database_file(settings)
    if not source.exists():
        raise BackupError(f"no database at {source} yet")
    target = target or _new_backup_path(backups_dir(settings))
    try:
        if target.parent == backups_dir(settings):
            private_dir(target.parent)
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BackupError(f"cannot create {target.parent}: {error.strerror or error}") from error
    if target.exists():
        raise BackupError(f"{target} already exists; choose another file")
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        create_private_file(partial)  # a copy of customers' data, wherever it goes
        _online_copy(source, partial)
        copy_check(partial)
        partial.replace(target)
    except (sqlite3.Error, OSError) as error:  # a locked database, a full disk...
        partial.unlink(missing_ok=True)
        raise BackupError(f"cannot back up to {target}: {error}") from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def _online_copy(source: Path, target: Path) -> None:
    """SQLite's backup API into `target`, left as one self-contained file (no WAL beside it)."""
    with closing(sqlite3.connect(source)) as live, closing(sqlite3.connect(target)) as copy:
        live.execute("PRAGMA busy_timeout = 30000")
        live.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")


def copy_check(path: Path) -> None:
    """Raise BackupError unless `path` is an intact Vircom Desk database."""
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            (result,) = conn.execute("PRAGMA integrity_check").fetchone()
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as error:
        raise BackupError(f"{path} is not a SQLite database: {error}") from error
    if result != "ok":
        raise BackupError(f"{path} is damaged: {result}")
    if "citas" not in tables or "schema_version" not in tables:
        raise BackupError(f"{path} is not a Vircom Desk database")


def pg_dump_tool() -> str | None:
    """The `pg_dump` on PATH, if any."""
    return shutil.which("pg_dump")


def _dump_postgres(settings: Settings, target: Path) -> Path:
    tool = pg_dump_tool()
    if tool is None:
        raise BackupUnavailable(
            "pg_dump is not installed; the PostgreSQL server's own backups apply"
        )
    url = _database_url(settings).replace("postgres://", "postgresql://", 1)
    partial = target.with_name(target.name + ".partial")
    try:
        create_private_file(partial)  # pg_dump writes into it, keeping the mode
        subprocess.run(
            [tool, "--format=custom", f"--file={partial}", f"--dbname={url}"],
            check=True,
            capture_output=True,
            timeout=600,
        )
        restore_tool = shutil.which("pg_restore")
        if restore_tool:  # reads the whole archive's table of contents: a truncated one fails
            subprocess.run([restore_tool, "--list", str(partial)], check=True, capture_output=True)
    except (OSError, subprocess.SubprocessError) as error:
        partial.unlink(missing_ok=True)
        detail = getattr(error, "stderr", b"") or b""
        raise BackupError(
            f"pg_dump failed: {detail.decode(errors='replace').strip() or error}"
        ) from error
    partial.replace(target)
    return target


def list_backups(folder: Path) -> list[BackupFile]:
    """The regular backups in `folder`, newest first."""
    found = []
    for path in folder.glob("vircom-*"):
        match = _NAME.match(path.name)
        if not match:
            continue
        moment = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
        # Older copies were named in the machine's local time, newer ones in UTC ("Z").
        taken_at = moment.replace(tzinfo=UTC) if match.group(2) else moment.astimezone(UTC)
        found.append(BackupFile(path, taken_at))
    return sorted(found, key=lambda item: item.taken_at, reverse=True)


def latest_backup(settings: Settings) -> BackupFile | None:
    found = list_backups(backups_dir(settings))
    return found[0] if found else None


def backup_due(latest: BackupFile | None, now: datetime) -> bool:
    """None younger than 24 h; or the quiet hour, and the newest is at least 12 h old."""
    if latest is None:
        return True
    age = now - latest.taken_at
    if age >= FRESH_FOR:
        return True
    return clock.to_local(now).hour == QUIET_HOUR and age >= QUIET_MIN_AGE


def prune(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` regular backups in `folder`; returns what went."""
    removed = []
    for item in list_backups(folder)[max(keep, 1) :]:
        item.path.unlink(missing_ok=True)
        removed.append(item.path)
    return removed


def take_backup(settings: Settings) -> Path:
    """A new verified backup in the data dir's backups folder (SQLite or PostgreSQL)."""
    if sqlite_path(_database_url(settings)) is None:
        try:
            folder = private_dir(backups_dir(settings))
        except OSError as error:
            raise BackupError(f"cannot create {backups_dir(settings)}: {error}") from error
        return _dump_postgres(settings, _new_backup_path(folder, ".dump"))
    return backup(settings)


def _copy_out(path: Path, folder: Path, keep: int) -> None:
    """Copy a verified backup to the shop's chosen folder (a USB disk, a synced folder)."""
    folder.mkdir(parents=True, exist_ok=True)
    partial = folder / (path.name + ".partial")
    # Created 0600 without a chmod afterwards: a USB disk's FAT may refuse to change modes.
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as out, path.open("rb") as source:
        shutil.copyfileobj(source, out)
    partial.replace(folder / path.name)
    prune(folder, keep)


def auto_backup(settings: Settings, *, force: bool = False) -> Path | None:
    """Take the automatic backup when one is due; returns it, or None when not due.

    Older copies are pruned only after the new one passed its check (an exception means it
    did not, and nothing was deleted). A failure to reach the copy folder is logged, not raised:
    the local copy stands.
    """
    with _auto_lock:  # the daily job and «Respaldar ahora» never write the same file at once
        if not force and not backup_due(latest_backup(settings), clock.now()):
            return None
        path = take_backup(settings)
        removed = prune(backups_dir(settings), settings.backup_keep)
    log.info("backed up the database to %s (pruned %d old copies)", path, len(removed))
    if settings.backup_copy_dir:
        try:
            _copy_out(path, Path(settings.backup_copy_dir), settings.backup_keep)
        except OSError as error:
            log.warning("cannot copy the backup to %s: %s", settings.backup_copy_dir, error)
    return path


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
        kept = private_dir(backups_dir(settings)) / f"vircom-replaced-{_stamp()}.db"
        if target.exists():
            create_private_file(kept)
            _online_copy(target, kept)
        for suffix in ("-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        temp = target.with_suffix(".restoring")
        shutil.copy2(source, temp)
        make_private(temp)
        temp.replace(target)
    finally:
        lock.release()
    return kept
