"""Helpers for the console, approvals and settings tests, which run on the demo shop."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.fakes.fake_ollama import FakeOllama, reply, tool_call
from tests.fakes.shop import ZONE
from vircom_desktop.config import Settings
from vircom_desktop.domain import availability, booking, clock, conversations
from vircom_desktop.domain.models import Appointment, Conversation, Customer, Service
from vircom_desktop.ui.bridge import EventBridge
from vircom_desktop.ui.conversations import ConversationsPage


def next_weekday(weekday: int, after: date | None = None) -> date:
    """The first `weekday` (0 = Monday) strictly after `after` (default: today)."""
    day = (after or clock.today()) + timedelta(days=1)
    while day.weekday() != weekday:
        day += timedelta(days=1)
    return day


def propose_visit(*, day: date, at: time, issue: str = "La lavadora no centrifuga.") -> Appointment:
    """A bot proposal with a conversation behind it, as the agent would leave it."""
    conversation = conversations.get_or_create("whatsapp", "+56911112222", name="Rosa Lagos")
    conversations.add_message(conversation.id, "customer", issue, status="answered")
    conversations.add_message(
        conversation.id, "bot", "Te propongo el martes a las 11:00.", status="sent"
    )
    customer = Customer.get_by_id(conversations.get(conversation.id).customer_id)
    customer.address = "Los Alerces 321, Ñuñoa"
    customer.save()
    service = Service.get(Service.name == "Diagnóstico a domicilio")
    return booking.propose(
        booking.VisitRequest(
            customer_id=customer.id,
            service_id=service.id,
            start=clock.local_datetime(day, at),
            address=customer.address,
            issue=issue,
            conversation_id=conversation.id,
        )
    )


def console_settings(data_dir: Path, ollama_url: str) -> Settings:
    """The desk's settings for a console drafting with the fake Ollama at `ollama_url`."""
    return Settings(
        data_dir=data_dir,
        ollama_url=ollama_url,
        ollama_model="llama3.1",
        ollama_timeout_seconds=10.0,
        timezone=ZONE,
    )


def open_console(qtbot: QtBot, settings: Settings, bridge: EventBridge) -> ConversationsPage:
    """Conversaciones at the desk's size, shown and its data loaded."""
    page = ConversationsPage(settings, bridge, actor="Recepción")
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitUntil(page.is_idle)
    return page


def show_conversation(qtbot: QtBot, console: ConversationsPage, conversation_id: int) -> None:
    """Select a conversation in the console and wait until its thread is shown."""
    console.select_conversation(conversation_id)
    qtbot.waitUntil(
        lambda: console.shown is not None and console.shown.summary.id == conversation_id
    )


def open_demo_conversation(qtbot: QtBot, console: ConversationsPage, channel: str) -> Conversation:
    """Show the demo shop's conversation on `channel`."""
    conversation = Conversation.get(Conversation.channel == channel)
    show_conversation(qtbot, console, conversation.id)
    return conversation


def book_through_a_desk_chat(
    qtbot: QtBot,
    console: ConversationsPage,
    fake_ollama: FakeOllama,
    *,
    phone: str,
    staff_name: str,
    text: str,
    bot_name: str | None = None,
) -> None:
    """Nuevo chat for a phone customer whose draft proposes the next Tuesday's first diagnosis."""
    day = next_weekday(1)
    service = Service.get(Service.name == "Diagnóstico a domicilio")
    slot = availability.find_slots(day, service.id)[0]
    fake_ollama.script(
        tool_call(
            "book_appointment",
            {
                "client_data": {
                    "name": bot_name or staff_name,
                    "address": "Los Alerces 321, Ñuñoa",
                },
                "date": slot.start.strftime("%Y-%m-%dT%H:%M"),
                "issue": "La lavadora no centrifuga.",
                "service": service.name,
            },
        ),
        reply("Listo, el taller la confirmará."),
    )
    with qtbot.waitSignal(console.draft_finished, timeout=10_000):
        console.start_desk_chat(phone, staff_name, text)
