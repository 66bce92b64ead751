"""Keyboard first: every action reachable without a mouse, and a tab order per dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.widget_support import loaded_editor, wait_for_dialog
from vircom_desktop.domain.models import StaffUser
from vircom_desktop.domain.staff import hash_pin
from vircom_desktop.ui.approvals import RejectDialog
from vircom_desktop.ui.conversations.new_chat import NewChatDialog
from vircom_desktop.ui.main_window import MainWindow
from vircom_desktop.ui.owner_gate import PinDialog

from .conftest import Shop


def tab_chain(qtbot: QtBot, start: QWidget, steps: int) -> list[QWidget]:
    """The widgets Tab visits from `start`, by pressing Tab on whatever has the focus."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    visited = [start]
    for _ in range(steps):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    return visited


def test_ctrl_n_on_conversaciones_opens_nuevo_chat(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("conversations")
    window.conversations.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = wait_for_dialog(qtbot, window.conversations, NewChatDialog)
    assert dialog.isVisible()
    assert window.agenda.editor is None  # not a new visit
    dialog.reject()


def test_nuevo_chat_tab_order_and_ctrl_enter_submits(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("conversations")
    dialog = window.conversations.open_new_chat()
    qtbot.waitExposed(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    chain = tab_chain(qtbot, dialog.phone_edit, 3)
    assert chain == [dialog.phone_edit, dialog.name_edit, dialog.message_edit, ok]
    assert "\t" not in dialog.message_edit.toPlainText()  # Tab moved on, typed nothing
    dialog.message_edit.setPlainText("Se me cortó el agua caliente.")
    dialog.message_edit.setFocus()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.message_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_mi_dia_list_lets_tab_out_and_enter_opens_the_visit(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    visit_id = shop.visit(shop.beto, shop.at(10))
    with qtbot.waitSignal(window.agenda.loaded):
        window.agenda.show_technician_day(shop.beto)
    table = window.agenda.my_day.table
    qtbot.waitUntil(lambda: window.agenda.my_day.model.rowCount() == 1)
    table.setFocus()
    table.setCurrentIndex(window.agenda.my_day.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()  # not trapped cell by cell
    table.setFocus()
    with qtbot.waitSignal(window.agenda.my_day.edit_requested) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [visit_id]


def test_after_a_refused_completada_the_focus_stays_on_it(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    visit_id = shop.visit(shop.ana, shop.at(15))  # not started: completing is refused
    window.agenda.open_visit(visit_id)
    editor = loaded_editor(qtbot, window)
    qtbot.waitExposed(editor)
    editor.complete_button.setFocus()
    qtbot.keyClick(editor.complete_button, Qt.Key.Key_Space)
    qtbot.waitUntil(editor.banner.isVisible)
    assert QApplication.focusWidget() is editor.complete_button
    assert not editor.cancel_row.isVisible()


def test_visit_editor_tab_order_follows_the_form(qtbot: QtBot, window: MainWindow) -> None:
    window.agenda.new_visit()
    editor = loaded_editor(qtbot, window)
    qtbot.waitExposed(editor)
    chain = tab_chain(qtbot, editor.phone, 3)
    assert chain == [editor.phone, editor.name, editor.service, editor.technician]
    chain = tab_chain(qtbot, editor.address, 2)
    assert chain == [editor.address, editor.issue, editor.notes]  # Tab leaves the text boxes


def test_pin_dialog_tab_order(qtbot: QtBot, window: MainWindow) -> None:
    dialog = PinDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert tab_chain(qtbot, dialog.pin_edit, 2) == [dialog.pin_edit, ok, cancel]


def test_approving_by_keyboard(qtbot: QtBot, window: MainWindow, shop: Shop) -> None:
    StaffUser.create(name="Olga", role="owner", pin_hash=hash_pin("1357"))
    shop.visit(shop.ana, shop.at(15), proposed=True)
    qtbot.waitUntil(lambda: window.approvals.model.rowCount() == 1)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "approvals"
    window.approvals.table.setFocus()
    window.approvals.table.selectRow(0)
    window.approvals.approve_button.setFocus()
    qtbot.keyClick(window.approvals.approve_button, Qt.Key.Key_Space)
    dialog = wait_for_dialog(qtbot, window.approvals, PinDialog)
    qtbot.keyClicks(dialog.pin_edit, "1357")
    with qtbot.waitSignal(window.approvals.decided):
        qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)


def test_reject_dialog_tab_order(qtbot: QtBot, window: MainWindow, shop: Shop) -> None:
    shop.visit(shop.ana, shop.at(15), proposed=True)
    qtbot.waitUntil(lambda: window.approvals.model.rowCount() == 1)
    window.show_page("approvals")
    window.approvals.table.selectRow(0)
    window.approvals.reject_selected()
    dialog = wait_for_dialog(qtbot, window.approvals, RejectDialog)
    chain = tab_chain(qtbot, dialog.reason_edit, 1)
    assert chain[1] is not dialog.reason_edit  # Tab leaves the reason
    dialog.reject()
