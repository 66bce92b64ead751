"""Copying SQLite's write-ahead log back into the database file, off the writers' path."""

from __future__ import annotations

import logging
import threading

import peewee as pw

log = logging.getLogger("vircom.domain")

# At most this often while writes are being committed; nothing at all while none are.
CHECKPOINT_SECONDS = 0.25
_CLOSE_TIMEOUT_SECONDS = 30.0


class WalCheckpointer:
    """PASSIVE checkpoints of `database` on a thread of its own, soon after commits.

    SQLite's automatic checkpoint runs inside the COMMIT that takes the log past 1,000 pages,
    fsync included: in a burst every twentieth commit or so stalled a turn for milliseconds,
    and every writer of the process queued behind it on the write gate. The connections of a
    database using this set `wal_autocheckpoint` to 0; a PASSIVE checkpoint neither waits for
    writers nor blocks them. The thread starts with the first write and ends at `close`.
    """

    def __init__(self, database: pw.Database) -> None:
        self.database = database
        self._written = threading.Event()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()  # the running thread's

    def written(self) -> None:
        """A write was committed: check the log in soon."""
        if self._written.is_set() and self._thread is not None:
            return  # already due: the common case in a burst, without a lock
        self._written.set()
        with self._lock:
            if self._thread is None:
                self._stop = threading.Event()
                self._thread = threading.Thread(
                    target=self._run, args=(self._stop,), name="sqlite-checkpoints", daemon=True
                )
                self._thread.start()

    def close(self) -> None:
        """Check in what the log holds and stop the thread (a later write starts another)."""
        with self._lock:
            thread, self._thread = self._thread, None
            if thread is None:
                return
            self._stop.set()
            self._written.set()
        thread.join(_CLOSE_TIMEOUT_SECONDS)

    def _run(self, stop: threading.Event) -> None:
        try:
            while True:
                self._written.wait()
                # A pause lets a burst's commits add up: one checkpoint (and fsync) for many.
                stopping = stop.wait(CHECKPOINT_SECONDS)
                self._written.clear()  # commits from now on ask for the next checkpoint
                self._checkpoint()
                if stopping:
                    return
        finally:
            self.database.close()  # this thread's connection

    def _checkpoint(self) -> None:
        try:
            self.database.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")
        except pw.OperationalError as error:  # the file went away, or is being replaced
            log.warning("cannot checkpoint the database: %s", error)
