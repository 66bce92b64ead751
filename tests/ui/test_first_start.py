"""First start speaks to a shop: an example-shop button, Ajustes at the missing tab, "usted"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.widget_support import loaded_editor
from vircom_desktop.config import Settings
from vircom_desktop.domain import clock
from vircom_desktop.domain.models import Service, Technician
from vircom_desktop.domain.startup import open_database
from vircom_desktop.ui import tasks
from vircom_desktop.ui.bridge import EventBridge
from vircom_desktop.ui.main_window import MainWindow
from vircom_desktop.ui.stand_in_runtime import StandInRuntime
from vircom_desktop.ui.state import UiState

from .conftest import NOW, ZONE, close_windows_and_database


@pytest.fixture
def empty_window(qtbot: QtBot, tmp_path: Path, bridge: EventBridge) -> Iterator[MainWindow]:
    clock.freeze(NOW)
    open_database(f"sqlite:///{tmp_path}/v.db", timezone=ZONE)
    runtime = StandInRuntime(Settings(data_dir=tmp_path, timezone=ZONE), tmp_path / "vircom.log")
    main = MainWindow(runtime, bridge, state=UiState(tmp_path / "ui.ini"))
    qtbot.addWidget(main)
    main.resize(1400, 900)
    main.show()
    with qtbot.waitSignal(main.agenda.loaded):
        main.start_background_checks()
    qtbot.waitUntil(lambda: tasks.pending() == 0)
    yield main
    main.change_watcher.stop()
    close_windows_and_database(qtbot)
    clock.freeze(None)  # after its background work, as before


def test_the_empty_shop_banner_offers_buttons_not_command_line_flags(
    empty_window: MainWindow,
) -> None:
    agenda = empty_window.agenda
    assert agenda.setup_hint.isVisible()
    texts = " ".join(label.text() for label in agenda.setup_hint.findChildren(type(agenda.legend)))
    assert "--demo" not in texts
    assert "taller de ejemplo" in texts
    assert agenda.demo_button.text() == "Cargar taller de ejemplo"


def test_the_setup_button_opens_ajustes_at_tecnicos(empty_window: MainWindow) -> None:
    empty_window.agenda.setup_button.click()
    assert empty_window.current_page() == "settings"
    tabs = empty_window.settings_page.tabs
    assert tabs.tabText(tabs.currentIndex()) == "Técnicos"


def test_the_example_shop_button_fills_the_empty_shop(
    qtbot: QtBot, empty_window: MainWindow
) -> None:
    agenda = empty_window.agenda
    agenda.demo_button.click()
    qtbot.waitUntil(lambda: Technician.select().count() == 3, timeout=10_000)
    qtbot.waitUntil(lambda: not agenda.setup_hint.isVisible(), timeout=5000)
    assert Service.select().count() > 0


def test_a_new_visit_says_before_the_form_that_services_are_needed(
    qtbot: QtBot, empty_window: MainWindow
) -> None:
    empty_window.agenda.new_visit()
    editor = loaded_editor(qtbot, empty_window)
    assert editor.banner.isVisible()
    assert "Ajustes → Servicios" in editor.banner.text()
    assert not editor.save_button.isEnabled()
    editor.close()
