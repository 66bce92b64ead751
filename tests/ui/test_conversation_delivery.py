"""Conversaciones and the channels: delivery states, retrying a failed send, drafts to review.

A real outbox sends through the WhatsApp sender to the fake Graph server; a real channel turn
stores a draft-mode reply. The console only learns about both from the event hub.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

import pytest
from pytestqt.qtbot import QtBot

from tests.fakes.fake_providers import FakeProviders, graph_error
from tests.ui.console_support import open_demo_conversation
from vircom_desktop.channels.outbox import Outbox
from vircom_desktop.channels.queue import Batch, Claimed
from vircom_desktop.channels.turns import Turns
from vircom_desktop.channels.whatsapp import WhatsAppSender
from vircom_desktop.domain import conversations
from vircom_desktop.domain.models import Message
from vircom_desktop.ui.conversations import ConversationsPage
from vircom_desktop.ui.conversations.thread_view import MessageBubble


@pytest.fixture
def outbox(console: ConversationsPage, providers: FakeProviders) -> Iterator[Outbox]:
    settings = replace(
        console.settings,
        whatsapp_token="graph-token",
        whatsapp_phone_number_id="1234567890",
        whatsapp_api_url=providers.url,
    )
    running = Outbox({"whatsapp": WhatsAppSender(settings)}, workers=1, backoff_seconds=0.05)
    running.start()
    yield running
    running.stop()


@pytest.mark.allow_log_warnings  # the outbox logs the refused send
def test_a_failed_send_shows_why_in_spanish_and_retry_sends_it(
    qtbot: QtBot,
    console: ConversationsPage,
    outbox: Outbox,
    providers: FakeProviders,
) -> None:
    conversation = open_demo_conversation(qtbot, console, "whatsapp")
    providers.fail_next(1, 400, graph_error(131047, "Re-engagement message"))

    console.composer.reply_edit.setPlainText("Hola María, ¿sigue con el problema del notebook?")
    with qtbot.waitSignal(console.reply_sent, timeout=5000) as sent:
        console.composer.send_button.click()
    message_id = sent.args[1]

    def bubble_status() -> str:
        bubble = console.thread_view.bubble_of(message_id)
        return bubble.message.status if bubble is not None else ""

    def retry_shown() -> MessageBubble | None:
        """The bubble once its retry button is on screen (the event loop lays it out).

        Looked up each time: the refresh the failure's event starts may still come after the
        failure is shown, and it replaces every bubble.
        """
        bubble = console.thread_view.bubble_of(message_id)
        if bubble is None or bubble.retry_button is None or not bubble.retry_button.isVisible():
            return None
        return bubble

    qtbot.waitUntil(lambda: bubble_status() == "failed", timeout=10_000)
    bubble = console.thread_view.bubble_of(message_id)
    assert bubble is not None and bubble.failure_label is not None
    assert "no se pudo enviar" in bubble.meta_label.text()
    assert "24 horas" in bubble.failure_label.text()
    assert "131047" in bubble.failure_label.toolTip()  # the technical detail, on hover
    assert bubble.retry_button is not None
    qtbot.waitUntil(lambda: retry_shown() is not None)

    bubble = retry_shown()
    assert bubble is not None and bubble.retry_button is not None
    bubble.retry_button.click()
    assert not bubble.retry_button.isEnabled()
    [delivered] = providers.wait_for(1)
    assert delivered.text == "Hola María, ¿sigue con el problema del notebook?"
    qtbot.waitUntil(lambda: bubble_status() == "sent", timeout=10_000)
    retried = console.thread_view.bubble_of(message_id)
    assert retried is not None
    assert "enviado" in retried.meta_label.text() and retried.retry_button is None
    assert Message.get_by_id(message_id).status == "sent"
    assert conversation.id == console.current_id


def test_delivery_reports_move_the_state_shown(
    qtbot: QtBot,
    console: ConversationsPage,
) -> None:
    from vircom_desktop.channels import outbox as outbox_module

    conversation = open_demo_conversation(qtbot, console, "whatsapp")
    message = conversations.add_message(conversation.id, "staff", "Vamos el martes.", status="sent")
    Message.update(external_id="wamid.out-1").where(Message.id == message.id).execute()
    outbox_module.record_delivery("wamid.out-1", "delivered")

    def meta() -> str:
        bubble = console.thread_view.bubble_of(message.id)
        return bubble.meta_label.text() if bubble is not None else ""

    qtbot.waitUntil(lambda: "entregado" in meta())
    outbox_module.record_delivery("wamid.out-1", "read")
    qtbot.waitUntil(lambda: "leído" in meta())


@dataclass
class _Drafted:
    reply: str
    status: str = "answered"
    appointment_id: int | None = None
    error: str = ""


class _ScriptedAgent:
    def respond(
        self,
        conversation_id: int,
        *,
        on_event: object = None,
        cancel: object = None,
        claim: object = None,
    ) -> _Drafted:
        return _Drafted("El técnico puede ir el jueves a las 15:00.")


def test_a_draft_stored_by_a_channel_turn_is_highlighted_at_once(
    qtbot: QtBot,
    console: ConversationsPage,
) -> None:
    conversation = open_demo_conversation(qtbot, console, "whatsapp")
    conversations.set_mode(conversation.id, "draft")
    customer = conversations.add_message(
        conversation.id, "customer", "¿Pueden el jueves?", status="received"
    )
    qtbot.waitUntil(lambda: console.thread_view.bubble_of(customer.id) is not None)

    # The channels' queue would run this turn on a worker once the message is stored.
    claimed = Claimed(customer.id, customer.text, None, customer.created_at)
    Turns(_ScriptedAgent()).handle(Batch(conversation.id, (claimed,), 1))

    def summary_drafts() -> int:
        row = console.model.row_of(conversation.id)
        return console.model.summary(row).pending_drafts if row is not None else 0

    qtbot.waitUntil(lambda: summary_drafts() == 1)
    draft = Message.get(Message.conversation == conversation.id, Message.status == "draft")
    qtbot.waitUntil(lambda: console.thread_view.bubble_of(draft.id) is not None)
    bubble = console.thread_view.bubble_of(draft.id)
    assert bubble is not None and bubble.review_button is not None
