"""Opening the database (SQLite in WAL mode, or PostgreSQL) and the write transaction for races."""

from __future__ import annotations

import contextlib
import functools
import logging
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import peewee as pw

from vircom_desktop.domain.checkpoints import WalCheckpointer
from vircom_desktop.domain.models import database_proxy
from vircom_desktop.domain.postgres import PreparingPostgresqlDatabase
from vircom_desktop.private_files import create_private_file, make_database_private

log = logging.getLogger("vircom.domain")

_BUSY_TIMEOUT_MS = 30_000
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",
    "busy_timeout": _BUSY_TIMEOUT_MS,
    "cache_size": -16_000,
    # Checkpoints run on a thread of their own (domain/checkpoints.py), not inside commits.
    "wal_autocheckpoint": 0,
    # Statement journals and sorts in memory: a turn's multi-row updates wrote temp files in
    # /var/tmp (customers' words on disk outside the database, and syscalls every turn).
    "temp_store": "memory",
    # Deleted or overwritten content is zeroed, so an erased customer's words leave the file.
    "secure_delete": 1,
}
_GATE_TIMEOUT_SECONDS = _BUSY_TIMEOUT_MS / 1000
# One lock key for every booking write on PostgreSQL (several desks share one schedule).
_PG_BOOKING_LOCK = 7_235_501


class DatabaseUrlError(ValueError):
    """The database URL cannot be used."""


def default_url(data_dir: Path) -> str:
    return f"sqlite:///{data_dir / 'vircom.db'}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a sqlite:/// URL, or None for another kind of database."""
    parsed = urlparse(url)
    if parsed.scheme != "sqlite":
        return None
    return Path(url[len("sqlite:///") :])


_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER")


class _SqliteDatabase(pw.SqliteDatabase):
    """SQLite whose writers in this process queue on one lock instead of on the file's.

    Each thread has its own connection; two of them writing at once meet SQLite's busy
    handler, which sleeps 1, 2, 5, 10... ms between tries, and a burst's turns, sends and
    lease renewals then spend more time asleep than working. A lock hands the file over at
    once. It is held where SQLite's write lock is: from BEGIN IMMEDIATE, or from the first
    write of a deferred transaction, to COMMIT or ROLLBACK; for one statement outside a
    transaction. Reads never take it (WAL readers do not block), nor does a transaction that
    only reads. Like the busy timeout, waiting for it gives up with "database is locked".
    Other processes still meet SQLite's own lock.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._write_gate = threading.Lock()
        self._holder = threading.local()
        self.checkpoints = WalCheckpointer(self)

    def begin(self, lock_type: str | None = None) -> None:
        if lock_type:  # IMMEDIATE or EXCLUSIVE: writes from the start
            self._hold_for_transaction()
        try:
            super().begin(lock_type)
        except BaseException:
            self._end_transaction()
            raise

    def commit(self) -> None:
        super().commit()  # on failure peewee rolls back, which ends the transaction
        self._end_transaction()

    def rollback(self) -> None:
        try:
            super().rollback()
        finally:
            self._end_transaction()

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        if not sql[:7].upper().startswith(_WRITES):
            return super().execute_sql(sql, params)
        if self.in_transaction():
            self._hold_for_transaction()
            return super().execute_sql(sql, params)
        self._enter()
        try:
            return super().execute_sql(sql, params)
        finally:
            self._write_gate.release()
            self.checkpoints.written()

    def _enter(self) -> None:
        if not self._write_gate.acquire(timeout=_GATE_TIMEOUT_SECONDS):
            raise pw.OperationalError("database is locked (by another thread of this process)")

    def _hold_for_transaction(self) -> None:
        if not getattr(self._holder, "holds", False):
            self._enter()
            self._holder.holds = True

    def _end_transaction(self) -> None:
        if getattr(self._holder, "holds", False):
            self._holder.holds = False
            self._write_gate.release()
            self.checkpoints.written()


def connect(url: str) -> pw.Database:
    """Open the database behind `url`, bind the models to it and return it."""
    parsed = urlparse(url)
    database: pw.Database
    if parsed.scheme == "sqlite":
        path = sqlite_path(url)
        assert path is not None
        if not str(path):
            raise DatabaseUrlError(f"no file in database URL {url!r}")
        path.parent.mkdir(parents=True, exist_ok=True)
        # Private before SQLite opens it: the -wal and -shm it creates take the file's mode.
        create_private_file(path)
        database = _SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, check_same_thread=False)
    elif parsed.scheme in ("postgres", "postgresql"):
        database = PreparingPostgresqlDatabase(
            (parsed.path or "/").lstrip("/"),
            user=parsed.username,
            password=parsed.password,
            host=parsed.hostname,
            port=parsed.port or 5432,
        )
    else:
        raise DatabaseUrlError(
            f"unsupported database URL {url!r} (use sqlite:/// or postgresql://)"
        )
    database_proxy.initialize(database)
    database.connect(reuse_if_open=True)
    if parsed.scheme == "sqlite":
        assert path is not None
        make_database_private(path)  # an install from before the rule: tighten its -wal/-shm
    return database


def current() -> pw.Database:
    database = database_proxy.obj
    if database is None:
        raise RuntimeError("database not opened")
    return database


def is_postgres(database: pw.Database | None = None) -> bool:
    return isinstance(database or current(), pw.PostgresqlDatabase)


@contextlib.contextmanager
def write_transaction() -> Iterator[None]:
    """A transaction that serialises writers that must re-check before writing (bookings).

    SQLite: BEGIN IMMEDIATE takes the file's write lock up front, across threads and processes.
    PostgreSQL: a transaction-scoped advisory lock does the same across desks.
    """
    database = current()
    if is_postgres(database):
        with database.atomic():
            database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_PG_BOOKING_LOCK,))
            yield
        return
    if database.in_transaction():
        with database.atomic():
            yield
        return
    with database.atomic("IMMEDIATE"):
        yield


@contextlib.contextmanager
def conditional_transaction() -> Iterator[None]:
    """A write transaction whose writes check their own conditions (an UPDATE that changes a
    row only while it is still waiting, say), so other writers need not queue behind it.

    SQLite: BEGIN IMMEDIATE as in `write_transaction`, so a read cannot turn stale before the
    write. PostgreSQL: row locks alone, without the shop-wide lock bookings queue on; a second
    writer's UPDATE waits for the first to commit and then sees its changes.
    """
    database = current()
    if is_postgres(database):
        with database.atomic():
            yield
        return
    with write_transaction():
        yield


def sql_text(sql: str) -> str:
    """`sql`, written with ``?`` placeholders, in the open database's placeholder style.

    For the few statements run on every turn of a burst, kept as text: peewee building a
    statement costs several times what running it does. On PostgreSQL they run as prepared
    statements (see `domain.postgres`).
    """
    database = current()
    text = _with_param(sql, database.param)
    if isinstance(database, PreparingPostgresqlDatabase):
        database.prepare_later(text)
    return text


def run_fixed(sql: str, *params: Any) -> Any:
    """Run a fixed statement (see `sql_text`) on the open database; its cursor."""
    return current().execute_sql(sql_text(sql), params)


@functools.cache
def _with_param(sql: str, param: str) -> str:
    return sql.replace("?", param)


def markers(count: int) -> str:
    """``?, ?, ?`` for an IN list of `count` values."""
    return ", ".join("?" * count)


def rows(query: Any) -> list[tuple[Any, ...]]:
    """A query's rows as plain tuples (peewee's stubs type `.tuples()` rows as model objects)."""
    return list(query.tuples())


def close() -> None:
    database = database_proxy.obj
    if isinstance(database, _SqliteDatabase):
        database.checkpoints.close()
    if database is not None and not database.is_closed():
        database.close()
