"""A day at the desk loses no typed work: drafts are stored and come back, closing asks first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.fakes.fake_ollama import FakeOllama, reply, tool_call
from tests.ui.console_support import next_weekday, open_console, show_conversation
from vircom_desktop.domain import conversations
from vircom_desktop.domain.models import Conversation, Service
from vircom_desktop.ui import tasks
from vircom_desktop.ui.bridge import EventBridge
from vircom_desktop.ui.conversations import ConversationsPage
from vircom_desktop.ui.main_window import MainWindow
from vircom_desktop.ui.stand_in_runtime import StandInRuntime


def _restart_console(
    qtbot: QtBot, old: ConversationsPage, bridge: EventBridge, tmp_path: Path
) -> ConversationsPage:
    old.shutdown()
    old.close()
    return open_console(qtbot, old.settings, bridge)


def test_an_unsent_draft_and_its_cards_come_back_after_a_restart(
    qtbot: QtBot,
    console: ConversationsPage,
    fake_ollama: FakeOllama,
    bridge: EventBridge,
    tmp_path: Path,
) -> None:
    day = next_weekday(1)
    service = Service.get(Service.name == "Diagnóstico a domicilio")
    fake_ollama.script(
        tool_call("check_availability", {"date": day.isoformat(), "service": service.name}),
        reply("Tengo horas libres el martes en la mañana."),
    )
    with qtbot.waitSignal(console.draft_finished, timeout=10_000):
        console.start_desk_chat("+56 9 8765 4321", "Rosa Lagos", "¿Tienen hora el martes?")
    conversation_id = console.current_id
    assert conversation_id is not None

    again = _restart_console(qtbot, console, bridge, tmp_path)
    row = again.model.row_of(conversation_id)
    assert row is not None and again.model.summary(row).pending_drafts == 1  # "por revisar"
    show_conversation(qtbot, again, conversation_id)
    qtbot.waitUntil(lambda: again.composer.reply_text() != "")
    assert again.composer.reply_text() == "Tengo horas libres el martes en la mañana."
    draft_id = again.composer.draft_message_id
    assert draft_id is not None
    (card,) = again.thread_view.past_cards[draft_id]
    assert card.name == "check_availability"
    with qtbot.waitSignal(again.reply_sent, timeout=5000):
        again.composer.send_button.click()
    sent = [m for m in conversations.history(conversation_id) if m.role != "customer"]
    assert [(m.text, m.status) for m in sent] == [
        ("Tengo horas libres el martes en la mañana.", "sent")
    ]
    again.shutdown()
    qtbot.waitUntil(lambda: tasks.pending() == 0)


def test_a_reply_typed_by_staff_stays_with_its_conversation(
    qtbot: QtBot, console: ConversationsPage
) -> None:
    first, second = (c.id for c in Conversation.select().order_by(Conversation.id)[:2])
    show_conversation(qtbot, console, first)
    console.composer.reply_edit.setPlainText("Le escribo en un momento con la hora.")
    show_conversation(qtbot, console, second)
    assert console.composer.reply_text() == ""
    show_conversation(qtbot, console, first)
    assert console.composer.reply_text() == "Le escribo en un momento con la hora."
    assert console.unsent_work() == [first]


def test_closing_the_window_with_unsent_work_asks_first(
    qtbot: QtBot, window: MainWindow, runtime: StandInRuntime
) -> None:
    conversation = conversations.get_or_create("desk", "+56911112222", name="Rosa")
    conversations.add_message(conversation.id, "customer", "Hola", status="answered")
    window.show()
    window.show_page("conversations")
    page = window.conversations
    page.reload_list()
    qtbot.waitUntil(lambda: page.model.row_of(conversation.id) is not None)
    show_conversation(qtbot, page, conversation.id)
    page.composer.reply_edit.setPlainText("Mañana a las 10 le sirve?")

    assert window.close() is False  # not closed: it asks
    box = window.findChild(QMessageBox, "unsentWorkBox")
    assert box is not None and box.isVisible()
    assert "1 conversación" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert window.isVisible()

    assert window.close() is False
    box = window.findChild(QMessageBox, "unsentWorkBox")
    assert box is not None
    box.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_closing_with_nothing_typed_does_not_ask(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    assert window.close() is True
    assert window.findChild(QMessageBox, "unsentWorkBox") is None
