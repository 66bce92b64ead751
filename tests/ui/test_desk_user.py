"""Who is at the desk: picked in the status bar, named in the audit log, remembered."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from vircom_desktop.domain.models import Appointment, AuditLog, StaffUser, Technician
from vircom_desktop.domain.staff import hash_pin
from vircom_desktop.ui import tasks
from vircom_desktop.ui.bridge import EventBridge
from vircom_desktop.ui.main_window import MainWindow
from vircom_desktop.ui.owner_gate import PinDialog
from vircom_desktop.ui.stand_in_runtime import StandInRuntime
from vircom_desktop.ui.state import UiState

from .conftest import Shop
from .test_agenda import bottom_edge, drag


@dataclass
class Staff:
    owner: int
    receptionist: int
    technician: int  # linked to Beto


@pytest.fixture
def staff(shop: Shop) -> Staff:
    owner = StaffUser.create(name="Olga Vidal", role="owner")
    receptionist = StaffUser.create(name="Rita Fuentes", role="receptionist")
    technician = StaffUser.create(name="Beto Soto", role="technician")
    Technician.update(user=technician).where(Technician.id == shop.beto).execute()
    return Staff(owner.id, receptionist.id, technician.id)


def load_staff(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.desk_user.users_changed):
        window.refresh_staff()
    qtbot.waitUntil(lambda: tasks.pending() == 0)


def pick(window: MainWindow, user_id: int | None) -> None:
    combo = window.desk_user_selector.combo
    index = combo.findData(user_id)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_without_staff_users_the_desk_acts_as_before(window: MainWindow) -> None:
    assert window.desk_user.users == ()
    assert not window.desk_user_selector.isVisible()
    assert window.actor == window.agenda.actor == window.conversations.actor == "escritorio"


def test_the_person_at_the_desk_is_named_in_the_audit_log(
    qtbot: QtBot, window: MainWindow, shop: Shop, staff: Staff
) -> None:
    load_staff(qtbot, window)
    assert window.desk_user_selector.isVisible()
    assert window.desk_user_selector.combo.count() == 4  # "Sin identificar" and three people
    pick(window, staff.receptionist)
    assert window.conversations.actor == "Rita Fuentes"
    visit_id = shop.visit(shop.ana, shop.at(9))
    with qtbot.waitSignal(window.agenda.loaded):
        window.agenda.refresh()
    grid = window.agenda.day_grid
    with qtbot.waitSignal(window.bridge.appointment_changed):
        drag(grid, bottom_edge(grid, visit_id), grid.point_at(0, shop.at(10, 30)))
    entry = AuditLog.select().where(AuditLog.entity_id == visit_id).order_by(AuditLog.id.desc())
    assert entry.first().actor == "Rita Fuentes"


def test_the_person_at_the_desk_is_remembered(
    qtbot: QtBot, window: MainWindow, runtime: StandInRuntime, staff: Staff
) -> None:
    load_staff(qtbot, window)
    pick(window, staff.owner)
    window.save_state()
    second = MainWindow(runtime, EventBridge(), state=UiState(runtime.settings.data_dir / "ui.ini"))
    qtbot.addWidget(second)
    with qtbot.waitSignal(second.desk_user.changed):
        second.start_background_checks()
    second.change_watcher.stop()
    qtbot.waitUntil(lambda: tasks.pending() == 0)
    assert second.actor == "Olga Vidal"
    assert second.desk_user_selector.combo.currentData() == staff.owner
    second.bridge.close()


def test_a_technician_at_the_desk_sees_their_own_day(
    qtbot: QtBot, window: MainWindow, shop: Shop, staff: Staff
) -> None:
    shop.visit(shop.ana, shop.at(9))
    shop.visit(shop.beto, shop.at(10))
    window.show_page("settings")
    load_staff(qtbot, window)
    with qtbot.waitSignal(window.agenda.loaded):
        pick(window, staff.technician)
    assert window.current_page() == "agenda"
    assert window.agenda.view == "my_day"
    model = window.agenda.my_day.model
    assert model.rowCount() == 1
    assert model.record(0).technician_id == shop.beto


def test_approvals_still_ask_the_owners_pin_when_the_owner_is_at_the_desk(
    qtbot: QtBot, window: MainWindow, shop: Shop, staff: Staff
) -> None:
    load_staff(qtbot, window)
    pick(window, staff.owner)
    shop.visit(shop.ana, shop.at(15), proposed=True)
    qtbot.waitUntil(lambda: window.approvals.model.rowCount() == 1)
    window.show_page("approvals")
    window.approvals.approve_selected()
    dialog = window.approvals.findChild(PinDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def _approve_with_pin(qtbot: QtBot, window: MainWindow, pin: str | None) -> None:
    """Approve the selected proposal; type `pin` if the PIN is asked (None: must not be asked)."""
    window.approvals.approve_selected()
    dialog = window.approvals.findChild(PinDialog)
    asked = dialog is not None and dialog.isVisible()
    assert asked == (pin is not None)
    if dialog is not None and pin is not None:
        dialog.pin_edit.setText(pin)
        with qtbot.waitSignal(dialog.finished):
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


@pytest.fixture
def owner_pin(staff: Staff) -> str:
    StaffUser.update(pin_hash=hash_pin("1357")).where(StaffUser.id == staff.owner).execute()
    return "1357"


def test_switching_atiende_locks_owner_actions_again(
    qtbot: QtBot, window: MainWindow, shop: Shop, staff: Staff, owner_pin: str
) -> None:
    load_staff(qtbot, window)
    pick(window, staff.owner)
    first = shop.visit(shop.ana, shop.at(15), proposed=True)
    second = shop.visit(shop.beto, shop.at(16), proposed=True)
    qtbot.waitUntil(lambda: window.approvals.model.rowCount() == 2)
    window.show_page("approvals")
    assert window.approvals.select_appointment(first)
    with qtbot.waitSignal(window.approvals.decided):
        _approve_with_pin(qtbot, window, owner_pin)
    pick(window, staff.receptionist)
    qtbot.waitUntil(lambda: window.approvals.model.rowCount() == 1)
    assert window.approvals.select_appointment(second)
    window.approvals.approve_selected()
    dialog = window.approvals.findChild(PinDialog)
    assert dialog is not None and dialog.isVisible()  # the owner's unlock was not Rita's
    dialog.reject()
    assert Appointment.get_by_id(second).status == "proposed"


def test_the_audit_log_names_the_owner_and_who_the_desk_was_set_to(
    qtbot: QtBot, window: MainWindow, shop: Shop, staff: Staff, owner_pin: str
) -> None:
    load_staff(qtbot, window)
    pick(window, staff.receptionist)
    visit = shop.visit(shop.ana, shop.at(15), proposed=True)
    qtbot.waitUntil(lambda: window.approvals.model.rowCount() == 1)
    window.show_page("approvals")
    assert window.approvals.select_appointment(visit)
    with qtbot.waitSignal(window.approvals.decided):
        _approve_with_pin(qtbot, window, owner_pin)
    entry = (
        AuditLog.select()
        .where((AuditLog.entity_id == visit) & (AuditLog.action == "approve"))
        .get()
    )
    assert entry.actor == "Olga Vidal"
    assert entry.details["at_desk"] == "Rita Fuentes"


def test_leaving_the_app_or_idle_time_locks_owner_actions(
    qtbot: QtBot, window: MainWindow, staff: Staff
) -> None:
    ticks = [0.0]
    unlock = window.owner_unlock
    unlock._monotonic = lambda: ticks[0]  # the desk's clock, moved by hand
    unlock.remember("Olga Vidal")
    ticks[0] += 90
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)  # input keeps the unlock alive
    ticks[0] += 90
    assert unlock.owner() == "Olga Vidal"
    ticks[0] += unlock._idle
    assert unlock.owner() is None
    unlock.remember("Olga Vidal")
    window.desk_presence.application_state_changed(Qt.ApplicationState.ApplicationInactive)
    assert unlock.owner() is None  # the screen was locked
