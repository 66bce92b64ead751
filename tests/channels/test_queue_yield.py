"""While deliveries are acknowledged the queue's workers step aside, unless the model needs them."""

from __future__ import annotations

import pytest

from vircom_desktop.agent import slots
from vircom_desktop.channels import queue
from vircom_desktop.channels.queue import Batch, InboundQueue


class _Runner:
    def handle(self, batch: Batch) -> None:
        raise AssertionError("no turn runs here")

    def give_up(self, batch: Batch, reason: str) -> None:
        raise AssertionError("no turn runs here")


class _AlwaysAcknowledging:
    """An intake in the middle of an endless burst."""

    def busy(self) -> bool:
        return True


@pytest.fixture
def model() -> slots.ModelSlots:
    return slots.ModelSlots(1)


@pytest.fixture
def inbound(model: slots.ModelSlots, monkeypatch: pytest.MonkeyPatch) -> InboundQueue:
    monkeypatch.setattr(queue, "MAX_YIELD_SECONDS", 0.05)
    return InboundQueue(_Runner(), intake=_AlwaysAcknowledging(), model=model)


def test_a_worker_steps_aside_for_a_burst_while_the_model_is_idle(inbound: InboundQueue) -> None:
    assert inbound._yield_to_intake() is True  # waited the longest allowed


def test_a_worker_prepares_the_next_turn_while_the_model_answers(
    inbound: InboundQueue, model: slots.ModelSlots
) -> None:
    running = model.request(slots.Claim(slots.Priority.CUSTOMER, 1.0))

    assert inbound._yield_to_intake() is False  # at once: its turn is the next model call

    model.release(running)


def test_a_worker_steps_aside_when_a_turn_already_waits_for_the_model(
    inbound: InboundQueue, model: slots.ModelSlots
) -> None:
    running = model.request(slots.Claim(slots.Priority.CUSTOMER, 1.0))
    next_in_line = model.request(slots.Claim(slots.Priority.CUSTOMER, 2.0))

    assert inbound._yield_to_intake() is True

    model.release(next_in_line)
    model.release(running)
