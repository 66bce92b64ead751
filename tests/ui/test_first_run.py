"""The first-run assistant, driven like a shop owner would on an empty database."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from tests.fakes.fake_ollama import FakeOllama
from vircom_desktop.config import Settings
from vircom_desktop.domain import first_run, policy
from vircom_desktop.domain.models import (
    BusinessHours,
    Service,
    StaffUser,
    Technician,
    TechnicianService,
)
from vircom_desktop.domain.staff import verify_owner_pin
from vircom_desktop.domain.startup import open_database
from vircom_desktop.ui import tasks
from vircom_desktop.ui.bridge import EventBridge
from vircom_desktop.ui.first_run import SKIP_BUTTON, FirstRunWizard
from vircom_desktop.ui.main_window import MainWindow
from vircom_desktop.ui.stand_in_runtime import StandInRuntime
from vircom_desktop.ui.state import UiState

from .conftest import close_windows_and_database


@pytest.fixture
def empty_shop(tmp_path: Path, qtbot: QtBot) -> Iterator[Settings]:
    url = f"sqlite:///{tmp_path / 'v.db'}"
    open_database(url, timezone="America/Santiago")
    yield Settings(data_dir=tmp_path, timezone="America/Santiago", database_url=url)
    close_windows_and_database(qtbot)


def _wizard(qtbot: QtBot, settings: Settings) -> FirstRunWizard:
    wizard = FirstRunWizard(settings)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _next(wizard: FirstRunWizard) -> None:
    wizard.button(QWizard.WizardButton.NextButton).click()


def test_an_empty_database_opens_the_assistant(
    qtbot: QtBot, empty_shop: Settings, tmp_path: Path
) -> None:
    bridge = EventBridge()
    runtime = StandInRuntime(empty_shop, tmp_path / "log")
    window = MainWindow(runtime, bridge, state=UiState(tmp_path / "ui.ini"))
    qtbot.addWidget(window)
    window.offer_first_run()
    qtbot.waitUntil(lambda: window.first_run_wizard is not None)
    assert window.first_run_wizard is not None
    assert window.first_run_wizard.windowTitle() == "Asistente de inicio"
    window.first_run_wizard.reject()
    qtbot.waitUntil(lambda: tasks.pending() == 0)
    assert not first_run.needs_first_run()
    window.close()
    qtbot.waitUntil(lambda: tasks.pending() == 0)
    bridge.close()


def test_the_owner_sets_up_the_shop_step_by_step(qtbot: QtBot, empty_shop: Settings) -> None:
    wizard = _wizard(qtbot, empty_shop)
    _next(wizard)  # own shop
    wizard.shop.name.setText("Servicio Técnico Andes")
    wizard.shop.area.setText("Ñuñoa y Providencia")
    _next(wizard)
    assert wizard.currentPage() is wizard.hours
    _next(wizard)  # Monday to Saturday, 9–18 with lunch 13–14
    assert wizard.services.table.rowCount() == len(first_run.USUAL_SERVICES)
    wizard.services.table.removeRow(5)
    _next(wizard)
    wizard.technicians.table.item(0, 0).setText("Ana Pérez")
    wizard.technicians.table.item(1, 0).setText("Beto Soto")
    wizard.technicians.table.item(1, 2).setCheckState(
        wizard.technicians.table.item(1, 2).checkState().Unchecked
    )
    _next(wizard)
    wizard.owner.name.setText("Patricia")
    wizard.owner.pin.setText("2468")
    wizard.owner.repeat.setText("2468")
    assert wizard.owner.isComplete()
    _next(wizard)
    assert wizard.currentPage() is wizard.ollama
    with qtbot.waitSignal(wizard.finished_setup):
        wizard.button(QWizard.WizardButton.FinishButton).click()

    assert policy.shop_profile().name == "Servicio Técnico Andes"
    assert BusinessHours.select().count() == 12  # 6 days x (morning, afternoon)
    assert Service.select().count() == 5
    beto = Technician.get(Technician.name == "Beto Soto")
    assert TechnicianService.select().where(TechnicianService.technician == beto).count() == 4
    owner = verify_owner_pin("2468")
    assert owner is not None and owner.name == "Patricia"
    assert not first_run.needs_first_run()


def test_every_step_can_be_skipped(qtbot: QtBot, empty_shop: Settings) -> None:
    wizard = _wizard(qtbot, empty_shop)
    _next(wizard)
    with qtbot.waitSignal(wizard.finished_setup):
        for _ in range(6):
            wizard.button(SKIP_BUTTON).click()
    assert Service.select().count() == 0 and Technician.select().count() == 0
    assert StaffUser.select().count() == 0
    assert not first_run.needs_first_run()


def test_mismatched_pins_keep_the_step_open(qtbot: QtBot, empty_shop: Settings) -> None:
    wizard = _wizard(qtbot, empty_shop)
    wizard.owner.name.setText("Patricia")
    wizard.owner.pin.setText("2468")
    wizard.owner.repeat.setText("2469")
    assert not wizard.owner.isComplete()
    assert wizard.owner.error.text() == "Los PIN no coinciden."
    wizard.owner.pin.setText("12")
    wizard.owner.repeat.setText("12")
    assert "entre 4 y 8" in wizard.owner.error.text() or not wizard.owner.isComplete()


def test_a_lunch_break_outside_the_hours_is_refused(qtbot: QtBot, empty_shop: Settings) -> None:
    wizard = _wizard(qtbot, empty_shop)
    wizard.hours.lunch_start.setTime(wizard.hours.lunch_start.time().fromString("19:00", "HH:mm"))
    assert not wizard.hours.isComplete()
    assert "almuerzo" in wizard.hours.error.text()


def test_the_demo_shop_instead(qtbot: QtBot, empty_shop: Settings) -> None:
    wizard = _wizard(qtbot, empty_shop)
    wizard.welcome.demo_shop.setChecked(True)
    assert wizard.welcome.nextId() == -1
    with qtbot.waitSignal(wizard.finished_setup) as done:
        wizard.accept()
    assert done.args[0].demo
    assert Technician.select().count() == 3


@pytest.mark.parametrize(
    ("models", "status", "expected"),
    [
        ({"llama3.1:latest": ["completion", "tools"]}, "ok", "Todo listo"),
        ({}, "model_missing", "ollama pull llama3.1"),
        ({"llama3.1:latest": ["completion"]}, "no_tools", "herramientas"),
    ],
)
def test_probar_asks_ollama_on_a_worker(
    qtbot: QtBot,
    empty_shop: Settings,
    fake_ollama: FakeOllama,
    models: dict[str, list[str]],
    status: str,
    expected: str,
) -> None:
    fake_ollama.models = models
    wizard = _wizard(qtbot, empty_shop)
    wizard.ollama.url.setText(fake_ollama.url)
    with qtbot.waitSignal(wizard.ollama.probed) as probed:
        wizard.ollama.test_button.click()
    assert probed.args[0].status == status
    assert expected in wizard.ollama.result.text()


def test_probar_on_a_dead_address(qtbot: QtBot, empty_shop: Settings) -> None:
    wizard = _wizard(qtbot, empty_shop)
    wizard.ollama.url.setText("http://127.0.0.1:9")
    with qtbot.waitSignal(wizard.ollama.probed, timeout=15_000) as probed:
        wizard.ollama.test_button.click()
    assert probed.args[0].status == "unreachable"
    assert "No hay respuesta" in wizard.ollama.result.text()


def test_a_new_ollama_address_goes_to_settings_json(qtbot: QtBot, empty_shop: Settings) -> None:
    wizard = _wizard(qtbot, empty_shop)
    _next(wizard)
    for _ in range(5):
        wizard.button(SKIP_BUTTON).click()
    wizard.ollama.url.setText("http://10.0.0.5:11434")
    with qtbot.waitSignal(wizard.finished_setup) as done:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert done.args[0].ollama == {"ollama_url": "http://10.0.0.5:11434"}
    stored = json.loads((empty_shop.data_dir / "settings.json").read_text(encoding="utf-8"))
    assert stored["ollama_url"] == "http://10.0.0.5:11434"


def test_closing_the_assistant_still_lets_the_example_shop_load(
    qtbot: QtBot, empty_shop: Settings
) -> None:
    wizard = _wizard(qtbot, empty_shop)
    wizard.reject()
    qtbot.waitUntil(lambda: tasks.pending() == 0)
    assert not first_run.needs_first_run()
    assert first_run.load_demo()
