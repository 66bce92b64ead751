"""Fixtures for driving the desk's real widgets: a seeded shop, the event bridge, the window."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import FreezeClock
from tests.fakes import shop as test_shop
from tests.fakes.fake_ollama import FakeOllama
from tests.fakes.shop import NOW, TODAY, ZONE, open_demo_shop, open_shop
from tests.ui.console_support import console_settings, open_console
from vircom_desktop.config import Settings
from vircom_desktop.domain import booking, clock, db
from vircom_desktop.ui import tasks
from vircom_desktop.ui.bridge import EventBridge
from vircom_desktop.ui.conversations import ConversationsPage
from vircom_desktop.ui.main_window import MainWindow
from vircom_desktop.ui.stand_in_runtime import StandInRuntime
from vircom_desktop.ui.state import UiState

__all__ = ["NOW", "TODAY", "ZONE", "Shop"]


@dataclass(frozen=True)
class Shop(test_shop.Shop):
    """The test shop (tests/fakes/shop.py) in `data_dir`, with helpers to place visits."""

    data_dir: Path

    def at(self, hour: int, minute: int = 0, days: int = 0) -> datetime:
        """An aware instant, shop time, `days` after today."""
        return clock.local_datetime(TODAY + timedelta(days=days), time(hour, minute))

    def visit(
        self,
        technician: int,
        start: datetime,
        *,
        service: int | None = None,
        proposed: bool = False,
    ) -> int:
        request = booking.VisitRequest(
            customer_id=self.customer,
            service_id=service or self.diagnosis,
            start=start,
            address="Av. Grecia 2100, Ñuñoa",
            issue="No enciende",
            technician_id=technician,
        )
        if proposed:
            return int(booking.propose(request).id)
        return int(booking.create(request, actor="test").id)


def close_windows_and_database(qtbot: QtBot) -> None:
    """End a test's desk before its database closes: background work finished, windows deleted.

    A window left alive keeps its timers and queued signals; one firing in the next test started
    an agenda load on that test's database while it was being created ("no such table").
    """
    qtbot.waitUntil(lambda: tasks.pending() == 0)
    for widget in QApplication.topLevelWidgets():
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    tasks.pool().waitForDone(5000)
    db.close()


@pytest.fixture(autouse=True)
def spanish_locale() -> Iterator[None]:
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Chile))
    yield
    QLocale.setDefault(QLocale.c())


@pytest.fixture
def shop(tmp_path: Path, qtbot: QtBot, frozen_clock: FreezeClock) -> Iterator[Shop]:
    """The test shop in a temp SQLite database, the clock frozen at its `NOW`."""
    built = open_shop(tmp_path / "v.db")
    yield Shop(**vars(built), data_dir=tmp_path)
    close_windows_and_database(qtbot)


@pytest.fixture
def bridge() -> Iterator[EventBridge]:
    bridge = EventBridge()
    yield bridge
    bridge.close()


@pytest.fixture
def runtime(shop: Shop) -> StandInRuntime:
    return StandInRuntime(
        Settings(
            data_dir=shop.data_dir,
            timezone=ZONE,
            database_url=f"sqlite:///{shop.data_dir / 'v.db'}",
        ),
        shop.data_dir / "logs" / "vircom.log",
    )


@pytest.fixture
def window(qtbot: QtBot, runtime: StandInRuntime, bridge: EventBridge) -> MainWindow:
    """The main window on the day view of today, data loaded."""
    main = MainWindow(runtime, bridge, state=UiState(runtime.settings.data_dir / "ui.ini"))
    qtbot.addWidget(main)
    main.resize(1400, 900)
    main.show()
    qtbot.waitExposed(main)
    with qtbot.waitSignal(main.agenda.loaded):
        main.start_background_checks()
    qtbot.waitUntil(lambda: tasks.pending() == 0)
    return main


@pytest.fixture
def demo_shop(tmp_path: Path, qtbot: QtBot, frozen_clock: FreezeClock) -> Iterator[None]:
    """The demo shop in a temp database, the clock frozen at the test shop's `NOW`."""
    open_demo_shop(tmp_path / "vircom.db")
    yield
    close_windows_and_database(qtbot)


@pytest.fixture
def console(
    qtbot: QtBot,
    demo_shop: None,
    fake_ollama: FakeOllama,
    bridge: EventBridge,
    tmp_path: Path,
) -> Iterator[ConversationsPage]:
    """Conversaciones on the demo shop, drafting with the fake Ollama, data loaded."""
    page = open_console(qtbot, console_settings(tmp_path, fake_ollama.url), bridge)
    yield page
    page.shutdown()
    qtbot.waitUntil(lambda: tasks.pending() == 0)
