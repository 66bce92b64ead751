"""The main window: navigation, shortcuts, status bar, remembered geometry, the error dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from vircom_desktop.agent.slots import BACKGROUND, DESK, ModelSlots
from vircom_desktop.domain.models import Appointment, Technician, TechnicianService
from vircom_desktop.ui.bridge import EventBridge
from vircom_desktop.ui.errors import ExceptionHandler
from vircom_desktop.ui.main_window import MainWindow
from vircom_desktop.ui.stand_in_runtime import StandInRuntime
from vircom_desktop.ui.state import UiState

from .conftest import TODAY, Shop


def test_every_page_is_registered_and_shown_by_key(qtbot: QtBot, window: MainWindow) -> None:
    assert window.page_keys() == [
        "agenda",
        "conversations",
        "approvals",
        "clients",
        "phone_reminders",
        "summary",
        "settings",
    ]
    window.show_page("conversations")
    assert window.stack.currentWidget() is window.conversations


def test_shortcuts_switch_pages_and_jump_to_today(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "conversations"
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "clients"
    window.agenda.set_date(TODAY.replace(day=1))
    with qtbot.waitSignal(window.agenda.loaded):
        qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "agenda"
    assert window.agenda.current_date == TODAY
    with qtbot.waitSignal(window.agenda.loaded):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.agenda.editor is not None


def test_status_bar_shows_listener_ollama_and_pending(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    assert "http://127.0.0.1:8765" in window.listener_label.text()
    qtbot.waitUntil(lambda: window.ollama_label.property("state") == "unreachable")
    shop.visit(shop.ana, shop.at(15), proposed=True)
    qtbot.waitUntil(lambda: window.pending_label.text() == "1 aprobación pendiente")


def test_status_bar_shows_how_many_requests_wait_for_the_model(
    qtbot: QtBot, window: MainWindow
) -> None:
    slots = ModelSlots(1)
    running = slots.request(DESK)
    waiting = [slots.request(BACKGROUND) for _ in range(3)]
    qtbot.waitUntil(lambda: window.model_queue_label.text() == "VircomBot: 3 en espera")
    assert window.model_queue_label.isVisibleTo(window)
    for ticket in [running, *waiting]:
        slots.release(ticket)
    qtbot.waitUntil(lambda: not window.model_queue_label.isVisibleTo(window))


def test_window_geometry_is_remembered_and_kept_on_screen(
    qtbot: QtBot, runtime: StandInRuntime, bridge: EventBridge, shop: Shop
) -> None:
    first = MainWindow(runtime, bridge, state=UiState(shop.data_dir / "ui.ini"))
    qtbot.addWidget(first)
    first.resize(1000, 700)
    first.move(5000, 5000)  # e.g. on a second monitor that is gone next time
    first.show()
    qtbot.waitExposed(first)
    first.close()
    second = MainWindow(runtime, bridge, state=UiState(shop.data_dir / "ui.ini"))
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.height() == 700
    available = second.screen().availableGeometry()
    assert available.contains(second.frameGeometry().center())


@pytest.mark.allow_log_warnings
@pytest.mark.qt_no_exception_capture
def test_an_unexpected_error_shows_the_log_and_the_app_keeps_running(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    handler = ExceptionHandler(tmp_path / "logs" / "vircom.log")
    handler.install()
    try:

        def boom() -> None:
            raise RuntimeError("a bug in a slot")

        with qtbot.waitSignal(handler.error_shown):
            QTimer.singleShot(0, boom)
        dialog = handler.dialog
        assert dialog is not None and dialog.isVisible()
        assert str(tmp_path / "logs" / "vircom.log") in dialog.log_label.text()
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        assert "a bug in a slot" in QGuiApplication.clipboard().text()
        with qtbot.waitSignal(window.agenda.loaded):
            window.agenda.refresh()
        dialog.close()
    finally:
        handler.uninstall()


def test_an_empty_shop_points_staff_to_settings(qtbot: QtBot, window: MainWindow) -> None:
    assert not window.agenda.setup_hint.isVisible()
    Appointment.delete().execute()
    TechnicianService.delete().execute()
    Technician.delete().execute()
    with qtbot.waitSignal(window.agenda.loaded):
        window.agenda.refresh()
    assert window.agenda.setup_hint.isVisible()
    qtbot.mouseClick(window.agenda.setup_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.settings_page
