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
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from tests.fixtures.shared_schedule import ZONE, desk_runtime, seed_visit_today
from vircom_desktop.domain import clock, db
from vircom_desktop.ui import tasks
from vircom_desktop.ui.app import create_application
from vircom_desktop.ui.bridge import EventBridge
from vircom_desktop.ui.main_window import MainWindow
from vircom_desktop.ui.state import UiState

SAMPLES = 15
BASELINE_SAMPLES = 3
BASELINE_POLL_SECONDS = 10.0
TIMEOUT = 30.0


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
    visit = seed_visit_today(url, actor="bench")
    app = create_application("es")
    bridge = EventBridge()
    window = MainWindow(
        desk_runtime(data_dir, url),
        bridge,
        state=UiState(data_dir / "ui.ini"),
        watch_poll_seconds=poll,
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

    with fixture.scratch_database("bench") as url:
        if url is None:
            print("PostgreSQL: skipped (server binaries not installed)")
            return {}
        folder = base / "postgres"
        folder.mkdir()
        name = "PostgreSQL, change feed (NOTIFY)"
        return {name: _summary(name, measure(folder, url, _postgres_writer(url), SAMPLES, None))}


if __name__ == "__main__":
    main()
