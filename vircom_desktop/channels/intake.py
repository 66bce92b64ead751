"""Group commit for inbound messages: one writer thread stores what concurrent requests received.

A provider delivery is acknowledged only once its messages are committed. Committing each
request on its own makes concurrent requests queue for SQLite's single write lock (and sleep in
its busy handler); here the requests hand their work to one thread that runs everything waiting
in one write transaction and then wakes them all. A burst of deliveries costs one commit per
round, not one per message, and nobody sleeps on the lock.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from vircom_desktop.channels.errors import ApiError
from vircom_desktop.domain import conversations, db

log = logging.getLogger("vircom.channels")

T = TypeVar("T")
Work = Callable[[conversations.Receiving], T]

MAX_ROUND = 256  # jobs committed together at most
# A burst: this many jobs committed within BURST_SECONDS (about 160 deliveries a second).
BURST_JOBS = 8
BURST_SECONDS = 0.05


@dataclass
class _Job(Generic[T]):
    work: Work[T]
    loop: asyncio.AbstractEventLoop
    future: asyncio.Future[T]


class Intake:
    """Runs store jobs from the event loop on one writer thread, many per transaction."""

    def __init__(self) -> None:
        self._jobs: collections.deque[_Job[Any]] = collections.deque()
        self._condition = threading.Condition()
        self._thread: threading.Thread | None = None
        self._stopping = False
        self._recent: collections.deque[float] = collections.deque(maxlen=BURST_JOBS)

    async def run(self, work: Work[T]) -> T:
        """Run `work` in a write transaction; return its result once that transaction committed."""
        loop = asyncio.get_running_loop()
        job = _Job(work, loop, loop.create_future())
        with self._condition:
            if self._stopping:
                # The provider retries a 503 later; the message reaches the next run.
                raise ApiError(503, "shutting_down", "the desk is shutting down; retry shortly")
            if self._thread is None:
                self._thread = threading.Thread(target=self._write, name="intake", daemon=True)
                self._thread.start()
            self._jobs.append(job)
            self._condition.notify()
        return await job.future

    def busy(self) -> bool:
        """Deliveries are waiting, or arriving in a burst: background work should step aside."""
        with self._condition:
            if self._jobs:
                return True
            recent = self._recent
            return len(recent) == BURST_JOBS and time.monotonic() - recent[0] < BURST_SECONDS

    def stop(self) -> None:
        """Commit the jobs already handed in, then stop the writer."""
        with self._condition:
            self._stopping = True
            self._condition.notify()
            thread = self._thread
        if thread is not None:
            thread.join()

    def _write(self) -> None:
        while True:
            with self._condition:
                while not self._jobs and not self._stopping:
                    self._condition.wait()
                if not self._jobs:
                    return
                count = min(len(self._jobs), MAX_ROUND)
                jobs = [self._jobs.popleft() for _ in range(count)]
            self._commit(jobs)
            now = time.monotonic()
            with self._condition:
                self._recent.extend([now] * min(count, BURST_JOBS))

    def _commit(self, jobs: list[_Job[Any]]) -> None:
        receiving = conversations.Receiving()
        try:
            with db.write_transaction():
                results = [job.work(receiving) for job in jobs]
        except Exception as error:
            if len(jobs) == 1:
                log.error("cannot store an inbound message: %s", error)
                _settle([(jobs[0], None, error)])
                return
            # One bad job must not fail the others: store them one by one.
            for job in jobs:
                self._commit([job])
            return
        receiving.announce()
        _settle([(job, result, None) for job, result in zip(jobs, results, strict=True)])


_Outcome = tuple[_Job[Any], Any, BaseException | None]


def _settle(outcomes: list[_Outcome]) -> None:
    """Wake the waiting requests: one call into each event loop for the whole round."""
    by_loop: dict[asyncio.AbstractEventLoop, list[_Outcome]] = {}
    for outcome in outcomes:
        by_loop.setdefault(outcome[0].loop, []).append(outcome)
    for loop, settled in by_loop.items():
        # A closed loop means the server is gone; the work is committed all the same.
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(_set_results, settled)


def _set_results(outcomes: list[_Outcome]) -> None:
    for job, result, error in outcomes:
        if job.future.done():  # the request was cancelled (client gone); the work is stored
            continue
        if error is not None:
            job.future.set_exception(error)
        else:
            job.future.set_result(result)
