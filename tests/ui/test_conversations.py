"""Conversaciones: desk chats drafted by VircomBot against the fake Ollama, review, modes."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.fakes.fake_ollama import FakeOllama, reply, tool_call
from tests.ui.console_support import next_weekday, open_demo_conversation
from vircom_desktop.domain import availability, conversations, opt_out
from vircom_desktop.domain.models import (
    PROPOSED,
    Appointment,
    Conversation,
    Customer,
    Message,
    Service,
)
from vircom_desktop.ui.conversations import ConversationsPage
from vircom_desktop.ui.conversations.new_chat import NewChatDialog
from vircom_desktop.ui.conversations.tool_cards import ToolCard

GREETING = "Hola Rosa, con gusto la ayudamos. ¿Qué día le acomoda la visita?"


def _new_desk_chat(qtbot: QtBot, console: ConversationsPage, words: str) -> int:
    dialog = console.open_new_chat()
    assert isinstance(dialog, NewChatDialog) and dialog.isVisible()
    dialog.phone_edit.setText("+56 9 8765 4321")
    dialog.name_edit.setText("Rosa Lagos")
    dialog.message_edit.setPlainText(words)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: console.run is not None or console.current_id is not None)
    qtbot.waitUntil(lambda: console.shown is not None)
    assert console.current_id is not None
    return console.current_id


def test_desk_chat_streams_the_draft_token_by_token_then_staff_edit_and_send(
    qtbot: QtBot, console: ConversationsPage, fake_ollama: FakeOllama
) -> None:
    fake_ollama.script(reply(GREETING, chunk_size=6).gated())
    seen: list[str] = []
    console.composer.reply_edit.textChanged.connect(
        lambda: seen.append(console.composer.reply_edit.toPlainText())
    )

    conversation_id = _new_desk_chat(qtbot, console, "Hola, se me echó a perder la lavadora.")
    qtbot.waitUntil(fake_ollama.in_flight.is_set, timeout=10_000)
    qtbot.waitUntil(lambda: console.composer.reply_edit.toPlainText() != "")
    partial_text = console.composer.reply_edit.toPlainText()
    assert GREETING.startswith(partial_text) and partial_text != GREETING
    assert console.composer.is_streaming() and console.composer.reply_edit.isReadOnly()
    assert not console.composer.send_button.isEnabled()

    with qtbot.waitSignal(console.draft_finished, timeout=10_000):
        fake_ollama.gate.set()
    assert console.composer.reply_edit.toPlainText() == GREETING
    assert len({text for text in seen if text}) > 3  # appended as the tokens arrived
    customer = conversations.history(conversation_id)[0]
    assert (customer.role, customer.text) == ("customer", "Hola, se me echó a perder la lavadora.")
    conversation = Conversation.get_by_id(conversation_id)
    assert (conversation.channel, conversation.external_id) == ("desk", "+56987654321")
    assert conversation.customer is not None and conversation.customer.name == "Rosa Lagos"

    console.composer.reply_edit.setPlainText(GREETING + " Somos de Providencia.")
    with qtbot.waitSignal(console.reply_sent, timeout=5000):
        console.composer.send_button.click()
    sent = conversations.history(conversation_id)[-1]
    assert (sent.role, sent.status) == ("staff", "sent")
    assert sent.text == GREETING + " Somos de Providencia."
    qtbot.waitUntil(lambda: len(console.thread_view.bubbles) == 2)
    assert console.composer.reply_text() == ""


def test_unedited_draft_is_stored_as_the_bots_reply(
    qtbot: QtBot, console: ConversationsPage, fake_ollama: FakeOllama
) -> None:
    fake_ollama.script(reply(GREETING))
    with qtbot.waitSignal(console.draft_finished, timeout=10_000):
        conversation_id = _new_desk_chat(qtbot, console, "Hola, ¿atienden en Ñuñoa?")
    with qtbot.waitSignal(console.reply_sent, timeout=5000):
        console.composer.send_button.click()
    sent = conversations.history(conversation_id)[-1]
    assert (sent.role, sent.status, sent.text) == ("bot", "sent", GREETING)


def test_tool_calls_appear_as_cards_with_a_link_to_the_proposed_visit(
    qtbot: QtBot, console: ConversationsPage, fake_ollama: FakeOllama
) -> None:
    day = next_weekday(1)
    service = Service.get(Service.name == "Diagnóstico a domicilio")
    slot = availability.find_slots(day, service.id)[0]
    start = slot.start.strftime("%Y-%m-%dT%H:%M")
    fake_ollama.script(
        tool_call("check_availability", {"date": day.isoformat(), "service": service.name}),
        tool_call(
            "book_appointment",
            {
                "client_data": {"name": "Rosa Lagos", "address": "Los Alerces 321, Ñuñoa"},
                "date": start,
                "issue": "La lavadora no centrifuga.",
                "service": service.name,
            },
        ),
        reply("Listo Rosa, dejé la visita propuesta; el taller la confirmará pronto."),
    )
    with qtbot.waitSignal(console.draft_finished, timeout=10_000):
        _new_desk_chat(qtbot, console, "Necesito que revisen mi lavadora el martes.")

    # The finished draft is stored; its cards sit above it, rebuilt from its agent turns.
    draft_id = console.composer.draft_message_id
    assert draft_id is not None
    qtbot.waitUntil(lambda: draft_id in console.thread_view.past_cards)
    assert console.thread_view.cards == []
    availability_card, booking_card = console.thread_view.past_cards[draft_id]
    assert availability_card.name == "check_availability"
    assert slot.start.strftime("%H:%M") in availability_card.body_label.text()
    assert "horas libres" in availability_card.body_label.text()
    visit = Appointment.get(Appointment.status == PROPOSED, Appointment.address.contains("Alerces"))
    assert booking_card.appointment_id == visit.id
    assert "pendiente" in booking_card.title_label.text()

    def shown_booking_card() -> ToolCard:
        """The card as shown now: a refresh of the thread (the one the chat's first events
        started may come after the draft's own) replaces every card."""
        return console.thread_view.past_cards[draft_id][1]

    # Its button is shown once the loop lays it out.
    qtbot.waitUntil(lambda: shown_booking_card().agenda_button.isVisible())
    with qtbot.waitSignal(console.show_appointment) as shown:
        shown_booking_card().agenda_button.click()
    assert shown.args == [visit.id]
    assert "confirmará" in console.composer.reply_text()


def test_stop_cancels_the_draft_and_keeps_the_composer_usable(
    qtbot: QtBot, console: ConversationsPage, fake_ollama: FakeOllama
) -> None:
    fake_ollama.script(reply("Una respuesta larga que el equipo no quiere esperar.").gated())
    conversation_id = _new_desk_chat(qtbot, console, "Hola")
    qtbot.waitUntil(fake_ollama.in_flight.is_set, timeout=10_000)
    qtbot.waitUntil(lambda: console.composer.stop_button.isEnabled())

    with qtbot.waitSignal(console.draft_finished, timeout=10_000):
        console.composer.stop_button.click()
        fake_ollama.gate.set()
    assert "detenido" in console.composer.status_label.text()
    assert not console.composer.reply_edit.isReadOnly()
    assert console.composer.regenerate_button.isEnabled()
    assert [m.role for m in conversations.history(conversation_id)] == ["customer"]


def test_regenerate_asks_again_and_replaces_the_draft(
    qtbot: QtBot, console: ConversationsPage, fake_ollama: FakeOllama
) -> None:
    fake_ollama.script(reply("Primera idea."), reply("Segunda idea, mejor."))
    with qtbot.waitSignal(console.draft_finished, timeout=10_000):
        _new_desk_chat(qtbot, console, "Hola")
    assert console.composer.reply_text() == "Primera idea."
    with qtbot.waitSignal(console.draft_finished, timeout=10_000):
        console.composer.regenerate_button.click()
    assert console.composer.reply_text() == "Segunda idea, mejor."
    assert len(fake_ollama.chat_requests()) == 2


def test_more_customer_words_in_a_desk_chat_draft_a_new_reply(
    qtbot: QtBot, console: ConversationsPage, fake_ollama: FakeOllama
) -> None:
    fake_ollama.script(reply(GREETING), reply("Perfecto, el martes entonces."))
    with qtbot.waitSignal(console.draft_finished, timeout=10_000):
        conversation_id = _new_desk_chat(qtbot, console, "Hola")
    console.composer.send_button.click()
    qtbot.waitUntil(lambda: len(conversations.history(conversation_id)) == 2)

    console.composer.customer_edit.setPlainText("El martes me acomoda.")
    with qtbot.waitSignal(console.draft_finished, timeout=10_000):
        console.composer.customer_button.click()
    assert console.composer.reply_text() == "Perfecto, el martes entonces."
    roles = [(m.role, m.status) for m in conversations.history(conversation_id)]
    assert roles == [
        ("customer", "answered"),
        ("bot", "sent"),
        ("customer", "answered"),
        ("bot", "draft"),  # the new draft, kept until staff send it
    ]


def test_take_over_and_give_back_to_the_bot(qtbot: QtBot, console: ConversationsPage) -> None:
    conversation = open_demo_conversation(qtbot, console, "webchat")
    assert console.header.attention_label.isVisible()  # the demo's handoff
    assert console.shown is not None and console.shown.summary.needs_human

    console.header.take_over_button.click()
    qtbot.waitUntil(lambda: Conversation.get_by_id(conversation.id).mode == "manual")
    qtbot.waitUntil(lambda: console.shown is not None and console.shown.summary.mode == "manual")
    assert console.header.mode_combo.currentData() == "manual"
    assert (
        console.header.give_back_button.isVisible()
        and not console.header.take_over_button.isVisible()
    )

    console.header.give_back_button.click()
    qtbot.waitUntil(lambda: Conversation.get_by_id(conversation.id).status == "open")
    assert Conversation.get_by_id(conversation.id).mode == "auto"
    qtbot.waitUntil(lambda: not console.header.attention_label.isVisible())
    assert console.header.take_over_button.isVisible()


def test_staff_see_that_an_opted_out_customer_is_not_to_be_contacted(
    qtbot: QtBot, console: ConversationsPage
) -> None:
    conversation = open_demo_conversation(qtbot, console, "webchat")
    assert not console.header.contact_label.isVisible()
    customer_id = conversation.customer_id
    if customer_id is None:
        customer_id = conversations.link_customer(conversation.id, name="Carla Soto").id
    opt_out.set_do_not_contact(customer_id, True, actor="Marta")

    open_demo_conversation(qtbot, console, "whatsapp")
    open_demo_conversation(qtbot, console, "webchat")  # shown afresh, with the mark

    qtbot.waitUntil(lambda: console.header.contact_label.isVisible())
    assert "no contactar" in console.header.contact_label.text()
    assert Customer.get_by_id(customer_id).do_not_contact


def test_a_desk_chat_with_an_opted_out_customers_phone_shows_the_mark(
    qtbot: QtBot, console: ConversationsPage, fake_ollama: FakeOllama
) -> None:
    fake_ollama.script(reply(GREETING))
    Customer.create(name="Rosa Lagos", phone="+56987654321", do_not_contact=True)

    conversation_id = _new_desk_chat(qtbot, console, "Hola, llamo por la lavadora")

    assert Conversation.get_by_id(conversation_id).customer.do_not_contact
    qtbot.waitUntil(lambda: console.header.contact_label.isVisible())


def test_a_draft_waiting_for_review_is_highlighted_edited_and_sent(
    qtbot: QtBot, console: ConversationsPage
) -> None:
    conversation = Conversation.get(Conversation.channel == "api")
    conversations.set_mode(conversation.id, "draft")
    draft = conversations.add_message(
        conversation.id, "bot", "Tengo hora el jueves a las 15:00.", status="draft"
    )

    # The mode change announces the conversation; the list then counts its draft.
    def listed_with_a_draft() -> bool:
        row = console.model.row_of(conversation.id)
        return row is not None and console.model.summary(row).pending_drafts > 0

    qtbot.waitUntil(listed_with_a_draft)
    open_demo_conversation(qtbot, console, "api")

    bubble = next(b for b in console.thread_view.bubbles if b.message.id == draft.id)
    assert bubble.review_button is not None
    bubble.review_button.click()
    assert console.composer.reply_text() == "Tengo hora el jueves a las 15:00."
    console.composer.reply_edit.setPlainText("Tengo hora el jueves a las 15:30.")
    with qtbot.waitSignal(console.reply_sent, timeout=5000):
        console.composer.send_button.click()
    sent = Message.get_by_id(draft.id)
    assert (sent.text, sent.status) == ("Tengo hora el jueves a las 15:30.", "sent")


def test_new_messages_from_a_channel_refresh_the_console(
    qtbot: QtBot, console: ConversationsPage
) -> None:
    conversation = open_demo_conversation(qtbot, console, "whatsapp")
    before = len(console.thread_view.bubbles)
    conversations.add_message(conversation.id, "customer", "¿Siguen ahí?", status="received")
    qtbot.waitUntil(lambda: len(console.thread_view.bubbles) == before + 1)
    assert console.thread_view.bubbles[-1].message.text == "¿Siguen ahí?"
