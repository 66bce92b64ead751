"""Conversaciones: VircomBot's drafts across conversations — past tool cards, background runs."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.fakes.fake_ollama import FakeOllama, reply, tool_call
from tests.ui import test_conversations as console
from tests.ui.console_support import next_weekday
from vircom_desktop.domain import availability, conversations
from vircom_desktop.domain.models import PROPOSED, Appointment, Conversation, Service
from vircom_desktop.ui import tasks
from vircom_desktop.ui.conversations import ConversationsPage
from vircom_desktop.ui.conversations.list_model import DRAFTING_ROLE

# The console's fixtures: a demo shop, the fake Ollama and the page on them.
shop, fake_ollama, page = console.shop, console.fake_ollama, console.page


def _reopen(qtbot: QtBot, page: ConversationsPage, conversation_id: int) -> None:
    other = Conversation.get(Conversation.channel == "webchat")
    page.select_conversation(other.id)
    qtbot.waitUntil(lambda: page.shown is not None and page.shown.summary.id == other.id)
    page.select_conversation(conversation_id)
    qtbot.waitUntil(lambda: page.shown is not None and page.shown.summary.id == conversation_id)


def test_reopened_conversation_shows_the_tool_cards_beside_the_reply_they_led_to(
    qtbot: QtBot, page: ConversationsPage, fake_ollama: FakeOllama
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
    with qtbot.waitSignal(page.draft_finished, timeout=10_000):
        page.start_desk_chat("+56 9 8765 4321", "Rosa Lagos", "¿Pueden revisar mi lavadora?")
    conversation_id = page.current_id
    assert conversation_id is not None
    with qtbot.waitSignal(page.reply_sent, timeout=5000):
        page.composer.send_button.click()
    # A later exchange without tools gets no cards.
    page.composer.customer_edit.setPlainText("Gracias.")
    with qtbot.waitSignal(page.draft_finished, timeout=10_000):
        page.composer.customer_button.click()
    with qtbot.waitSignal(page.reply_sent, timeout=5000):
        page.composer.send_button.click()

    _reopen(qtbot, page, conversation_id)
    qtbot.waitUntil(lambda: page.is_idle() and tasks.pending() == 0)

    assert page.thread_view.cards == []  # no draft under way
    first_reply, second_reply = (
        m for m in conversations.history(conversation_id) if m.role in ("bot", "staff")
    )
    assert second_reply.id not in page.thread_view.past_cards
    assert list(page.thread_view.past_cards) == [first_reply.id]
    availability_card, booking_card = page.thread_view.past_cards[first_reply.id]
    assert availability_card.name == "check_availability"
    assert slot.start.strftime("%H:%M") in availability_card.body_label.text()
    visit = Appointment.get(Appointment.status == PROPOSED, Appointment.address.contains("Alerces"))
    assert booking_card.appointment_id == visit.id
    assert "pendiente" in booking_card.title_label.text()
    with qtbot.waitSignal(page.show_appointment) as shown:
        booking_card.agenda_button.click()
    assert shown.args == [visit.id]
    # The cards sit between the customer's words and the reply they led to.
    asked = page.thread_view.bubbles[0]
    answer = page.thread_view.bubble_of(first_reply.id)
    assert answer is not None
    content = page.thread_view.widget()
    assert content is not None

    def top(widget: QWidget) -> int:
        return widget.mapTo(content, QPoint(0, 0)).y()

    qtbot.waitUntil(lambda: top(asked) < top(availability_card) < top(booking_card) < top(answer))


def _drafting(page: ConversationsPage, conversation_id: int) -> object:
    row = page.model.row_of(conversation_id)
    assert row is not None
    return page.model.index(row).data(DRAFTING_ROLE)


def test_a_draft_keeps_streaming_for_its_conversation_while_staff_look_at_another(
    qtbot: QtBot, page: ConversationsPage, fake_ollama: FakeOllama
) -> None:
    greeting = "Hola Rosa, con gusto vamos el martes a revisar la lavadora."
    fake_ollama.script(reply(greeting, chunk_size=6).gated())
    page.start_desk_chat("+56 9 8765 4321", "Rosa Lagos", "¿Pueden venir el martes?")
    qtbot.waitUntil(lambda: page.run is not None)
    rosa = page.current_id
    assert rosa is not None
    qtbot.waitUntil(fake_ollama.in_flight.is_set, timeout=10_000)

    other = Conversation.get(Conversation.channel == "webchat")
    page.select_conversation(other.id)
    qtbot.waitUntil(lambda: page.shown is not None and page.shown.summary.id == other.id)
    assert page.run is None and not page.composer.is_streaming()
    assert page.drafts[rosa].run is not None  # still drafting, in the background
    assert _drafting(page, rosa) == "running"  # and the list says so
    assert not page.composer.stop_button.isEnabled()

    with qtbot.waitSignal(page.draft_finished, timeout=10_000) as finished:
        fake_ollama.gate.set()
    assert finished.args == [rosa]
    assert page.current_id == other.id
    assert page.composer.reply_text() == ""  # nothing leaked into the other conversation
    assert page.drafts[rosa].reply == greeting
    assert _drafting(page, rosa) == "ready"

    page.select_conversation(rosa)
    qtbot.waitUntil(lambda: page.shown is not None and page.shown.summary.id == rosa)
    assert page.composer.reply_text() == greeting
    assert "Borrador listo" in page.composer.status_label.text()
    assert page.composer.send_button.isEnabled()
    with qtbot.waitSignal(page.reply_sent, timeout=5000):
        page.composer.send_button.click()
    sent = conversations.history(rosa)[-1]
    assert (sent.role, sent.text) == ("bot", greeting)  # sent unedited: VircomBot's reply
    assert rosa not in page.drafts
    assert _drafting(page, rosa) is None


def test_a_draft_running_in_the_background_comes_back_streaming_with_its_cards(
    qtbot: QtBot, page: ConversationsPage, fake_ollama: FakeOllama
) -> None:
    day = next_weekday(1)
    service = Service.get(Service.name == "Diagnóstico a domicilio")
    fake_ollama.script(
        tool_call("check_availability", {"date": day.isoformat(), "service": service.name}),
        reply("El martes tengo varias horas libres.", chunk_size=5).gated(),
    )
    page.start_desk_chat("", "Rosa Lagos", "¿Tienen horas el martes?")
    qtbot.waitUntil(lambda: page.run is not None)
    rosa = page.current_id
    assert rosa is not None
    qtbot.waitUntil(lambda: [c.result is not None for c in page.drafts[rosa].cards] == [True])

    _reopen(qtbot, page, rosa)

    assert page.run is not None and page.composer.is_streaming()
    [card] = page.thread_view.cards
    assert card.name == "check_availability" and "horas libres" in card.body_label.text()
    with qtbot.waitSignal(page.draft_finished, timeout=10_000):
        fake_ollama.gate.set()
    assert page.composer.reply_text() == "El martes tengo varias horas libres."
