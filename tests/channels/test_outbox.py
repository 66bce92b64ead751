"""The outbox on its own: how long texts are cut, and sends that keep failing unexpectedly."""

from __future__ import annotations

import pytest

from tests.channels.conftest import Desk, EventLog, whatsapp_text
from vircom_desktop import events
from vircom_desktop.channels.outbox import split_text
from vircom_desktop.domain.models import Message


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
