"""Model slots: every request to the model waits here for one of `VIRCOM_MODEL_SLOTS` slots.

On a desk PC the model is the bottleneck: Ollama serves one request at a time (its
`OLLAMA_NUM_PARALLEL`), each taking seconds. Whoever asks while every slot is taken waits, and
the next free slot goes to the highest class: a person at the desk waiting for a draft, then
customers in live channels (the one waiting longest first), then background work (evaluation,
warm-up). A running request is never interrupted. One scheduler serves the whole process
(`shared()`): the desk's drafts, the channels' turns and the jobs ask the same one.
"""

from __future__ import annotations

import heapq
import itertools
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import IntEnum

from vircom_desktop import events

CANCEL_POLL_SECONDS = 0.05  # how often a waiting request looks at its cancel flag


class Priority(IntEnum):
    """Who is waiting; lower goes first."""

    DESK = 0  # staff at the desk waiting for a draft
    CUSTOMER = 1  # a customer waiting in a live channel (web chat, webhook, WhatsApp, Twilio)
    BACKGROUND = 2  # nobody waits: evaluation, re-drafts, warm-up


@dataclass(frozen=True)
class Claim:
    """What a request asks for: its class, and since when its person waits (scheduler clock).

    `since` orders requests of one class (oldest first); None means "from now".
    """

    priority: Priority
    since: float | None = None


DESK = Claim(Priority.DESK)
BACKGROUND = Claim(Priority.BACKGROUND)


@dataclass(frozen=True)
class QueueState:
    """What the status bar shows: slots, requests talking to the model, requests waiting."""

    slots: int
    running: int
    waiting: int


@dataclass(order=True)
class Ticket:
    """One request's place in the queue; `granted` is set when it holds a slot."""

    priority: int
    since: float
    sequence: int
    granted: threading.Event = field(default_factory=threading.Event, compare=False)
    withdrawn: bool = field(default=False, compare=False)


class SlotCancelled(Exception):
    """The request was cancelled while it waited for a slot."""


class ModelSlots:
    """A priority queue in front of the model with `slots` requests running at once."""

    def __init__(self, slots: int = 1, *, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._condition = threading.Condition()
        self._slots = max(1, slots)
        self._running: set[int] = set()  # sequences of granted tickets
        self._waiting: list[Ticket] = []  # a heap
        self._sequence = itertools.count()

    # -- the blocking interface the agent uses ------------------------------------------------

    @contextmanager
    def slot(self, claim: Claim = DESK, cancel: threading.Event | None = None) -> Iterator[None]:
        """Hold a slot for the block; raises SlotCancelled if `cancel` is set while waiting."""
        ticket = self.request(claim)
        try:
            self.wait(ticket, cancel)
        except BaseException:
            self.release(ticket)
            raise
        try:
            yield
        finally:
            self.release(ticket)

    def wait(self, ticket: Ticket, cancel: threading.Event | None = None) -> None:
        """Block until `ticket` holds a slot."""
        while not ticket.granted.wait(CANCEL_POLL_SECONDS if cancel is not None else None):
            if cancel is not None and cancel.is_set():
                raise SlotCancelled()

    # -- the queue itself (non-blocking; the tests drive it directly) --------------------------

    def request(self, claim: Claim) -> Ticket:
        """Join the queue; the ticket is granted at once when a slot is free."""
        since = self._clock() if claim.since is None else claim.since
        ticket = Ticket(int(claim.priority), since, next(self._sequence))
        with self._condition:
            heapq.heappush(self._waiting, ticket)
            self._grant()
        self._announce()
        return ticket

    def release(self, ticket: Ticket) -> None:
        """Give the slot back (or leave the queue, for a ticket still waiting)."""
        with self._condition:
            if ticket.sequence in self._running:
                self._running.discard(ticket.sequence)
            elif not ticket.withdrawn and not ticket.granted.is_set():
                ticket.withdrawn = True
                self._waiting.remove(ticket)
                heapq.heapify(self._waiting)
            self._grant()
        self._announce()

    def resize(self, slots: int) -> None:
        """Change the number of slots; requests running now keep theirs."""
        with self._condition:
            self._slots = max(1, slots)
            self._grant()
        self._announce()

    def state(self) -> QueueState:
        with self._condition:
            return QueueState(self._slots, len(self._running), len(self._waiting))

    def _grant(self) -> None:
        while self._waiting and len(self._running) < self._slots:
            ticket = heapq.heappop(self._waiting)
            self._running.add(ticket.sequence)
            ticket.granted.set()

    def _announce(self) -> None:
        state = self.state()
        events.hub.publish(
            events.MODEL_QUEUE_CHANGED,
            slots=state.slots,
            running=state.running,
            waiting=state.waiting,
        )


_shared = ModelSlots()


def shared() -> ModelSlots:
    """The process's scheduler (sized by `configure` from VIRCOM_MODEL_SLOTS at start)."""
    return _shared


def configure(slots: int) -> None:
    _shared.resize(slots)
