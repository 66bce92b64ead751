"""One process per database runs the background jobs; the others stand by and take over.

Every desk and `serve` listens and stores messages, but reminders, backups and expiry must run
once per shop. The whole scheduler is gated (never single jobs): it runs only while this process
holds the database's jobs lock —

- PostgreSQL: a session advisory lock on a connection of its own. The server drops it the moment
  the holder's connection ends (a crash, kill -9, a lost network), so a standby that tries every
  couple of seconds takes over within `TAKEOVER_SECONDS`.
- SQLite: an exclusive lock on a file beside the database (`vircom.db.jobs`), which the
  operating system drops when the holder dies.

Who holds it ("Tareas en: <host>") is read from the lock itself: PostgreSQL's `pg_locks` with the
holder's `application_name`, or the name the holder wrote beside the file lock.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, Protocol
from urllib.parse import urlparse

import portalocker

from vircom_desktop.domain.db import sqlite_path
from vircom_desktop.private_files import create_private_file

log = logging.getLogger("vircom.jobs")

TAKEOVER_SECONDS = 10.0
RETRY_SECONDS = 2.0
_PG_JOBS_LOCK = 7_235_502  # beside db._PG_BOOKING_LOCK; below 2**31, so pg_locks.objid holds it
_APP_PREFIX = "vircom-desk jobs@"


def this_host() -> str:
    return socket.gethostname() or "localhost"


class JobsLock(Protocol):
    def try_acquire(self) -> bool: ...

    def still_held(self) -> bool: ...

    def holder(self) -> str | None: ...

    def release(self) -> None: ...


class FileJobsLock:
    """The SQLite shop's jobs lock: an exclusive lock on a file beside the database."""

    def __init__(self, database_file: Path, host: str | None = None) -> None:
        self.path = database_file.with_name(database_file.name + ".jobs")
        self._host = host or this_host()
        self._handle: IO[str] | None = None

    def try_acquire(self) -> bool:
        if self._handle is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        create_private_file(self.path)  # beside the shop's data: private like it
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held while running
        try:
            portalocker.lock(handle, portalocker.LOCK_EX | portalocker.LOCK_NB)
        except portalocker.LockException:
            handle.close()
            return False
        self._handle = handle
        holder = self._holder_file()
        create_private_file(holder)
        holder.write_text(f"{self._host}\n{os.getpid()}\n", encoding="utf-8")
        return True

    def still_held(self) -> bool:
        return self._handle is not None  # the OS keeps a file lock for as long as we live

    def holder(self) -> str | None:
        if self._handle is not None:
            return self._host
        try:
            first = self._holder_file().read_text(encoding="utf-8").splitlines()
        except OSError:
            return None
        return first[0] if first else None

    def release(self) -> None:
        if self._handle is None:
            return
        self._holder_file().unlink(missing_ok=True)
        portalocker.unlock(self._handle)
        self._handle.close()
        self._handle = None

    def _holder_file(self) -> Path:
        return self.path.with_name(self.path.name + ".holder")


class PostgresJobsLock:
    """The shared shop's jobs lock: a session advisory lock on a connection of its own."""

    def __init__(self, url: str, host: str | None = None) -> None:
        self._url = url
        self._host = host or this_host()
        self._connection: Any = None
        self._held = False

    def _connect(self) -> Any:
        if self._connection is None or self._connection.closed:
            import psycopg2

            parsed = urlparse(self._url)
            self._connection = psycopg2.connect(
                dbname=(parsed.path or "/").lstrip("/"),
                user=parsed.username,
                password=parsed.password,
                host=parsed.hostname,
                port=parsed.port or 5432,
                application_name=f"{_APP_PREFIX}{self._host}"[:63],
                connect_timeout=5,
                # A holder whose network vanished must not keep the jobs for hours.
                keepalives=1,
                keepalives_idle=5,
                keepalives_interval=2,
                keepalives_count=2,
            )
            self._connection.autocommit = True
            self._held = False
        return self._connection

    def _query(self, sql: str, *args: Any) -> Any:
        with self._connect().cursor() as cursor:
            cursor.execute(sql, args)
            return cursor.fetchone()

    def try_acquire(self) -> bool:
        if not self._held:
            self._held = bool(self._query("SELECT pg_try_advisory_lock(%s)", _PG_JOBS_LOCK)[0])
        return self._held

    def still_held(self) -> bool:
        if not self._held or self._connection is None or self._connection.closed:
            self._drop_connection()
            return False
        try:
            with self._connection.cursor() as cursor:  # never a new connection: a new session
                cursor.execute("SELECT 1")  # would not hold the lock
        except Exception:
            self._drop_connection()
            return False
        return True

    def holder(self) -> str | None:
        if self._held:
            return self._host
        row = self._query(
            "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
            "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 AND l.objid = %s",
            _PG_JOBS_LOCK,
        )
        if row is None or not row[0]:
            return None
        name = str(row[0])
        return name.removeprefix(_APP_PREFIX) if name.startswith(_APP_PREFIX) else name

    def release(self) -> None:
        if self._connection is not None and not self._connection.closed:
            try:
                if self._held:
                    self._query("SELECT pg_advisory_unlock(%s)", _PG_JOBS_LOCK)
            finally:
                self._drop_connection()
        self._held = False

    def _drop_connection(self) -> None:
        self._held = False
        if self._connection is not None:
            try:
                self._connection.close()
            except Exception:
                log.debug("closing the jobs lock connection failed", exc_info=True)
            self._connection = None


def lock_for(database_url: str) -> JobsLock:
    """The jobs lock that fits the database behind `database_url`."""
    path = sqlite_path(database_url)
    if path is not None:
        return FileJobsLock(path)
    return PostgresJobsLock(database_url)


class Scheduler(Protocol):
    def start(self) -> None: ...

    def shutdown(self, wait: bool = True) -> None: ...


class JobsRunner:
    """Runs a scheduler while this process holds the jobs lock, and stands by otherwise."""

    def __init__(
        self,
        lock: JobsLock,
        build_scheduler: Callable[[], Scheduler],
        *,
        retry_seconds: float = RETRY_SECONDS,
    ) -> None:
        self._lock = lock
        self._build = build_scheduler
        self._retry = retry_seconds
        self._scheduler: Scheduler | None = None
        self._holder: str | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._failing = False
        self.changed = threading.Event()  # set whenever this process starts or stops the jobs

    @property
    def running_here(self) -> bool:
        return self._scheduler is not None

    def holder(self) -> str | None:
        """The host whose process runs the jobs, as last seen (None: nobody yet)."""
        return self._holder

    def start(self) -> None:
        """Try once now (a lone desk runs its jobs at once), then keep trying in a thread."""
        self._step()
        self._thread = threading.Thread(target=self._run, name="jobs-runner", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self._retry):
            self._step()

    def _step(self) -> None:
        try:
            if self._scheduler is None:
                if self._lock.try_acquire():
                    self._start_jobs()
            elif not self._lock.still_held():
                log.warning("lost the jobs lock; another process will run the jobs")
                self._stop_jobs()
            self._holder = self._lock.holder()
            self._failing = False
        except Exception as error:
            if not self._failing:  # once per outage, not every couple of seconds
                log.warning("cannot reach the jobs lock: %s", error)
            self._failing = True
            if self._scheduler is not None and not self._lock.still_held():
                self._stop_jobs()

    def _start_jobs(self) -> None:
        scheduler = self._build()
        scheduler.start()
        self._scheduler = scheduler
        log.info("this process runs the background jobs")
        self.changed.set()

    def _stop_jobs(self) -> None:
        scheduler, self._scheduler = self._scheduler, None
        if scheduler is not None:
            scheduler.shutdown(wait=False)
        self.changed.set()

    def stop(self) -> None:
        """Stop trying, finish the running jobs and give the lock to a standby."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=self._retry + 5)
            self._thread = None
        scheduler, self._scheduler = self._scheduler, None
        if scheduler is not None:
            scheduler.shutdown(wait=True)
        self._lock.release()
