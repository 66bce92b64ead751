"""Clientes: export a customer's data, erase it behind the owner's PIN, mark "no contactar"."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.console_support import next_weekday
from tests.ui.widget_support import wait_for_dialog
from vircom_desktop.domain import booking, clock, conversations, privacy
from vircom_desktop.domain.models import Customer, Message, Service
from vircom_desktop.ui import tasks
from vircom_desktop.ui.bridge import EventBridge
from vircom_desktop.ui.clients import ClientsPage
from vircom_desktop.ui.owner_gate import OwnerUnlock, PinDialog

NAME = "Rosa Campos Ortúzar"


@pytest.fixture
def rosa(demo_shop: None) -> int:
    conversation = conversations.get_or_create("whatsapp", "56987654321", name=NAME)
    customer = conversations.link_customer(conversation.id, name=NAME, address="Quillayes 8")
    conversations.add_message(conversation.id, "customer", "Hola ZZROSAZZ", status="answered")
    return int(customer.id)


@pytest.fixture
def page(qtbot: QtBot, rosa: int, bridge: EventBridge) -> Iterator[ClientsPage]:
    page = ClientsPage(bridge, unlock=OwnerUnlock(), actor=lambda: "Recepción")
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    with qtbot.waitSignal(page.loaded):
        page.search.setText("Rosa Campos")
    page.customer_table.selectRow(0)
    qtbot.waitUntil(lambda: page.privacy_bar.export_button.isEnabled())
    yield page
    qtbot.waitUntil(lambda: tasks.pending() == 0)


def _button(box: QMessageBox, role: QMessageBox.ButtonRole) -> None:
    [button] = [b for b in box.buttons() if box.buttonRole(b) == role]
    button.click()


def test_export_writes_the_customers_document(
    qtbot: QtBot, page: ClientsPage, tmp_path: Path
) -> None:
    target = tmp_path / "rosa.json"
    with qtbot.waitSignal(page.privacy_bar.finished) as done:
        page.privacy_bar.export_to(target)

    assert str(target) in done.args[0]
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["customer"]["name"] == NAME
    assert document["conversations"][0]["messages"][0]["text"] == "Hola ZZROSAZZ"


def test_the_owner_erases_after_a_confirmation_that_names_what_goes(
    qtbot: QtBot, page: ClientsPage, rosa: int
) -> None:
    page.privacy_bar.erase_button.click()
    pin = wait_for_dialog(qtbot, page.privacy_bar, PinDialog)
    pin.pin_edit.setText("1234")
    pin.buttons.accepted.emit()
    box = wait_for_dialog(qtbot, page.privacy_bar, QMessageBox)
    assert NAME in box.text()
    assert "1 conversaciones con 1 mensajes" in box.informativeText()
    assert "registros anónimos" in box.informativeText()

    with qtbot.waitSignal(page.privacy_bar.finished) as done:
        _button(box, QMessageBox.ButtonRole.DestructiveRole)

    assert "Datos eliminados" in done.args[0]
    assert Customer.get_by_id(rosa).name == privacy.ERASED_NAME
    assert not Message.select().where(Message.text.contains("ZZROSAZZ")).exists()


def test_erasing_a_customer_with_a_pending_visit_is_refused_in_spanish(
    qtbot: QtBot, page: ClientsPage, rosa: int
) -> None:
    service = Service.select().first()
    start = clock.local_datetime(next_weekday(2), time(10, 0))
    booking.create(
        booking.VisitRequest(rosa, service.id, start, "Quillayes 8", "No enciende"),
        actor="Recepción",
    )

    with qtbot.waitSignal(page.privacy_bar.finished) as done:
        page.privacy_bar.prepare_erasure("Patricia (dueña)")

    assert "visita pendiente" in done.args[0]
    assert Customer.get_by_id(rosa).name == NAME


def test_no_contactar_is_marked_shown_and_lifted_only_when_confirmed(
    qtbot: QtBot, page: ClientsPage, rosa: int
) -> None:
    with qtbot.waitSignal(page.loaded):
        page.privacy_bar.contact_button.click()
    assert Customer.get_by_id(rosa).do_not_contact
    headers = [
        page.customers.headerData(c, Qt.Orientation.Horizontal)
        for c in range(page.customers.columnCount())
    ]
    contact_column = headers.index("Contacto")
    assert page.customers.index(0, contact_column).data() == "no contactar"

    page.customer_table.selectRow(0)
    qtbot.waitUntil(lambda: "Quitar" in page.privacy_bar.contact_button.text())
    page.privacy_bar.contact_button.click()
    box = wait_for_dialog(qtbot, page.privacy_bar, QMessageBox)
    assert "pidió" in box.text()
    with qtbot.waitSignal(page.loaded):
        _button(box, QMessageBox.ButtonRole.AcceptRole)

    assert not Customer.get_by_id(rosa).do_not_contact
