"""Fixtures for driving the desk's real widgets: a seeded shop, the event bridge, the window."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from tests.conftest import FreezeClock
from tests.fakes.fake_ollama import FakeOllama
from tests.fakes.shop import ShopBuilder
from tests.ui.console_support import SHOP_ZONE, close_shop, open_demo_shop
from vircom_desktop.config import Settings
from vircom_desktop.domain import booking, clock, db
from vircom_desktop.domain.startup import open_database
from vircom_desktop.ui import tasks
from vircom_desktop.ui.bridge import EventBridge
from vircom_desktop.ui.conversations import ConversationsPage
from vircom_desktop.ui.main_window import MainWindow
from vircom_desktop.ui.state import UiState

ZONE = "America/Santiago"
# Wednesday 11 June 2025, 08:00 in the shop: the whole working day is still ahead.
NOW = datetime(2025, 6, 11, 8, 0, tzinfo=ZoneInfo(ZONE))
TODAY = NOW.date()


@dataclass
class Shop:
    data_dir: Path
    repair: int  # 60 min + 30 min travel, both technicians
    network: int  # 120 min, only Ana
    ana: int
    beto: int
    customer: int

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
            service_id=service or self.repair,
            start=start,
            address="Av. Grecia 2100, Ñuñoa",
            issue="No enciende",
            technician_id=technician,
        )
        if proposed:
            return int(booking.propose(request).id)
        return int(booking.create(request, actor="test").id)


@pytest.fixture(autouse=True)
def spanish_locale() -> Iterator[None]:
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Chile))
    yield
    QLocale.setDefault(QLocale.c())


@pytest.fixture
def shop(tmp_path: Path, qtbot: QtBot, frozen_clock: FreezeClock) -> Iterator[Shop]:
    """A temp SQLite shop: two technicians, two services, Mon–Sat 9–13 and 14–18, clock frozen."""
    frozen_clock(NOW)
    open_database(f"sqlite:///{tmp_path}/v.db", timezone=ZONE)
    build = ShopBuilder()
    repair = build.service("Reparación de lavadora", 60)
    network = build.service("Instalación de red", 120, buffer=0)
    ana = build.technician("Ana Pérez", repair, network, color="#2563eb")
    beto = build.technician("Beto Soto", repair, color="#16a34a")
    build.open_weekdays()
    customer = build.customer("Marta Díaz", "+56911112222", "Los Aromos 455")
    yield Shop(tmp_path, repair.id, network.id, ana.id, beto.id, customer.id)
    qtbot.waitUntil(lambda: tasks.pending() == 0)
    tasks.pool().waitForDone(5000)
    db.close()


@pytest.fixture
def bridge() -> Iterator[EventBridge]:
    bridge = EventBridge()
    yield bridge
    bridge.close()


@dataclass
class StandInRuntime:
    """The attributes of `vircom_desktop.runtime.Runtime` the window uses."""

    settings: Settings
    log_path: Path
    listener_url: str | None = "http://127.0.0.1:8765"

    def ollama_status(self) -> str:
        return "unreachable"

    def jobs_host(self) -> str | None:
        return None


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
def demo_shop(tmp_path: Path, frozen_clock: FreezeClock) -> Iterator[None]:
    """The demo shop in a temp database, the clock frozen on a Monday morning."""
    open_demo_shop(tmp_path, frozen_clock)
    yield
    close_shop()


@pytest.fixture
def console(
    qtbot: QtBot,
    demo_shop: None,
    fake_ollama: FakeOllama,
    bridge: EventBridge,
    tmp_path: Path,
) -> Iterator[ConversationsPage]:
    """Conversaciones on the demo shop, drafting with the fake Ollama, data loaded."""
    settings = Settings(
        data_dir=tmp_path,
        ollama_url=fake_ollama.url,
        ollama_model="llama3.1",
        ollama_timeout_seconds=10.0,
        timezone=SHOP_ZONE,
    )
    page = ConversationsPage(settings, bridge, actor="Recepción")
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitUntil(page.is_idle)
    yield page
    page.shutdown()
    qtbot.waitUntil(lambda: tasks.pending() == 0)
