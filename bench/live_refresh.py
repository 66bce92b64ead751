"""Live refresh across desks: from another desk's commit to this desk's repaint.

    QT_QPA_PLATFORM=offscreen python -m bench.live_refresh

A desk (the real main window, offscreen) shows today's agenda. Another connection — a second
desk, or `serve` on the VPS — cancels and restores a visit of today, commit by commit. Each
sample is the time from that commit until the day grid has repainted with the change. Measured
on SQLite (PRAGMA data_version) and on PostgreSQL (LISTEN/NOTIFY, when its server binaries are
installed), side by side with the baseline: the 10-second poll the change feed replaced.
Goal (issue 14): under 1 s.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from datetime import time as day_time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from vircom_desktop.config import Settings
from vircom_desktop.domain import booking, clock, db
from vircom_desktop.domain.models import (
    BusinessHours,
    Customer,
    Service,
    Technician,
    TechnicianService,
)
from vircom_desktop.domain.startup import open_database
from vircom_desktop.ui import tasks
from vircom_desktop.ui.app import create_application
from vircom_desktop.ui.bridge import EventBridge
from vircom_desktop.ui.main_window import MainWindow
from vircom_desktop.ui.state import UiState

ZONE = "America/Santiago"
SAMPLES = 15
BASELINE_SAMPLES = 3
BASELINE_POLL_SECONDS = 10.0
TIMEOUT = 30.0


class _Runtime:
    def __init__(self, data_dir: Path, url: str) -> None:
        self.settings = Settings(data_dir=data_dir, timezone=ZONE, database_url=url)
        self.log_path = data_dir / "log"
        self.listener_url = None

    def ollama_status(self) -> str:
        return "unreachable"


def _seed(url: str) -> int:
    """A small shop with one confirmed visit today at 10:00; returns its id."""
    open_database(url, timezone=ZONE)
    service = Service.create(name="Reparación", duration_minutes=60, travel_buffer_minutes=0)
    technician = Technician.create(name="Ana", color="#2563eb")
    TechnicianService.create(technician=technician, service=service)
    for weekday in range(7):
        BusinessHours.create(weekday=weekday, start="08:00", end="20:00")
    customer = Customer.create(name="Marta", phone="+56911112222", address="Los Aromos 455")
    request = booking.VisitRequest(
        customer_id=customer.id,
        service_id=service.id,
        start=clock.local_datetime(clock.today(), day_time(10, 0)),
        address="Los Aromos 455",
        issue="No enciende",
        technician_id=technician.id,
    )
    return int(booking.create(request, actor="bench").id)


def _wait(app: QApplication, condition: Callable[[], bool]) -> None:
    deadline = time.perf_counter() + TIMEOUT
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the desk did not show the change")
        app.processEvents()
        time.sleep(0.001)  # a benchmark's busy-wait, not a test's synchronisation


def measure(
    data_dir: Path, url: str, writer: Callable[[str], Any], samples: int, poll: float | None
) -> list[float]:
    """Latencies (ms) from the writer's commit to the desk's repaint."""
    visit = _seed(url)
    app = create_application("es")
    bridge = EventBridge()
    window = MainWindow(
        _Runtime(data_dir, url), bridge, state=UiState(data_dir / "ui.ini"), watch_poll_seconds=poll
    )
    window.resize(1400, 900)
    window.show()
    grid = window.agenda.day_grid
    try:
        window.start_background_checks()
        _wait(app, lambda: visit in grid.visit_ids() and tasks.pending() == 0)
        assert window.change_watcher.wait_ready()
        latencies = []
        for number in range(samples):
            shown = number % 2 == 1  # cancel, restore, cancel...
            writer("confirmed" if shown else "cancelled")
            committed = time.perf_counter()
            _wait(app, lambda shown=shown: (visit in grid.visit_ids()) == shown)
            grid.repaint()
            latencies.append((time.perf_counter() - committed) * 1000)
        return latencies
    finally:
        window.change_watcher.stop()
        tasks.pool().waitForDone(5000)
        window.close()
        window.deleteLater()
        bridge.close()
        app.processEvents()
        db.close()


def _sqlite_writer(path: Path) -> Callable[[str], Any]:
    import sqlite3

    def write(status: str) -> None:
        connection = sqlite3.connect(path, isolation_level=None)
        connection.execute("UPDATE citas SET status = ?", (status,))
        connection.close()

    return write


def _postgres_writer(url: str) -> Callable[[str], Any]:
    import psycopg2

    connection = psycopg2.connect(url)
    connection.autocommit = True

    def write(status: str) -> None:
        with connection.cursor() as cursor:
            cursor.execute("UPDATE citas SET status = %s", (status,))

    return write


def _summary(name: str, latencies: list[float]) -> float:
    ordered = sorted(latencies)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    median = statistics.median(ordered)
    print(f"{name:<34} median {median:8.0f} ms   p95 {p95:8.0f} ms   max {ordered[-1]:8.0f} ms")
    return median


def main() -> None:
    clock.set_shop_zone(ZONE)
    clock.freeze(datetime.now(ZoneInfo(ZONE)).replace(hour=8, minute=0))
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="vircom-bench-") as temp:
        base = Path(temp)
        for name, poll, samples in (
            ("SQLite, change feed (data_version)", None, SAMPLES),
            ("SQLite, baseline 10 s poll", BASELINE_POLL_SECONDS, BASELINE_SAMPLES),
        ):
            folder = base / name.split(",")[1].strip().replace(" ", "-")
            folder.mkdir()
            path = folder / "v.db"
            latencies = measure(folder, f"sqlite:///{path}", _sqlite_writer(path), samples, poll)
            results[name] = _summary(name, latencies)
        results.update(_postgres(base))
    feed = results["SQLite, change feed (data_version)"]
    baseline = results["SQLite, baseline 10 s poll"]
    print(f"baseline / change feed (SQLite median): {baseline / feed:.0f}x faster")


def _postgres(base: Path) -> dict[str, float]:
    from tests.fixtures import postgres as fixture

    bin_dir = fixture._find_bin_dir()
    if bin_dir is None:
        print("PostgreSQL: skipped (server binaries not installed)")
        return {}
    server = fixture._start_server(bin_dir)
    try:
        fixture._execute(server.url("postgres"), "CREATE DATABASE bench")
        url = server.url("bench")
        folder = base / "postgres"
        folder.mkdir()
        name = "PostgreSQL, change feed (NOTIFY)"
        return {name: _summary(name, measure(folder, url, _postgres_writer(url), SAMPLES, None))}
    finally:
        fixture._stop_server(server)


if __name__ == "__main__":
    main()
