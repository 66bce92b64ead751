"""Ajustes: saved to the database or settings.json, validated inline, applied at once."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from tests.fakes.fake_ollama import FakeOllama
from tests.fakes.shop import ZONE
from tests.ui.console_support import next_weekday
from tests.ui.widget_support import wait_for_dialog
from vircom_desktop import events
from vircom_desktop.config import Settings
from vircom_desktop.domain import availability, clock, policy, staff
from vircom_desktop.domain.models import Closure, Service, Technician
from vircom_desktop.ui import tasks
from vircom_desktop.ui.owner_gate import PinDialog
from vircom_desktop.ui.settings import SettingsPage
from vircom_desktop.ui.settings.people_tabs import NewPinDialog
from vircom_desktop.ui.settings.system_tabs import MASK


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        data_dir=tmp_path,
        timezone=ZONE,
        whatsapp_token="EAAG-super-secret",
        twilio_account_sid="AC123",
    )


@pytest.fixture
def changes() -> Iterator[list[str]]:
    seen: list[str] = []
    unsubscribe = events.hub.subscribe(events.SETTINGS_CHANGED, lambda: seen.append("changed"))
    yield seen
    unsubscribe()


def _page(qtbot: QtBot, settings: Settings, env: dict[str, str] | None = None) -> SettingsPage:
    page = SettingsPage(settings, env=env or {})
    qtbot.addWidget(page)
    page.resize(1000, 720)
    page.show()
    qtbot.waitUntil(lambda: not page.is_loading())
    return page


@pytest.fixture
def page(qtbot: QtBot, demo_shop: None, settings: Settings) -> Iterator[SettingsPage]:
    yield _page(qtbot, settings)
    qtbot.waitUntil(lambda: tasks.pending() == 0)


def _save(qtbot: QtBot, tab) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(tab.saved, timeout=5000):
        tab.save_button.click()


def test_booking_rules_reach_the_availability_engine(
    qtbot: QtBot, page: SettingsPage, changes: list[str]
) -> None:
    tab = page.shop_tab
    assert tab.name_edit.text() == "Asistencia Vircom"
    tab.grid_combo.setCurrentIndex(tab.grid_combo.findData(60))
    _save(qtbot, tab)
    assert policy.booking_policy().grid_minutes == 60
    service = Service.get(Service.name == "Diagnóstico a domicilio")
    starts = {slot.start.minute for slot in availability.find_slots(next_weekday(1), service.id)}
    assert starts == {0}
    assert changes


def test_business_hours_with_a_break_and_a_closure_are_applied(
    qtbot: QtBot, page: SettingsPage
) -> None:
    tab = page.hours_tab
    tuesday = next_weekday(1)
    tab.week_hours.edits[1].setText("10:00-12:00, 15:00-17:00")
    wednesday = next_weekday(2)
    tab.from_edit.setDate(tab.from_edit.date().fromString(wednesday.isoformat(), "yyyy-MM-dd"))
    tab.to_edit.setDate(tab.from_edit.date())
    tab.reason_edit.setText("Inventario")
    tab.add_closure_button.click()
    _save(qtbot, tab)

    service = Service.get(Service.name == "Diagnóstico a domicilio")
    starts = {clock.to_local(s.start).time() for s in availability.find_slots(tuesday, service.id)}
    assert starts and all(time(10) <= t < time(12) or time(15) <= t < time(17) for t in starts)
    assert not availability.day_is_open(wednesday)
    assert Closure.get(Closure.reason == "Inventario").start_date == wednesday


def test_invalid_hours_are_shown_inline_and_nothing_is_saved(
    qtbot: QtBot, page: SettingsPage
) -> None:
    tab = page.hours_tab
    page.tabs.setCurrentIndex(1)
    tab.week_hours.edits[0].setText("09:00-13:00, 12:00-18:00")
    tab.save_button.click()
    assert tab.error_label.isVisible()
    assert "Lunes" in tab.error_label.text()
    assert tab.week_hours.edits[0].toolTip()
    assert not tab.status_label.text()

    page.tabs.setCurrentIndex(0)
    page.shop_tab.name_edit.setText("  ")
    page.shop_tab.save_button.click()
    assert page.shop_tab.error_label.text() == "El taller necesita un nombre."


def test_agent_settings_are_written_and_secrets_are_write_only(
    qtbot: QtBot, page: SettingsPage, settings: Settings, changes: list[str]
) -> None:
    tab = page.agent_tab
    tab.url_edit.setText("http://10.0.0.5:11434")
    tab.model_combo.setEditText("llama3.1:8b")
    tab.mode_combo.setCurrentIndex(tab.mode_combo.findData("draft"))
    tab.approval_check.setChecked(False)
    tab.hold_spin.setValue(90)
    with qtbot.waitSignal(page.settings_saved, timeout=5000) as saved:
        tab.save_button.click()

    stored = json.loads((settings.data_dir / "settings.json").read_text(encoding="utf-8"))
    assert stored["ollama_url"] == "http://10.0.0.5:11434"
    assert stored["ollama_model"] == "llama3.1:8b"
    assert stored["agent_mode"] == "draft"
    new_settings = saved.args[0]
    assert new_settings.ollama_model == "llama3.1:8b"
    assert page.settings.agent_mode == "draft"
    booking = policy.booking_policy()
    assert (booking.approval_required, booking.proposal_hold_minutes) == (False, 90)
    assert changes

    secret = page.channels_tab.fields["whatsapp_token"]
    assert isinstance(secret, QLineEdit)
    assert secret.text() == MASK and not secret.isReadOnly()
    with qtbot.waitSignal(page.channels_tab.saved, timeout=5000):
        page.channels_tab.save_button.click()
    path = settings.data_dir / "settings.json"
    text = path.read_text(encoding="utf-8")
    assert "EAAG-super-secret" not in text and "whatsapp_token" not in text
    assert json.loads(text)["twilio_account_sid"] == "AC123"

    secret.setText("EAAG-new-token")
    with qtbot.waitSignal(page.channels_tab.saved, timeout=5000):
        page.channels_tab.save_button.click()
    assert json.loads(path.read_text(encoding="utf-8"))["whatsapp_token"] == "EAAG-new-token"
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_bad_ollama_url_is_refused_inline(qtbot: QtBot, page: SettingsPage) -> None:
    page.agent_tab.url_edit.setText("localhost:11434")
    page.agent_tab.save_button.click()
    assert "http://" in page.agent_tab.error_label.text()
    assert not (page.settings.data_dir / "settings.json").exists()


def test_environment_variables_win_and_their_fields_are_read_only(
    qtbot: QtBot, demo_shop: None, settings: Settings
) -> None:
    page = _page(qtbot, settings, env={"VIRCOM_OLLAMA_MODEL": "qwen2.5"})
    assert not page.agent_tab.model_combo.isEnabled()
    assert "VIRCOM_OLLAMA_MODEL" in page.agent_tab.notes["ollama_model"].text()
    assert "ollama_model" not in page.agent_tab.values()


def test_model_slots_are_shown_next_to_ollamas_own_parallel_limit(
    qtbot: QtBot, demo_shop: None, settings: Settings
) -> None:
    page = _page(qtbot, settings, env={"OLLAMA_NUM_PARALLEL": "2"})
    tab = page.agent_tab
    assert tab.slots_spin.value() == 1
    assert "OLLAMA_NUM_PARALLEL" in tab.parallel_label.text()
    assert "2" in tab.parallel_label.text()
    tab.slots_spin.setValue(2)
    with qtbot.waitSignal(page.settings_saved, timeout=5000) as saved:
        tab.save_button.click()
    assert saved.args[0].model_slots == 2
    stored = json.loads((settings.data_dir / "settings.json").read_text(encoding="utf-8"))
    assert stored["model_slots"] == 2

    pinned = _page(qtbot, settings, env={"VIRCOM_MODEL_SLOTS": "3"})
    assert not pinned.agent_tab.slots_spin.isEnabled()
    assert "VIRCOM_MODEL_SLOTS" in pinned.agent_tab.notes["model_slots"].text()


def test_ollama_host_is_only_a_default_so_the_url_stays_editable(
    qtbot: QtBot, demo_shop: None, settings: Settings
) -> None:
    page = _page(qtbot, settings, env={"OLLAMA_HOST": "0.0.0.0"})
    assert page.agent_tab.url_edit.isEnabled()
    assert "ollama_url" in page.agent_tab.values()


def test_test_connection_lists_the_installed_models(qtbot: QtBot, page: SettingsPage) -> None:
    server = FakeOllama(models={"llama3.1:latest": ["tools"], "qwen2.5:7b": ["tools"]}).start()
    try:
        page.agent_tab.url_edit.setText(server.url)
        page.agent_tab.test_button.click()
        qtbot.waitUntil(lambda: page.agent_tab.test_button.isEnabled())
    finally:
        server.stop()
    combo = page.agent_tab.model_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["llama3.1:latest", "qwen2.5:7b"]
    assert "2 modelos" in page.agent_tab.test_label.text()


def test_technician_services_hours_and_calendar_token(qtbot: QtBot, page: SettingsPage) -> None:
    tab = page.technicians_tab
    carlos = Technician.get(Technician.name == "Carlos Muñoz")
    tab.list_view.setCurrentIndex(
        tab.list_model.index([t.id for t in tab.technicians].index(carlos.id), 0)
    )
    tab.week_hours.edits[5].setText("09:00-13:00")
    _save(qtbot, tab)
    qtbot.waitUntil(lambda: not page.is_loading())
    assert page.data is not None
    saved = next(t for t in page.data.technicians if t.id == carlos.id)
    assert saved.hours[5] == [("09:00", "13:00")]

    tab.token_button.click()
    qtbot.waitUntil(lambda: bool(tab.token_edit.text()))
    assert Technician.get_by_id(carlos.id).feed_token == tab.token_edit.text()
    tab.copy_button.click()
    assert QGuiApplication.clipboard().text() == tab.token_edit.text()


def test_shop_and_technician_hours_are_checked_alike(qtbot: QtBot, page: SettingsPage) -> None:
    shop_tab, tech_tab = page.hours_tab, page.technicians_tab
    for tab in (shop_tab, tech_tab):
        tab.week_hours.edits[2].setText("18:00-09:00")
        tab.save_button.click()
    assert shop_tab.error_label.text() == tech_tab.error_label.text()
    assert shop_tab.error_label.text().startswith("Miércoles:")


def test_services_table_is_validated_and_saved(qtbot: QtBot, page: SettingsPage) -> None:
    tab = page.services_tab
    tab.add_button.click()
    row = tab.model.rowCount() - 1
    tab.model.item(row, tab.NAME).setText("Instalación de TV")
    tab.model.item(row, tab.DURATION).setText("abc")
    tab.save_button.click()
    assert "abc" in tab.error_label.text()
    tab.model.item(row, tab.DURATION).setText("45")
    tab.model.item(row, tab.PRICE).setText("30.000")
    _save(qtbot, tab)
    service = Service.get(Service.name == "Instalación de TV")
    assert (service.duration_minutes, service.price) == (45, 30_000)


def test_changing_a_pin_needs_the_owners_pin(qtbot: QtBot, page: SettingsPage) -> None:
    tab = page.staff_tab
    tab.view.selectRow(0)  # the owner
    tab.pin_button.click()
    check = wait_for_dialog(qtbot, page, PinDialog)
    check.pin_edit.setText("1234")
    check.buttons.accepted.emit()
    dialog = wait_for_dialog(qtbot, page, NewPinDialog)
    dialog.pin_edit.setText("2468")
    dialog.repeat_edit.setText("2469")
    dialog.buttons.accepted.emit()
    assert dialog.error_label.text() == "Los PIN no coinciden."
    dialog.repeat_edit.setText("2468")
    with qtbot.waitSignal(tab.pin_set, timeout=5000):
        dialog.buttons.accepted.emit()
    assert staff.verify_owner_pin("2468") is not None
    assert staff.verify_owner_pin("1234") is None


def test_reminder_leads_and_the_chat_change_window_are_shared_shop_rules(
    qtbot: QtBot, page: SettingsPage
) -> None:
    tab = page.agent_tab
    assert tab.reminder_edit.text() == "24"
    tab.reminder_edit.setText("24, 2")
    tab.cancel_window_spin.setValue(3)
    _save(qtbot, tab)
    booking = policy.booking_policy()
    assert (booking.reminder_hours, booking.cancel_window_minutes) == ((24, 2), 180)

    tab.reminder_edit.setText("mañana")
    tab.save_button.click()
    assert "comas" in tab.error_label.text()
    assert policy.booking_policy().reminder_hours == (24, 2)


def test_reminder_hours_from_the_environment_make_the_field_read_only(
    qtbot: QtBot, demo_shop: None, settings: Settings
) -> None:
    page = _page(qtbot, settings, env={"VIRCOM_REMINDER_HOURS": ""})
    assert not page.agent_tab.reminder_edit.isEnabled()
    assert "VIRCOM_REMINDER_HOURS" in page.agent_tab.reminder_note.text()
