"""Moving a SQLite shop into an empty PostgreSQL database (`migrate-to`), verified table by table.

The SQLite file is opened read-only and never changed. The target gets the schema through the
normal migrations, then every table is copied in one transaction (parents before children),
the id sequences are moved past the copied ids, and each table's row count and checksum are
compared between the two databases before the command reports success.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import urlparse, urlunparse

import peewee as pw

from vircom_desktop.domain import db, migrations

log = logging.getLogger("vircom.domain")

_BATCH = 1000


class TransferError(RuntimeError):
    """The shop cannot be moved; the message says why in one line."""


@dataclass(frozen=True)
class TableCopy:
    """What was copied into one table and its verification."""

    table: str
    rows: int
    checksum: str


def masked_url(url: str) -> str:
    """The URL without its password, for messages and logs."""
    parsed = urlparse(url)
    if not parsed.password:
        return url
    netloc = parsed.netloc.replace(f":{parsed.password}@", ":•••@", 1)
    return urlunparse(parsed._replace(netloc=netloc))


def _open_source(path: Path) -> sqlite3.Connection:
    if not path.exists():
        raise TransferError(f"no SQLite database at {path}")
    # Read-only: the shop's file is left exactly as it was, even by accident.
    source = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    version = source.execute(f"SELECT MAX(version) FROM {migrations.VERSION_TABLE}").fetchone()
    if version is None or (version[0] or 0) != migrations.LATEST:
        source.close()
        raise TransferError(
            f"{path} is at schema version {version[0] if version else 0}, not "
            f"{migrations.LATEST}; start Vircom Desk on it once, then migrate"
        )
    return source


def _open_target(url: str) -> pw.PostgresqlDatabase:
    scheme = urlparse(url).scheme
    if scheme not in ("postgres", "postgresql"):
        raise TransferError(f"the target must be a postgresql:// URL, not {scheme or url!r}")
    try:
        database = db.connect(url)
    except Exception as error:  # psycopg2 missing, refused, bad password, unknown database...
        raise TransferError(f"cannot reach {masked_url(url)}: {error}") from error
    assert isinstance(database, pw.PostgresqlDatabase)
    return database


def _tables_with_rows(database: pw.Database) -> list[str]:
    tables = [t for t in database.get_tables() if t != migrations.VERSION_TABLE]
    return [
        table
        for table in tables
        if database.execute_sql(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone() is not None
    ]


def _copy_order(database: pw.Database, tables: Sequence[str]) -> list[str]:
    """Parents before children, from the target's foreign keys (self-references ignored)."""
    parents: dict[str, set[str]] = {table: set() for table in tables}
    for table in tables:
        for key in database.get_foreign_keys(table):
            if key.dest_table != table and key.dest_table in parents:
                parents[table].add(key.dest_table)
    ordered: list[str] = []
    while parents:
        ready = sorted(table for table, needs in parents.items() if not needs - set(ordered))
        if not ready:
            raise TransferError(f"circular foreign keys between {sorted(parents)}")
        ordered.extend(ready)
        for table in ready:
            del parents[table]
    return ordered


def _column_types(database: pw.Database, table: str) -> dict[str, str]:
    cursor = database.execute_sql(
        "SELECT column_name, data_type FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND table_name = %s ORDER BY ordinal_position",
        (table,),
    )
    return {name: kind for name, kind in cursor.fetchall()}


def _primary_key(database: pw.Database, table: str) -> list[str]:
    return list(database.get_primary_keys(table))


def _to_target(value: Any, kind: str) -> Any:
    """A SQLite value as PostgreSQL's column wants it (SQLite keeps booleans as 0/1)."""
    if value is not None and kind == "boolean":
        return bool(value)
    return value


def canonical(value: Any, kind: str) -> str:
    """One spelling of a value whichever database it came from (for the checksum)."""
    if value is None:
        return "\x00"
    if kind == "boolean":
        return "1" if value else "0"
    if kind in ("real", "double precision"):
        return repr(float(value))
    if kind == "numeric":
        return str(Decimal(str(value)).normalize())
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    return str(value)


def checksum(rows: Iterable[Sequence[Any]], kinds: Sequence[str]) -> tuple[int, str]:
    """Row count and SHA-256 over the rows in primary-key order."""
    digest = hashlib.sha256()
    count = 0
    for row in rows:
        count += 1
        digest.update(
            "\x1f".join(canonical(v, k) for v, k in zip(row, kinds, strict=True)).encode()
        )
        digest.update(b"\x1e")
    return count, digest.hexdigest()


def _select(table: str, columns: Sequence[str], key: Sequence[str]) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    order = ", ".join(f'"{c}"' for c in key) or names
    return f'SELECT {names} FROM "{table}" ORDER BY {order}'


def _source_rows(source: sqlite3.Connection, sql: str) -> Iterator[tuple[Any, ...]]:
    cursor = source.execute(sql)
    while batch := cursor.fetchmany(_BATCH):
        yield from batch


def _insert(
    target: pw.PostgresqlDatabase, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]
) -> None:
    from psycopg2.extras import execute_values  # PostgreSQL only: the driver is optional

    names = ", ".join(f'"{c}"' for c in columns)
    cursor = target.cursor()
    execute_values(cursor, f'INSERT INTO "{table}" ({names}) VALUES %s', rows, page_size=_BATCH)


def _reset_sequence(target: pw.PostgresqlDatabase, table: str, columns: Sequence[str]) -> None:
    for column in columns:
        sequence = target.execute_sql(
            "SELECT pg_get_serial_sequence(%s, %s)", (f'"{table}"', column)
        ).fetchone()[0]
        if sequence is None:
            continue
        target.execute_sql(
            f'SELECT setval(%s, COALESCE((SELECT MAX("{column}") FROM "{table}"), 0) + 1, false)',
            (sequence,),
        )


def _copy_table(source: sqlite3.Connection, target: pw.PostgresqlDatabase, table: str) -> TableCopy:
    types = _column_types(target, table)
    source_columns = {row[1] for row in source.execute(f'PRAGMA table_info("{table}")')}
    missing = [c for c in types if c not in source_columns]
    if missing:
        raise TransferError(f"table {table} has no column(s) {', '.join(missing)} in SQLite")
    columns = list(types)
    kinds = [types[c] for c in columns]
    key = _primary_key(target, table)
    sql = _select(table, columns, key)
    batch: list[tuple[Any, ...]] = []
    for row in _source_rows(source, sql):
        batch.append(tuple(_to_target(v, k) for v, k in zip(row, kinds, strict=True)))
        if len(batch) >= _BATCH:
            _insert(target, table, columns, batch)
            batch = []
    if batch:
        _insert(target, table, columns, batch)
    _reset_sequence(target, table, columns)
    expected = checksum(_source_rows(source, sql), kinds)
    copied = checksum(target.execute_sql(sql).fetchall(), kinds)
    if copied != expected:
        raise TransferError(
            f"table {table} differs after the copy ({copied[0]} rows in PostgreSQL, "
            f"{expected[0]} in SQLite); nothing was kept"
        )
    return TableCopy(table, copied[0], copied[1])


def migrate_to(sqlite_file: Path, target_url: str) -> list[TableCopy]:
    """Copy the shop in `sqlite_file` into the empty PostgreSQL database at `target_url`.

    Raises TransferError when the target has data, cannot be reached, or the copy does not
    verify; then the target keeps nothing of the copy.
    """
    source = _open_source(sqlite_file)
    try:
        target = _open_target(target_url)
        try:
            filled = _tables_with_rows(target)
            if filled:
                raise TransferError(
                    f"{masked_url(target_url)} already has data (in {', '.join(sorted(filled))}); "
                    "migrate-to only fills an empty database"
                )
            migrations.upgrade(target)
            tables = [t for t in target.get_tables() if t != migrations.VERSION_TABLE]
            with target.atomic():
                copies = [
                    _copy_table(source, target, table) for table in _copy_order(target, tables)
                ]
            log.info("copied %s into %s", sqlite_file, masked_url(target_url))
            return copies
        finally:
            target.close()
    finally:
        source.close()
