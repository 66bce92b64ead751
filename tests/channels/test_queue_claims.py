"""Two desks claim the same conversation on PostgreSQL: the claim's own conditions decide."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from tests.conftest import FreezeClock
from tests.fakes.shop import NOW, ZONE
from vircom_desktop.channels import queue
from vircom_desktop.channels.queue import Batch, InboundQueue
from vircom_desktop.domain import conversations, db
from vircom_desktop.domain.models import Message
from vircom_desktop.domain.startup import open_database


class _Runner:
    def handle(self, batch: Batch) -> None:
        raise AssertionError("no turn runs here")

    def give_up(self, batch: Batch, reason: str) -> None:
        raise AssertionError("no turn runs here")


@pytest.fixture
def waiting_message(postgres_db_url: str, frozen_clock: FreezeClock) -> Iterator[Message]:
    frozen_clock(NOW)
    open_database(postgres_db_url, timezone=ZONE)
    conversation = conversations.get_or_create("whatsapp", "56911111111")
    yield conversations.add_message(conversation.id, "customer", "Hola", status="received")
    db.close()


def test_a_claim_another_desk_made_between_read_and_write_is_undone(
    waiting_message: Message, monkeypatch: pytest.MonkeyPatch
) -> None:
    this_desk, other_desk = InboundQueue(_Runner()), InboundQueue(_Runner())
    conversation_id = waiting_message.conversation_id
    others: list[Batch | None] = []
    claim_sql = queue._claim_sql

    def other_desk_claims_first(count: int) -> str:
        if not others:  # once: this desk has read the messages as waiting, not written yet
            others.append(None)
            thread = threading.Thread(target=other_desk_claim)
            thread.start()
            thread.join(timeout=30)
        return claim_sql(count)

    def other_desk_claim() -> None:
        others[0] = other_desk._claim_conversation(conversation_id, queue.wall_now())
        db.close()

    monkeypatch.setattr(queue, "_claim_sql", other_desk_claims_first)

    assert this_desk._claim_conversation(conversation_id, queue.wall_now()) is None
    assert others[0] is not None and others[0].message_ids == (waiting_message.id,)
    claimed = Message.get_by_id(waiting_message.id)
    assert (claimed.status, claimed.attempts) == ("processing", 1)  # claimed once, not twice
