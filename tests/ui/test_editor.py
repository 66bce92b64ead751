"""The visit editor: free times, lifecycle actions, and refusals in plain Spanish."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.widget_support import loaded_editor, wait_for_dialog
from vircom_desktop.domain import booking, clock
from vircom_desktop.domain.models import CANCELLED, CONFIRMED, DONE, Appointment, StaffUser
from vircom_desktop.domain.staff import hash_pin
from vircom_desktop.ui.main_window import MainWindow
from vircom_desktop.ui.owner_gate import PinDialog

from .conftest import Shop


def test_confirming_a_proposal_from_the_editor(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    visit_id = shop.visit(shop.ana, shop.at(15), proposed=True)
    window.agenda.open_visit(visit_id)
    editor = loaded_editor(qtbot, window)
    assert editor.confirm_button.isVisible()
    assert not editor.complete_button.isVisible()
    StaffUser.create(name="Patricia", role="owner", pin_hash=hash_pin("2468"))
    qtbot.mouseClick(editor.confirm_button, Qt.MouseButton.LeftButton)
    dialog = wait_for_dialog(qtbot, editor, PinDialog)
    assert Appointment.get_by_id(visit_id).status != CONFIRMED  # not before the owner's PIN
    dialog.pin_edit.setText("2468")
    with qtbot.waitSignal(editor.saved):
        dialog.buttons.accepted.emit()
    visit = Appointment.get_by_id(visit_id)
    assert (visit.status, visit.approved_by) == (CONFIRMED, "Patricia")


def test_confirming_without_any_owner_pin_says_where_to_set_one(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    visit_id = shop.visit(shop.ana, shop.at(15), proposed=True)
    window.agenda.open_visit(visit_id)
    editor = loaded_editor(qtbot, window)
    qtbot.mouseClick(editor.confirm_button, Qt.MouseButton.LeftButton)
    dialog = wait_for_dialog(qtbot, editor, PinDialog)
    dialog.pin_edit.setText("0000")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "Ajustes" in dialog.error_label.text())
    assert Appointment.get_by_id(visit_id).status != CONFIRMED


def test_cancelling_asks_first_and_records_the_reason(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    visit_id = shop.visit(shop.ana, shop.at(15))
    window.agenda.open_visit(visit_id)
    editor = loaded_editor(qtbot, window)
    qtbot.mouseClick(editor.cancel_visit_button, Qt.MouseButton.LeftButton)
    assert editor.cancel_row.isVisible()
    assert Appointment.get_by_id(visit_id).status == CONFIRMED
    editor.cancel_reason.setText("El cliente viaja")
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.cancel_yes, Qt.MouseButton.LeftButton)
    visit = Appointment.get_by_id(visit_id)
    assert (visit.status, visit.reject_reason) == (CANCELLED, "El cliente viaja")


def test_completing_a_visit_that_has_not_started_is_refused_plainly(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    visit_id = shop.visit(shop.ana, shop.at(15))
    window.agenda.open_visit(visit_id)
    editor = loaded_editor(qtbot, window)
    qtbot.mouseClick(editor.complete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.banner.isVisible())
    assert editor.banner.text() == "La visita todavía no empieza."
    assert editor.isVisible()


def test_booking_a_taken_slot_shows_why_and_keeps_the_dialog(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    shop.visit(shop.beto, shop.at(10))
    window.agenda.new_visit(shop.beto, shop.at(10))
    editor = loaded_editor(qtbot, window)
    editor.phone.setText("+56 9 5555 6666")
    editor.address.setText("Calle Larga 1")
    editor.issue.setPlainText("Pierde agua")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.banner.isVisible())
    assert editor.banner.text() == "Ese horario ya no está libre."
    assert window.agenda.editor is editor


def test_only_technicians_who_do_the_service_are_offered(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    window.agenda.new_visit()
    editor = loaded_editor(qtbot, window)
    editor.service.setCurrentIndex(editor.service.findData(shop.air))
    offered = [editor.technician.itemData(i) for i in range(editor.technician.count())]
    assert offered == [None, shop.ana]


def test_free_times_come_from_the_availability_engine(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    shop.visit(shop.ana, shop.at(9))
    window.agenda.new_visit(shop.ana, shop.at(9))
    editor = loaded_editor(qtbot, window)
    editor.service.setCurrentIndex(editor.service.findData(shop.diagnosis))
    qtbot.waitUntil(lambda: len(editor.slot_times()) > 0)
    starts = [(s.hour, s.minute) for s in editor.slot_times()]
    assert (9, 0) not in starts and (10, 0) not in starts  # the visit plus its travel time
    assert (10, 30) in starts


def test_completing_saves_the_note_typed_in_the_form(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    visit_id = shop.visit(shop.ana, shop.at(9))
    clock.freeze(shop.at(9, 30))
    window.agenda.open_visit(visit_id)
    editor = loaded_editor(qtbot, window)
    editor.notes.setPlainText("Cambié la bomba de agua")
    editor.address.setText("Av. Italia 1234, depto 5")
    assert editor.has_unsaved_edits()
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.complete_button, Qt.MouseButton.LeftButton)
    visit = Appointment.get_by_id(visit_id)
    assert visit.status == DONE
    assert visit.notes == "Cambié la bomba de agua"
    assert visit.address == "Av. Italia 1234, depto 5"


def test_cancelling_keeps_the_edits_typed_before(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    visit_id = shop.visit(shop.ana, shop.at(15))
    window.agenda.open_visit(visit_id)
    editor = loaded_editor(qtbot, window)
    editor.notes.setPlainText("Llamó para cancelar")
    qtbot.mouseClick(editor.cancel_visit_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.cancel_yes, Qt.MouseButton.LeftButton)
    assert Appointment.get_by_id(visit_id).notes == "Llamó para cancelar"


def test_the_editor_says_when_the_customer_confirmed_attendance(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    visit_id = shop.visit(shop.ana, shop.at(15))
    booking.confirm_attendance(visit_id, actor="VircomBot")
    window.agenda.open_visit(visit_id)
    editor = window.agenda.editor
    assert editor is not None
    qtbot.waitUntil(lambda: "el cliente confirmó su asistencia" in editor.status_label.text())
