"""The model-slot scheduler: who gets the next free slot, checked with a fake clock."""

from __future__ import annotations

import threading

import pytest

from vircom_desktop import events
from vircom_desktop.agent.slots import (
    BACKGROUND,
    DESK,
    Claim,
    ModelSlots,
    Priority,
    QueueState,
    SlotCancelled,
    Ticket,
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def customer(since: float | None = None) -> Claim:
    return Claim(Priority.CUSTOMER, since)


def granted(*tickets: Ticket) -> list[bool]:
    return [ticket.granted.is_set() for ticket in tickets]


def serve_all(slots: ModelSlots, running: Ticket, waiting: list[Ticket]) -> list[int]:
    """Release one request after the other; the order in which `waiting` got the slot."""
    order: list[int] = []
    current = running
    while len(order) < len(waiting):
        slots.release(current)
        current = next(t for t in waiting if t.granted.is_set() and id(t) not in order)
        order.append(id(current))
    return [next(i for i, t in enumerate(waiting) if id(t) == key) for key in order]


def test_a_free_slot_is_granted_at_once_and_the_next_request_waits() -> None:
    slots = ModelSlots(1, clock=FakeClock())
    first, second = slots.request(customer()), slots.request(customer())
    assert granted(first, second) == [True, False]
    assert slots.state() == QueueState(slots=1, running=1, waiting=1)
    slots.release(first)
    assert granted(second) == [True]
    assert slots.state() == QueueState(slots=1, running=1, waiting=0)


def test_the_desk_goes_before_customers_and_customers_before_background() -> None:
    clock = FakeClock()
    slots = ModelSlots(1, clock=clock)
    running = slots.request(customer())
    waiting = []
    for claim in (BACKGROUND, customer(), BACKGROUND, customer(), DESK):
        clock.advance(1)
        waiting.append(slots.request(claim))
    assert not any(granted(*waiting))
    assert serve_all(slots, running, waiting) == [4, 1, 3, 0, 2]


def test_a_running_request_is_never_interrupted_by_the_desk() -> None:
    slots = ModelSlots(1, clock=FakeClock())
    background = slots.request(BACKGROUND)
    desk = slots.request(DESK)
    assert granted(background, desk) == [True, False]
    slots.release(background)
    assert granted(desk) == [True]


def test_customers_are_served_oldest_waiting_first_not_in_order_of_asking() -> None:
    clock = FakeClock()
    slots = ModelSlots(1, clock=clock)
    running = slots.request(customer())
    # Someone answered a minute ago writes again; someone else has waited 60 s already.
    recent = slots.request(customer(since=clock.now - 1))
    patient = slots.request(customer(since=clock.now - 60))
    assert serve_all(slots, running, [recent, patient]) == [1, 0]


def test_requests_of_one_class_asked_at_the_same_moment_keep_their_order() -> None:
    slots = ModelSlots(1, clock=FakeClock())
    running = slots.request(BACKGROUND)
    waiting = [slots.request(BACKGROUND) for _ in range(5)]
    assert serve_all(slots, running, waiting) == [0, 1, 2, 3, 4]


def test_a_burst_of_customers_cannot_starve_the_desk_for_more_than_one_request() -> None:
    clock = FakeClock()
    slots = ModelSlots(1, clock=clock)
    current = slots.request(customer())
    burst = [slots.request(customer()) for _ in range(10)]
    for ticket in burst[:3]:  # three customers served, then staff ask for a draft
        slots.release(current)
        current = ticket
    desk = slots.request(DESK)
    slots.release(current)
    assert granted(desk) == [True]
    assert not any(granted(*burst[3:]))


def test_several_slots_run_that_many_requests_at_once() -> None:
    slots = ModelSlots(2, clock=FakeClock())
    tickets = [slots.request(customer()) for _ in range(3)]
    assert granted(*tickets) == [True, True, False]
    slots.resize(3)
    assert granted(*tickets) == [True, True, True]


def test_a_waiting_request_that_leaves_the_queue_gives_its_turn_to_the_next() -> None:
    slots = ModelSlots(1, clock=FakeClock())
    running = slots.request(customer())
    leaving, staying = slots.request(DESK), slots.request(BACKGROUND)
    slots.release(leaving)
    slots.release(running)
    assert granted(staying) == [True]
    assert slots.state().waiting == 0


def test_cancelling_while_waiting_raises_and_frees_the_place() -> None:
    slots = ModelSlots(1, clock=FakeClock())
    running = slots.request(customer())
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(SlotCancelled), slots.slot(DESK, cancel):
        pass
    assert slots.state() == QueueState(slots=1, running=1, waiting=0)
    slots.release(running)
    assert slots.state().running == 0


def test_the_queue_announces_what_waits_for_the_status_bar() -> None:
    seen: list[dict[str, int]] = []
    unsubscribe = events.hub.subscribe(
        events.MODEL_QUEUE_CHANGED, lambda **payload: seen.append(payload)
    )
    try:
        slots = ModelSlots(1, clock=FakeClock())
        running = slots.request(customer())
        slots.request(customer())
        slots.request(BACKGROUND)
        slots.release(running)
    finally:
        unsubscribe()
    assert [s["waiting"] for s in seen] == [0, 1, 2, 1]
    assert seen[-1] == {"slots": 1, "running": 1, "waiting": 1}
