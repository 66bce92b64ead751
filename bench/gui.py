"""Desk benchmarks: cold start to first paint, month view with 3,000 visits, idle memory.

    QT_QPA_PLATFORM=offscreen python bench/gui.py

Goals (issue 6): first paint under a second, < 50 ms per month render, idle RSS < 200 MB.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ZONE = "America/Santiago"
NOW = datetime(2025, 6, 11, 10, 0, tzinfo=ZoneInfo(ZONE))
MONTH_VISITS = 3000
RENDERS = 50

# Runs in a fresh interpreter: imports included, as a user starting the app would see it.
_COLD_START = """
import time
started = time.perf_counter()
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from vircom_desktop.config import Settings
from vircom_desktop.domain import clock
from vircom_desktop.domain.startup import open_database
from vircom_desktop.ui import tasks
from vircom_desktop.ui.app import create_application
from vircom_desktop.ui.bridge import EventBridge
from vircom_desktop.ui.main_window import MainWindow
from vircom_desktop.ui.theme import ThemeController

data_dir = Path(sys.argv[1])
clock.freeze(__import__("datetime").datetime.fromisoformat(sys.argv[2]))
open_database(f"sqlite:///{data_dir / 'v.db'}", timezone="America/Santiago")

class Runtime:
    settings = Settings(data_dir=data_dir, timezone="America/Santiago")
    log_path = data_dir / "log"
    listener_url = "http://127.0.0.1:8765"

    def ollama_status(self):
        return "unreachable"

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not hasattr(self, "at"):
            self.at = time.perf_counter()
            QTimer.singleShot(0, after_paint)
        return False

def rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")

def after_paint():
    window.start_background_checks()
    def idle():
        if tasks.pending():
            QTimer.singleShot(20, idle)
            return
        QTimer.singleShot(1000, report)
    idle()

def report():
    print(f"{(probe.at - started) * 1000:.0f} {rss_mb():.0f}")
    app.quit()

app = create_application("es")
ThemeController(app, "light")
window = MainWindow(Runtime(), EventBridge())
probe = FirstPaint()
window.installEventFilter(probe)
window.resize(1400, 900)
window.show()
app.exec()
"""


def _seed(path: Path) -> None:
    """A shop with four technicians and MONTH_VISITS visits in June 2025."""
    from vircom_desktop.domain import clock
    from vircom_desktop.domain.models import (
        Appointment,
        BusinessHours,
        Customer,
        Service,
        Technician,
        TechnicianService,
        database_proxy,
    )
    from vircom_desktop.domain.startup import open_database

    clock.freeze(NOW)
    open_database(f"sqlite:///{path}", timezone=ZONE)
    rng = random.Random(6)
    with database_proxy.atomic():
        service = Service.create(name="Reparación", duration_minutes=60)
        colors = ("#2563eb", "#16a34a", "#ea580c", "#9333ea")
        techs = [Technician.create(name=f"Técnico {i}", color=c) for i, c in enumerate(colors)]
        for tech in techs:
            TechnicianService.create(technician=tech, service=service)
        for weekday in range(6):
            BusinessHours.create(weekday=weekday, start="09:00", end="18:00")
        customers = [Customer.create(name=f"Cliente {i}", phone=f"+569{i:08d}") for i in range(300)]
        first = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
        rows = []
        for _ in range(MONTH_VISITS):
            start = first + timedelta(days=rng.randrange(30), minutes=30 * rng.randrange(18))
            rows.append(
                {
                    "customer": rng.choice(customers).id,
                    "technician": rng.choice(techs).id,
                    "service": service.id,
                    "starts_at": start,
                    "ends_at": start + timedelta(hours=1),
                    "address": "Av. Grecia 2100",
                    "issue": "No enciende",
                    "status": rng.choice(("confirmed", "confirmed", "proposed", "done")),
                }
            )
        for chunk in range(0, len(rows), 500):
            Appointment.insert_many(rows[chunk : chunk + 500]).execute()


def cold_start(data_dir: Path) -> tuple[float, float]:
    """Milliseconds from interpreter start to the window's first paint, and idle RSS in MB."""
    output = subprocess.run(
        [sys.executable, "-c", _COLD_START, str(data_dir), NOW.isoformat()],
        capture_output=True,
        text=True,
        check=True,
        env=os.environ | {"PYTHONPATH": os.getcwd()},
    ).stdout.split()
    first_paint, rss = float(output[-2]), float(output[-1])
    return first_paint, rss


def month_render() -> tuple[float, float, float]:
    """Mean ms to load the month's counts, to paint the month view, and to paint the week view."""
    from vircom_desktop.desk import agenda as data
    from vircom_desktop.ui.agenda.month_view import MonthView
    from vircom_desktop.ui.agenda.page import AgendaPage
    from vircom_desktop.ui.app import create_application
    from vircom_desktop.ui.bridge import EventBridge
    from vircom_desktop.ui.theme import ThemeController

    app = create_application("es")
    ThemeController(app, "light")
    loads = []
    for _ in range(10):
        started = time.perf_counter()
        month = data.load_month(2025, 6)
        loads.append((time.perf_counter() - started) * 1000)
    assert sum(c.total for c in month.counts.values()) == MONTH_VISITS
    view = MonthView()
    view.resize(1200, 780)
    view.set_month(month, NOW.date())
    view.grab()
    paints = []
    for _ in range(RENDERS):
        started = time.perf_counter()
        view.grab()
        paints.append((time.perf_counter() - started) * 1000)
    page = AgendaPage(EventBridge(), actor="bench", view="week")
    page.resize(1200, 780)
    agenda = data.load_agenda(NOW.date() - timedelta(days=NOW.weekday()), 7)
    page.week_grid.set_content(page._week_columns(agenda), agenda.visits, agenda.technicians)
    page.week_grid.resize(1150, 700)
    week = []
    for _ in range(RENDERS // 5):
        started = time.perf_counter()
        page.week_grid.grab()
        week.append((time.perf_counter() - started) * 1000)
    app.processEvents()
    return statistics.mean(loads), statistics.mean(paints), statistics.mean(week)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="vircom-bench-gui-") as temp:
        data_dir = Path(temp)
        _seed(data_dir / "v.db")
        first_paint, rss = cold_start(data_dir)
        load, paint, week = month_render()
    print(f"cold start to first paint   {first_paint:7.0f} ms   (goal < 1000 ms)")
    print(f"month counts query (3,000)  {load:7.1f} ms")
    print(f"month view render           {paint:7.1f} ms   (goal < 50 ms)")
    print(f"month load + render         {load + paint:7.1f} ms")
    print(f"week view render (~700)     {week:7.1f} ms")
    print(f"idle RSS after start        {rss:7.0f} MB   (goal < 200 MB)")


if __name__ == "__main__":
    main()
