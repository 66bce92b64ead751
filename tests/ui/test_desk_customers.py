"""Phone and walk-in customers have no channel: an approval becomes a call to make, not a message."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.fakes.fake_ollama import FakeOllama
from tests.ui.console_support import book_through_a_desk_chat
from vircom_desktop.channels import notices
from vircom_desktop.domain import booking, conversations
from vircom_desktop.domain.models import Appointment, Conversation
from vircom_desktop.ui.conversations import ConversationsPage


def test_approving_a_phone_customers_visit_puts_them_on_the_call_list(
    qtbot: QtBot, console: ConversationsPage, fake_ollama: FakeOllama
) -> None:
    unsubscribe = notices.subscribe()
    try:
        book_through_a_desk_chat(
            qtbot,
            console,
            fake_ollama,
            phone="+56 9 8765 4321",
            staff_name="Rosa Lagos",
            text="¿Pueden venir?",
        )
        conversation_id = console.current_id
        assert conversation_id is not None
        visit = Appointment.get(Appointment.conversation == conversation_id)
        booking.approve(visit.id, actor="Olga")
    finally:
        unsubscribe()

    history = conversations.history(conversation_id)
    assert not any(m.role == "bot" and m.text.startswith("¡Listo!") for m in history)
    note = history[-1]
    assert note.role == "system"
    assert "Llamar al cliente" in note.text and "+56987654321" in note.text
    conversation = Conversation.get_by_id(conversation_id)
    assert conversation.status == "needs_human"
    assert conversation.handoff_reason.startswith(notices.CALL_PREFIX)
    qtbot.waitUntil(lambda: console.header.attention_label.isVisible(), timeout=5000)
    assert "Llamar al cliente" in console.header.attention_label.text()

    def listed_to_call() -> bool:
        row = console.model.row_of(conversation_id)
        return row is not None and console.model.summary(row).needs_human

    qtbot.waitUntil(listed_to_call, timeout=5000)
