"""The outbox on its own: how long texts are cut, and sends that keep failing unexpectedly."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from tests.channels.conftest import Desk, EventLog, whatsapp_text
from tests.conftest import FreezeClock
from tests.fakes.shop import NOW, ZONE
from vircom_desktop import events
from vircom_desktop.channels import outbox
from vircom_desktop.channels.outbox import Outbox, Outgoing, split_text
from vircom_desktop.channels.queue import wall_now
from vircom_desktop.domain import conversations, db
from vircom_desktop.domain.models import Message
from vircom_desktop.domain.startup import open_database


def test_a_long_text_is_cut_at_a_paragraph_before_a_later_space() -> None:
    text = "a " * 35 + "\n\n" + "b " * 30

    first, second = split_text(text, 100)

    assert first == ("a " * 35).strip()
    assert second == ("b " * 30).strip()


def test_a_full_stop_stays_with_its_sentence() -> None:
    parts = split_text("Hola mundo. " * 20, 50)

    assert all(part.endswith("mundo.") and len(part) <= 50 for part in parts)
    assert " ".join(parts) == ("Hola mundo. " * 20).strip()


def test_a_text_without_breaks_is_cut_hard_at_the_limit() -> None:
    assert split_text("x" * 250, 100) == ["x" * 100, "x" * 100, "x" * 50]


class _Broken:
    def send(self, to: str, text: str) -> str:
        raise RuntimeError("library bug")


@pytest.mark.allow_log_warnings
def test_a_send_that_keeps_failing_unexpectedly_ends_failed_for_staff(
    desk: Desk, hub_events: EventLog
) -> None:
    outbox = desk.runtime.channels.outbox
    outbox.max_attempts = 3
    outbox.senders["whatsapp"] = _Broken()

    desk.whatsapp(whatsapp_text("56911111111", "Hola", "wamid.B1"))

    [failed] = hub_events.wait(events.OUTBOUND_FAILED)
    bot = Message.get_by_id(failed["message_id"])
    assert (bot.status, bot.attempts) == ("failed", 3)
    assert "library bug" in bot.error
    assert failed["conversation_id"] == bot.conversation_id


@pytest.fixture(params=["sqlite", "postgresql"])
def outbox_db(
    request: pytest.FixtureRequest, tmp_path: Path, frozen_clock: FreezeClock
) -> Iterator[None]:
    """An open database of either kind (the senders' statement must order the same way)."""
    frozen_clock(NOW)
    url = (
        f"sqlite:///{tmp_path / 'vircom.db'}"
        if request.param == "sqlite"
        else request.getfixturevalue("postgres_db_url")
    )
    open_database(url, timezone=ZONE)
    yield
    db.close()


def _pending(sender: str, *, retry_in: float | None = None) -> Message:
    conversation = conversations.get_or_create("whatsapp", sender)
    message = conversations.add_message(conversation.id, "bot", "Hola", status="pending")
    if retry_in is not None:
        Message.update(next_attempt_at=wall_now() + timedelta(seconds=retry_in)).where(
            Message.id == message.id
        ).execute()
    return message


def test_a_sender_takes_what_is_due_before_an_older_retry_and_then_waits_for_the_retry(
    outbox_db: None,
) -> None:
    outbox = Outbox({}, workers=1)
    retry = _pending("56911111111", retry_in=0.6)
    due = _pending("56922222222")

    claimed = outbox._claim()
    assert isinstance(claimed, Outgoing) and claimed.id == due.id
    Message.update(status="sent").where(Message.id == due.id).execute()

    wait = outbox._claim()
    assert isinstance(wait, float) and 0.3 < wait <= 0.6  # until the retry is due
    Message.update(next_attempt_at=None).where(Message.id == retry.id).execute()
    claimed = outbox._claim()
    assert isinstance(claimed, Outgoing) and claimed.id == retry.id


def test_a_sender_with_nothing_to_send_looks_again_after_the_poll_interval(
    outbox_db: None,
) -> None:
    _pending("56911111111", retry_in=3600)
    assert Outbox({}, workers=1)._claim() == outbox.POLL_SECONDS
