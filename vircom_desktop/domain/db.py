"""Opening the database (SQLite in WAL mode, or PostgreSQL) and the write transaction for races."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import peewee as pw

from vircom_desktop.domain.models import database_proxy
from vircom_desktop.private_files import create_private_file, make_database_private

log = logging.getLogger("vircom.domain")

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",
    "busy_timeout": 30_000,
    "cache_size": -16_000,
    # Deleted or overwritten content is zeroed, so an erased customer's words leave the file.
    "secure_delete": 1,
}
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
        database = pw.SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, check_same_thread=False)
    elif parsed.scheme in ("postgres", "postgresql"):
        database = pw.PostgresqlDatabase(
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


def rows(query: Any) -> list[tuple[Any, ...]]:
    """A query's rows as plain tuples (peewee's stubs type `.tuples()` rows as model objects)."""
    return list(query.tuples())


def close() -> None:
    database = database_proxy.obj
    if database is not None and not database.is_closed():
        database.close()
