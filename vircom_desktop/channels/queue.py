"""The durable inbound queue: a small pool of workers that answers stored customer messages.

The queue lives in the `messages` table: a customer message waits as `received`, a worker claims
it (`processing`, with a lease it renews while the agent thinks), and the turn leaves it
`answered`, `needs_human` or `failed`. After a crash or a restart, unprocessed messages and
expired leases are claimed again, so each message is answered once.

Scheduling: the conversation whose oldest waiting message is oldest goes first, found with one
probe of the (status, role, id) index however long the queue is; within a conversation messages
are handled in order, and those that arrived while the customer was typing are answered together.
How many turns talk to the model at once is the model scheduler's business (`agent.slots`).
"""

from __future__ import annotations

import asyncio
import functools
import logging
import threading
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

import peewee as pw
from starlette.concurrency import run_in_threadpool

from vircom_desktop.agent import slots
from vircom_desktop.channels import inbound
from vircom_desktop.channels.workers import WorkerPool
from vircom_desktop.domain import db
from vircom_desktop.domain.models import Message

log = logging.getLogger("vircom.channels")


def wall_now() -> datetime:
    """Real time for leases and backoff (the shop's clock may be frozen in demos and tests)."""
    return datetime.now(UTC)


MAX_ATTEMPTS = 5  # a message that killed its worker this often is given to staff
MAX_BATCH = 20
CANDIDATES = 8  # oldest waiting messages read per claim (a few may belong to busy conversations)
POLL_SECONDS = 2.0  # also picks up messages stored by another process on a shared database
# While deliveries arrive in a burst the workers step aside (acknowledgements first), but never
# for longer than MAX_YIELD_SECONDS at a time; then they work at least FREE_SECONDS before
# stepping aside again, so a long burst delays replies but cannot starve them.
MAX_YIELD_SECONDS = 2.0
FREE_SECONDS = 1.0
YIELD_STEP_SECONDS = 0.02


@dataclass(frozen=True)
class Claimed:
    """What a turn needs of each customer message of its batch, read as it was claimed."""

    id: int
    text: str
    external_id: str | None
    created_at: datetime


@dataclass(frozen=True)
class Batch:
    """Messages of one conversation claimed together, oldest first."""

    conversation_id: int
    messages: tuple[Claimed, ...]
    attempts: int

    @property
    def message_ids(self) -> tuple[int, ...]:
        return tuple(message.id for message in self.messages)


class TurnRunner(Protocol):
    """What the queue hands claimed messages to (see `channels.turns`)."""

    def handle(self, batch: Batch) -> None: ...

    def give_up(self, batch: Batch, reason: str) -> None: ...


class Ingest(Protocol):
    """The acknowledge path (see `channels.intake`), which the workers make way for."""

    def busy(self) -> bool: ...


class InboundQueue:
    """Claims waiting messages and hands them to `runner` on `workers` threads."""

    def __init__(
        self,
        runner: TurnRunner,
        *,
        workers: int = 1,
        lease_seconds: float = 15.0,
        intake: Ingest | None = None,
        model: slots.ModelSlots | None = None,
    ) -> None:
        self.runner = runner
        self.intake = intake
        self.model = model or slots.shared()
        self.workers = max(1, workers)
        self.lease_seconds = lease_seconds
        self._pool = WorkerPool("inbound")
        self._condition = self._pool.condition  # also guards _held
        self._stopped = threading.Event()
        self._held: dict[int, tuple[int, ...]] = {}  # conversation → message ids in progress
        self._waiters: dict[int, list[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]]] = (
            defaultdict(list)
        )
        self._waiters_lock = threading.Lock()

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> None:
        self._stopped.clear()
        self._pool.start(self._work, self.workers)
        self._pool.spawn(self._renew_leases, "inbound-leases")

    def stop(self, timeout: float = 60.0) -> None:
        """Stop claiming; wait for the turns in progress to finish."""
        self._stopped.set()
        self._pool.stop(timeout)

    def notify(self) -> None:
        """A message was stored: wake the workers."""
        self._pool.notify()

    def busy(self) -> bool:
        with self._condition:
            return bool(self._held)

    # -- workers -----------------------------------------------------------------------------

    def _work(self) -> None:
        free_until = 0.0
        while not self._pool.should_stop():
            if time.monotonic() >= free_until and self._yield_to_intake():
                free_until = time.monotonic() + FREE_SECONDS
            try:
                batch = self._claim()
            except pw.OperationalError as error:  # database locked for too long, or gone
                log.error("inbound queue cannot claim: %s", error)
                batch = None
            except Exception:
                log.exception("inbound queue cannot claim")
                batch = None
            if batch is None:
                self._pool.wait(POLL_SECONDS)
                continue
            try:
                self._run(batch)
            except Exception:
                # Even giving up failed (the database, most likely): the lease runs out and the
                # batch is claimed again, counting one more attempt.
                log.exception("conversation %s could not be finished", batch.conversation_id)
            finally:
                with self._condition:
                    self._held.pop(batch.conversation_id, None)
                    self._condition.notify_all()
                self._resolve(batch.message_ids)

    def _yield_to_intake(self) -> bool:
        """Wait while deliveries are being acknowledged; True if that took the longest allowed.

        Turns and acknowledgements share one interpreter; a provider waiting for its 200 should
        not wait behind the bot, and a customer waits a second longer at most.
        """
        if self.intake is None:
            return False
        deadline = time.monotonic() + MAX_YIELD_SECONDS
        while self.intake.busy() and not self._model_needs_next_turn():
            if time.monotonic() >= deadline:
                return True
            # Not the condition: every stored delivery notifies it, and waking up for each
            # would take the interpreter from the deliveries this wait makes way for.
            if self._stopped.wait(YIELD_STEP_SECONDS):
                return False
        return False

    def _model_needs_next_turn(self) -> bool:
        """The model is answering and nobody is lined up behind it.

        This worker's turn would be the next model call: preparing it now (a few milliseconds
        of work next to a model call) lets it start the moment the slot frees, so a burst
        keeps the model busy while its deliveries are still being acknowledged.
        """
        state = self.model.state()
        return state.running > 0 and state.waiting == 0

    def _run(self, batch: Batch) -> None:
        if batch.attempts > MAX_ATTEMPTS:
            self.runner.give_up(batch, f"processing was interrupted {batch.attempts - 1} times")
            return
        try:
            self.runner.handle(batch)
        except Exception as error:  # a bug in a turn must not stop the queue
            log.exception("turn of conversation %s failed", batch.conversation_id)
            self.runner.give_up(batch, f"unexpected error: {error}")

    def _claim(self) -> Batch | None:
        now = wall_now()
        with self._condition:
            held = set(self._held)
        for conversation_id in self._oldest_waiting(now, held):
            batch = self._claim_conversation(conversation_id, now)
            if batch is not None:
                return batch
        return None

    def _oldest_waiting(self, now: datetime, held: set[int]) -> list[int]:
        """Conversations whose oldest waiting message is oldest, that nobody is answering.

        Oldest-waiting first: a customer answered a minute ago does not overtake one who has
        waited since. The query reads a few rows of the (status, role, id) index, whatever the
        number of waiting messages, so a burst drains in time proportional to its size.
        """
        lease = Message.next_attempt_at.db_value(now)
        rows = db.run_fixed(_HEADS_SQL, lease, lease, lease).fetchall()
        heads = sorted((message_id, conversation_id) for message_id, conversation_id in rows)
        ready = (conversation_id for _, conversation_id in heads if conversation_id not in held)
        return list(dict.fromkeys(ready))

    def _claim_conversation(self, conversation_id: int, now: datetime) -> Batch | None:
        lease = now + timedelta(seconds=self.lease_seconds)
        with self._condition:
            if conversation_id in self._held or self._pool.stopping:
                return None
            self._held[conversation_id] = ()  # reserve against the other workers
        try:
            # Its own conditions guard the claim: no shop-wide lock to queue on (PostgreSQL).
            with db.conditional_transaction():
                # A conversation's processing messages are its oldest waiting ones.
                rows = db.run_fixed(
                    _CONVERSATION_WAITING_SQL,
                    Message.next_attempt_at.db_value(now),
                    conversation_id,
                ).fetchall()
                if not rows:
                    raise _Lost()  # answered meanwhile
                if any(row[2] for row in rows):
                    raise _Lost()  # another process is on it
                ids = tuple(row[0] for row in rows)
                claimed = db.run_fixed(
                    _claim_sql(len(ids)),
                    Message.next_attempt_at.db_value(lease),
                    *ids,
                    Message.next_attempt_at.db_value(now),
                )
                if claimed.rowcount != len(ids):
                    raise _Lost()  # another desk claimed some of them first: undone
        except _Lost:
            with self._condition:
                self._held.pop(conversation_id, None)
            return None
        except BaseException:
            with self._condition:
                self._held.pop(conversation_id, None)
            raise
        with self._condition:
            self._held[conversation_id] = ids
        messages = tuple(
            Claimed(message_id, text, external_id, Message.created_at.python_value(created_at))
            for message_id, _, _, text, external_id, created_at in rows
        )
        return Batch(conversation_id, messages, attempts=max(row[1] for row in rows) + 1)

    def _renew_leases(self) -> None:
        """Every third of a lease, push back the leases of the turns in progress; once the
        queue stops, until the last of them ends.

        Until then only the stop wakes this thread early: the pool's condition, notified for
        every stored message and every finished turn, had it take the interpreter from the
        workers thousands of times in a burst for nothing.
        """
        interval = self.lease_seconds / 3
        while True:
            renew_at = time.monotonic() + interval
            self._stopped.wait(interval)
            with self._condition:
                while self._stopped.is_set() and self._held:
                    if (wait := renew_at - time.monotonic()) <= 0:
                        break
                    self._condition.wait(wait)  # a turn ended: maybe the last one
                if self._stopped.is_set() and not self._held:
                    return
                ids = [i for group in self._held.values() for i in group]
            if not ids:
                continue
            lease = Message.next_attempt_at.db_value(
                wall_now() + timedelta(seconds=self.lease_seconds)
            )
            try:
                renew = _renew_sql(len(ids), db.is_postgres())
                db.run_fixed(renew, lease, *ids)
            except pw.OperationalError as error:
                log.error("cannot renew processing leases: %s", error)
            except Exception:
                # Keep renewing: a lapsed lease lets another desk answer the turn a second time.
                log.exception("cannot renew processing leases")

    # -- waiting for an answer (the synchronous chat endpoints) ------------------------------

    async def wait_response(self, message_id: int, timeout: float) -> dict[str, Any] | None:
        """The message's stored answer once it has one, or None after `timeout` seconds."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            future: asyncio.Future[None] = loop.create_future()
            with self._waiters_lock:
                self._waiters[message_id].append((loop, future))
            try:
                response = await run_in_threadpool(inbound.response_of, message_id)
                remaining = deadline - loop.time()
                if response is not None or remaining <= 0:
                    return response
                # Re-read now and then: another process may answer it on a shared database.
                await asyncio.wait({future}, timeout=min(remaining, POLL_SECONDS))
            finally:
                with self._waiters_lock:
                    waiting = self._waiters.get(message_id, [])
                    if (loop, future) in waiting:
                        waiting.remove((loop, future))
                    if not waiting:
                        self._waiters.pop(message_id, None)

    def _resolve(self, message_ids: tuple[int, ...]) -> None:
        with self._waiters_lock:
            waiting = [w for mid in message_ids for w in self._waiters.pop(mid, [])]
        for loop, future in waiting:
            loop.call_soon_threadsafe(_finish, future)


# The statements a burst runs once per turn, as text (see db.sql_text).
# The oldest waiting messages (received, or with a lapsed lease) of conversations with no live
# lease, neither this desk's nor another process's.
_LIVE_SQL = (
    "SELECT conversation_id FROM messages WHERE status = 'processing' AND role = 'customer'"
    " AND next_attempt_at > ?"
)
_FREE_SQL = f"role = 'customer' AND conversation_id NOT IN ({_LIVE_SQL})"
_HEADS_SQL = (
    f"SELECT * FROM (SELECT id, conversation_id FROM messages WHERE status = 'received'"
    f" AND {_FREE_SQL} ORDER BY id LIMIT {CANDIDATES}) AS fresh"
    " UNION ALL SELECT * FROM (SELECT id, conversation_id FROM messages"
    f" WHERE status = 'processing' AND next_attempt_at <= ? AND {_FREE_SQL}"
    f" ORDER BY id LIMIT {CANDIDATES}) AS lapsed"
)
# The conversation's oldest waiting messages, each with whether a live lease holds it, and
# what its turn needs of them.
_CONVERSATION_WAITING_SQL = (
    "SELECT id, attempts, (status = 'processing' AND next_attempt_at > ?), text, external_id,"
    " created_at FROM messages"
    " WHERE conversation_id = ? AND role = 'customer' AND status IN ('received', 'processing')"
    f" ORDER BY id LIMIT {MAX_BATCH}"
)


@functools.cache
def _claim_sql(count: int) -> str:
    """Lease the messages that are still waiting (received, or their lease lapsed)."""
    return (
        "UPDATE messages SET status = 'processing', next_attempt_at = ?,"
        f" attempts = attempts + 1 WHERE id IN ({db.markers(count)})"
        " AND (status = 'received' OR (status = 'processing' AND next_attempt_at <= ?))"
    )


@functools.cache
def _renew_sql(count: int, postgres: bool) -> str:
    """Push back the leases of messages still processing.

    On PostgreSQL it skips the rows a turn's commit has locked (they are being finished): it
    would otherwise queue behind that commit, and the two updates, taking the same rows in
    different orders, could deadlock.
    """
    if not postgres:
        return (
            "UPDATE messages SET next_attempt_at = ?"
            f" WHERE id IN ({db.markers(count)}) AND status = 'processing'"
        )
    return (
        "UPDATE messages SET next_attempt_at = ? WHERE id IN (SELECT id FROM messages"
        f" WHERE id IN ({db.markers(count)}) AND status = 'processing' FOR UPDATE SKIP LOCKED)"
    )


class _Lost(Exception):
    """Someone else claimed or finished the conversation's head meanwhile."""


def _finish(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)
