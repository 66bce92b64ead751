"""Recordar por teléfono: reminders no message can carry, for the receptionist to call."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from tests.ui.conftest import NOW, Shop
from vircom_desktop.desk import console as store
from vircom_desktop.desk.agenda import load_visits
from vircom_desktop.domain import booking, clock, conversations
from vircom_desktop.domain.models import Reminder
from vircom_desktop.jobs.reminders import send_due_reminders
from vircom_desktop.ui.bridge import EventBridge
from vircom_desktop.ui.conversations.thread_view import ThreadView
from vircom_desktop.ui.phone_reminders import PhoneRemindersPage


def test_a_walk_in_customers_reminder_is_listed_and_ticked_off(
    qtbot: QtBot, shop: Shop, bridge: EventBridge
) -> None:
    visit = shop.visit(shop.ana, shop.at(10))  # Carmen has no chat: a phone customer
    send_due_reminders(hours="2")
    page = PhoneRemindersPage(bridge, actor="Patricia")
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.show()

    assert page.model.rowCount() == 1
    row = page.model.record(0)
    assert (row.appointment_id, row.customer_name, row.phone) == (
        visit,
        "Carmen Rivas",
        "+56911112222",
    )
    assert page.model.data(page.model.index(0, 5)) == "No tiene chat con el taller"

    page.table.selectRow(0)
    with qtbot.waitSignal(page.count_changed, timeout=5000) as counted:
        page.called_button.click()
    assert counted.args == [0]
    assert Reminder.get(Reminder.appointment == visit).status == "called"
    assert page.empty_label.isVisible()


def test_the_agenda_knows_the_customer_confirmed(shop: Shop) -> None:
    visit = shop.visit(shop.ana, shop.at(15))
    booking.confirm_attendance(visit, actor="VircomBot")
    first, last = clock.day_bounds_utc(NOW.date())
    [loaded] = [v for v in load_visits(first, last + timedelta(days=1)) if v.id == visit]
    assert loaded.attendance_confirmed


def test_a_reminder_shows_in_its_conversation_with_its_delivery_state(
    qtbot: QtBot, shop: Shop
) -> None:
    chat = conversations.get_or_create("whatsapp", "56911112222")
    conversations.link_customer(chat.id, name="Carmen Rivas")
    conversations.add_message(chat.id, "customer", "Hola", status="answered")
    visit = shop.visit(shop.ana, shop.at(10))
    send_due_reminders(hours="2")

    thread = store.load_thread(chat.id)
    [reminder] = [m for m in thread.messages if m.reminder]
    assert reminder.id == Reminder.get(Reminder.appointment == visit).message_id
    view = ThreadView()
    qtbot.addWidget(view)
    view.set_messages(thread.messages)
    bubble = view.bubble_of(reminder.id)
    assert bubble is not None
    meta = bubble.meta_label.text()
    assert "Recordatorio" in meta and "pendiente" in meta.lower()
