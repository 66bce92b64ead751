"""Which visits and conversations other writers changed, as soon as they commit.

The event hub only reaches this process. The feed covers the rest — a second desk, `serve` on a
VPS, a script — from what every writer's transaction leaves behind (migration `_change_feed`):

- PostgreSQL: triggers send `NOTIFY vircom_changes, '<table>:<id>'` inside the writer's
  transaction; the feed LISTENs on a connection of its own and hears it at the commit.
- SQLite: triggers append to `change_log`; the feed asks `PRAGMA data_version` (a counter that
  moves when another connection commits, read from shared memory) a few times a second and
  reads only the new entries.

Each batch names the rows that changed, so a screen reloads those and not everything. When the
feed may have missed something (a reconnect, a desk that fell far behind) it says `everything`.
"""

from __future__ import annotations

import logging
import select
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from vircom_desktop.domain.db import sqlite_path

log = logging.getLogger("vircom.domain")

CHANNEL = "vircom_changes"
POLL_SECONDS = 0.2  # SQLite: how often data_version is read
GATHER_SECONDS = 0.02  # PostgreSQL: notifications arriving this close together form one batch
RETRY_SECONDS = 2.0


@dataclass(frozen=True)
class Changes:
    """One batch of changes: the ids of the changed visits and conversations."""

    appointments: frozenset[int] = frozenset()
    conversations: frozenset[int] = frozenset()
    everything: bool = False  # the feed may have missed changes: reload all
    seen_at: float = field(default_factory=time.perf_counter)

    def __bool__(self) -> bool:
        return bool(self.appointments or self.conversations or self.everything)


def changes_from(entries: list[tuple[str, int]], *, everything: bool = False) -> Changes:
    """A batch from (table, id) pairs; a message names its conversation."""
    appointments = {row_id for table, row_id in entries if table == "citas"}
    conversations = {row_id for table, row_id in entries if table in ("conversations", "messages")}
    return Changes(frozenset(appointments), frozenset(conversations), everything)


def parse_payload(payload: str) -> tuple[str, int] | None:
    """'citas:12' → ('citas', 12); anything else → None."""
    table, _, number = payload.partition(":")
    return (table, int(number)) if number.isdigit() else None


class ChangeFeed:
    """A thread that reports each batch of foreign changes to `on_changes` (on that thread)."""

    def __init__(
        self,
        database_url: str,
        on_changes: Callable[[Changes], None],
        *,
        poll_seconds: float = POLL_SECONDS,
    ) -> None:
        self._url = database_url
        self._on_changes = on_changes
        self._poll = poll_seconds
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Start watching in the background (connecting may take a moment: see `wait_ready`)."""
        self._thread = threading.Thread(target=self._run, name="change-feed", daemon=True)
        self._thread.start()

    def wait_ready(self, timeout: float = 10.0) -> bool:
        """Wait until the feed listens: every commit after this is reported."""
        return self._ready.wait(timeout)

    def stop(self) -> None:
        self._stop.set()
        self._ready.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def _run(self) -> None:
        watch = self._watch_sqlite if sqlite_path(self._url) is not None else self._watch_postgres
        failing = False
        while not self._stop.is_set():
            try:
                watch(report_gap=failing)
                return
            except Exception as error:
                if not failing:  # once per outage
                    log.warning("change feed interrupted, retrying: %s", error)
                failing = True
                self._ready.set()
                self._stop.wait(RETRY_SECONDS)

    def _report(self, changes: Changes) -> None:
        if not changes:
            return
        try:
            self._on_changes(changes)
        except Exception:
            log.exception("change feed subscriber failed")

    # -- SQLite ----------------------------------------------------------------------------------

    def _watch_sqlite(self, *, report_gap: bool) -> None:
        path = sqlite_path(self._url)
        assert path is not None
        connection = _open_sqlite(path)
        try:
            version = connection.execute("PRAGMA data_version").fetchone()[0]
            last = connection.execute("SELECT COALESCE(MAX(seq), 0) FROM change_log").fetchone()[0]
            self._ready.set()
            if report_gap:
                self._report(Changes(everything=True))
            while not self._stop.wait(self._poll):
                now = connection.execute("PRAGMA data_version").fetchone()[0]
                if now == version:
                    continue
                version = now
                rows = connection.execute(
                    "SELECT seq, entity, row_id FROM change_log WHERE seq > ? ORDER BY seq",
                    (last,),
                ).fetchall()
                if not rows:
                    continue
                gap = rows[0][0] > last + 1 and last > 0  # pruned before we read them
                last = rows[-1][0]
                self._report(changes_from([(r[1], r[2]) for r in rows], everything=gap))
        finally:
            connection.close()

    # -- PostgreSQL ------------------------------------------------------------------------------

    def _watch_postgres(self, *, report_gap: bool) -> None:
        connection = _open_postgres(self._url)
        try:
            with connection.cursor() as cursor:
                cursor.execute(f"LISTEN {CHANNEL}")
            self._ready.set()
            if report_gap:
                self._report(Changes(everything=True))
            while not self._stop.is_set():
                if not select.select([connection], [], [], 1.0)[0]:
                    continue
                entries = self._drain(connection)
                deadline = time.monotonic() + GATHER_SECONDS
                while (left := deadline - time.monotonic()) > 0 and select.select(
                    [connection], [], [], left
                )[0]:
                    entries += self._drain(connection)
                self._report(changes_from(entries))
        finally:
            connection.close()

    @staticmethod
    def _drain(connection: Any) -> list[tuple[str, int]]:
        connection.poll()
        entries = []
        while connection.notifies:
            parsed = parse_payload(connection.notifies.pop(0).payload)
            if parsed is not None:
                entries.append(parsed)
        return entries


def _open_sqlite(path: Path) -> sqlite3.Connection:
    # Not mode=ro: a read-only connection cannot open a WAL database whose -shm is missing.
    connection = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    connection.execute("PRAGMA busy_timeout = 5000")
    return connection


def _open_postgres(url: str) -> Any:
    import psycopg2  # PostgreSQL only: the driver is optional

    parsed = urlparse(url)
    connection = psycopg2.connect(
        dbname=(parsed.path or "/").lstrip("/"),
        user=parsed.username,
        password=parsed.password,
        host=parsed.hostname,
        port=parsed.port or 5432,
        application_name="vircom-desk changes",
        connect_timeout=5,
        keepalives=1,
        keepalives_idle=10,
        keepalives_interval=5,
        keepalives_count=3,
    )
    connection.autocommit = True
    return connection
