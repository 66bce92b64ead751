"""One customer per phone: matched by the normalised number, staff's name kept, address remembered."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.fakes.fake_ollama import FakeOllama, reply
from tests.ui.console_support import book_through_a_desk_chat
from tests.ui.widget_support import loaded_editor
from vircom_desktop.domain.models import Appointment, Conversation, Customer
from vircom_desktop.ui.conversations import ConversationsPage
from vircom_desktop.ui.main_window import MainWindow

from .conftest import Shop


def test_new_chat_with_a_known_phone_written_differently_reuses_the_customer(
    qtbot: QtBot, console: ConversationsPage, fake_ollama: FakeOllama
) -> None:
    known = Customer.get(Customer.phone == "+56912345601")  # the demo's María González
    before = Customer.select().count()
    fake_ollama.script(reply("Hola María, ¿en qué le podemos ayudar?"))
    dialog = console.open_new_chat()
    dialog.phone_edit.setText("9 1234 5601")
    dialog.name_edit.setText("María")
    dialog.message_edit.setPlainText("Hola, soy María otra vez.")
    # The new chat's draft runs to its end here, not into the next test.
    with qtbot.waitSignal(console.draft_finished, timeout=10_000):
        dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: console.shown is not None)
    assert Customer.select().count() == before
    conversation = Conversation.get_by_id(console.current_id)
    assert conversation.customer_id == known.id
    assert Customer.get_by_id(known.id).name == "María González"  # what staff had on file


def test_the_bot_never_renames_a_customer_staff_named_but_offers_the_name(
    qtbot: QtBot, console: ConversationsPage, fake_ollama: FakeOllama
) -> None:
    book_through_a_desk_chat(
        qtbot,
        console,
        fake_ollama,
        phone="+56 9 5555 1234",
        staff_name="Marta Díaz",
        bot_name="Ana Pérez",
        text="Mi lavadora no centrifuga",
    )
    customer = Customer.get(Customer.phone == "+56955551234")
    assert customer.name == "Marta Díaz"
    assert customer.address == "Los Alerces 321, Ñuñoa"  # the visit's address is remembered
    draft_id = console.composer.draft_message_id
    qtbot.waitUntil(lambda: draft_id in console.thread_view.past_cards)
    (card,) = console.thread_view.past_cards[draft_id]
    assert "Marta Díaz" in card.body_label.text() and "Ana Pérez" in card.body_label.text()
    assert card.rename_button.isVisibleTo(card)
    card.rename_button.click()
    qtbot.waitUntil(lambda: Customer.get_by_id(customer.id).name == "Ana Pérez")


def test_a_visit_booked_in_the_editor_saves_its_address_to_the_customer(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    Customer.update(phone="+56987654321").where(Customer.id == shop.customer).execute()
    window.agenda.new_visit(technician_id=shop.ana, start=shop.at(15))
    editor = loaded_editor(qtbot, window)
    editor.phone.setText("56 9 8765 4321")
    editor.name.setText("Otro nombre")
    editor.address.setText("Pasaje Nuevo 12")
    editor.issue.setPlainText("No enciende")
    with qtbot.waitSignal(editor.saved):
        editor.save()
    visit = Appointment.select().order_by(Appointment.id.desc()).first()
    assert visit.customer_id == shop.customer  # the same person, not a copy
    customer = Customer.get_by_id(shop.customer)
    assert customer.address == "Pasaje Nuevo 12"
    assert customer.name != "Otro nombre"
