"""Conversaciones: VircomBot's drafts across conversations — past tool cards, background runs."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.fakes.fake_ollama import FakeOllama, reply, tool_call
from tests.ui.console_support import next_weekday, show_conversation
from vircom_desktop.domain import availability, conversations
from vircom_desktop.domain.models import PROPOSED, Appointment, Conversation, Service
from vircom_desktop.ui import tasks
from vircom_desktop.ui.conversations import ConversationsPage
from vircom_desktop.ui.conversations.list_model import DRAFTING_ROLE


def _reopen(qtbot: QtBot, console: ConversationsPage, conversation_id: int) -> None:
    show_conversation(qtbot, console, Conversation.get(Conversation.channel == "webchat").id)
    show_conversation(qtbot, console, conversation_id)


def test_reopened_conversation_shows_the_tool_cards_beside_the_reply_they_led_to(
    qtbot: QtBot, console: ConversationsPage, fake_ollama: FakeOllama
) -> None:
    day = next_weekday(1)
    service = Service.get(Service.name == "Diagnóstico a domicilio")
    slot = availability.find_slots(day, service.id)[0]
    fake_ollama.script(
        tool_call("check_availability", {"date": day.isoformat(), "service": service.name}),
        tool_call(
            "book_appointment",
            {
                "client_data": {"name": "Rosa Lagos", "address": "Los Alerces 321, Ñuñoa"},
                "date": slot.start.strftime("%Y-%m-%dT%H:%M"),
                "issue": "La lavadora no centrifuga.",
                "service": service.name,
            },
        ),
        reply("Listo Rosa, dejé la visita propuesta; el taller la confirmará pronto."),
        reply("De nada, Rosa."),
    )
    with qtbot.waitSignal(console.draft_finished, timeout=10_000):
        console.start_desk_chat("+56 9 8765 4321", "Rosa Lagos", "¿Pueden revisar mi lavadora?")
    conversation_id = console.current_id
    assert conversation_id is not None
    with qtbot.waitSignal(console.reply_sent, timeout=5000):
        console.composer.send_button.click()
    # A later exchange without tools gets no cards.
    console.composer.customer_edit.setPlainText("Gracias.")
    with qtbot.waitSignal(console.draft_finished, timeout=10_000):
        console.composer.customer_button.click()
    with qtbot.waitSignal(console.reply_sent, timeout=5000):
        console.composer.send_button.click()

    _reopen(qtbot, console, conversation_id)
    qtbot.waitUntil(lambda: console.is_idle() and tasks.pending() == 0)

    assert console.thread_view.cards == []  # no draft under way
    first_reply, second_reply = (
        m for m in conversations.history(conversation_id) if m.role in ("bot", "staff")
    )
    assert second_reply.id not in console.thread_view.past_cards
    assert list(console.thread_view.past_cards) == [first_reply.id]
    availability_card, booking_card = console.thread_view.past_cards[first_reply.id]
    assert availability_card.name == "check_availability"
    assert slot.start.strftime("%H:%M") in availability_card.body_label.text()
    visit = Appointment.get(Appointment.status == PROPOSED, Appointment.address.contains("Alerces"))
    assert booking_card.appointment_id == visit.id
    assert "pendiente" in booking_card.title_label.text()
    with qtbot.waitSignal(console.show_appointment) as shown:
        booking_card.agenda_button.click()
    assert shown.args == [visit.id]
    # The cards sit between the customer's words and the reply they led to.
    asked = console.thread_view.bubbles[0]
    answer = console.thread_view.bubble_of(first_reply.id)
    assert answer is not None
    content = console.thread_view.widget()
    assert content is not None

    def top(widget: QWidget) -> int:
        return widget.mapTo(content, QPoint(0, 0)).y()

    qtbot.waitUntil(lambda: top(asked) < top(availability_card) < top(booking_card) < top(answer))


def _drafting(console: ConversationsPage, conversation_id: int) -> object:
    row = console.model.row_of(conversation_id)
    assert row is not None
    return console.model.index(row).data(DRAFTING_ROLE)


def test_a_draft_keeps_streaming_for_its_conversation_while_staff_look_at_another(
    qtbot: QtBot, console: ConversationsPage, fake_ollama: FakeOllama
) -> None:
    greeting = "Hola Rosa, con gusto vamos el martes a revisar la lavadora."
    fake_ollama.script(reply(greeting, chunk_size=6).gated())
    console.start_desk_chat("+56 9 8765 4321", "Rosa Lagos", "¿Pueden venir el martes?")
    qtbot.waitUntil(lambda: console.run is not None)
    rosa = console.current_id
    assert rosa is not None
    qtbot.waitUntil(fake_ollama.in_flight.is_set, timeout=10_000)

    other = Conversation.get(Conversation.channel == "webchat")
    console.select_conversation(other.id)
    qtbot.waitUntil(lambda: console.shown is not None and console.shown.summary.id == other.id)
    assert console.run is None and not console.composer.is_streaming()
    assert console.drafts[rosa].run is not None  # still drafting, in the background
    assert _drafting(console, rosa) == "running"  # and the list says so
    assert not console.composer.stop_button.isEnabled()

    with qtbot.waitSignal(console.draft_finished, timeout=10_000) as finished:
        fake_ollama.gate.set()
    assert finished.args == [rosa]
    assert console.current_id == other.id
    assert console.composer.reply_text() == ""  # nothing leaked into the other conversation
    assert console.drafts[rosa].reply == greeting
    assert _drafting(console, rosa) == "ready"

    console.select_conversation(rosa)
    qtbot.waitUntil(lambda: console.shown is not None and console.shown.summary.id == rosa)
    assert console.composer.reply_text() == greeting
    assert "Borrador listo" in console.composer.status_label.text()
    assert console.composer.send_button.isEnabled()
    with qtbot.waitSignal(console.reply_sent, timeout=5000):
        console.composer.send_button.click()
    sent = conversations.history(rosa)[-1]
    assert (sent.role, sent.text) == ("bot", greeting)  # sent unedited: VircomBot's reply
    assert rosa not in console.drafts
    assert _drafting(console, rosa) is None


def test_a_draft_running_in_the_background_comes_back_streaming_with_its_cards(
    qtbot: QtBot, console: ConversationsPage, fake_ollama: FakeOllama
) -> None:
    day = next_weekday(1)
    service = Service.get(Service.name == "Diagnóstico a domicilio")
    fake_ollama.script(
        tool_call("check_availability", {"date": day.isoformat(), "service": service.name}),
        reply("El martes tengo varias horas libres.", chunk_size=5).gated(),
    )
    console.start_desk_chat("", "Rosa Lagos", "¿Tienen horas el martes?")
    qtbot.waitUntil(lambda: console.run is not None)
    rosa = console.current_id
    assert rosa is not None
    qtbot.waitUntil(lambda: [c.result is not None for c in console.drafts[rosa].cards] == [True])

    _reopen(qtbot, console, rosa)

    assert console.run is not None and console.composer.is_streaming()
    [card] = console.thread_view.cards
    assert card.name == "check_availability" and "horas libres" in card.body_label.text()
    with qtbot.waitSignal(console.draft_finished, timeout=10_000):
        fake_ollama.gate.set()
    assert console.composer.reply_text() == "El martes tengo varias horas libres."
