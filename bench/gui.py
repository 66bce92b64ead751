"""Desk benchmarks: cold start to first paint, month view with 3,000 visits, idle memory, and
the week view with ~700 visits: its paint and the repaint of each step of a drag.

    QT_QPA_PLATFORM=offscreen python bench/gui.py [--baseline REV]

Goals (issue 6): first paint under a second, < 50 ms per month render, idle RSS < 200 MB.
Goals (issue 15): the week paints in < 16 ms and a drag repaints only what moved. With
`--baseline REV` the week grid of that git revision is measured side by side (same data, same
run) and the ratios printed.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ZONE = "America/Santiago"
NOW = datetime(2025, 6, 11, 10, 0, tzinfo=ZoneInfo(ZONE))
MONTH_VISITS = 3000
DAY_TECHNICIANS = 20
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

    def jobs_host(self):
        return None

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


def month_render() -> tuple[float, float]:
    """Mean ms to load the month's counts and to paint the month view."""
    from vircom_desktop.desk import agenda as data
    from vircom_desktop.ui.agenda.month_view import MonthView

    _application()
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
    return statistics.mean(loads), statistics.mean(paints)


@dataclass
class GridFigures:
    visits: int
    first_paint: float  # ms: the first paint after new content (nothing cached)
    repaint: float  # ms: a full repaint of unchanged content
    refresh: float  # ms: new content with one visit changed (another desk booked), painted
    drag_step: float  # ms: one pointer move of a drag, event to painted
    drag_step_p95: float


def week_content() -> tuple[list[Any], tuple[Any, ...], tuple[Any, ...]]:
    """The seeded week of NOW as the agenda page shows it: 7 day columns, ~700 visits."""
    from vircom_desktop.desk import agenda as data
    from vircom_desktop.ui.agenda.page import AgendaPage
    from vircom_desktop.ui.bridge import EventBridge

    page = AgendaPage(EventBridge(), actor="bench", view="week")
    agenda = data.load_agenda(NOW.date() - timedelta(days=NOW.weekday()), 7)
    return page._week_columns(agenda), agenda.visits, agenda.technicians


def day_content(technicians: int = DAY_TECHNICIANS) -> tuple[list[Any], list[Any], tuple[Any, ...]]:
    """A day of NOW with one column per technician, each booked 09:00-18:00 in 45-min visits."""
    from vircom_desktop.desk.agenda import TechnicianInfo, Visit
    from vircom_desktop.domain import clock
    from vircom_desktop.ui.agenda.columns import Column

    zone = clock.shop_zone()
    day = NOW.date()
    opening = datetime.combine(day, datetime.min.time(), tzinfo=zone) + timedelta(hours=9)
    closing = opening + timedelta(hours=9)
    colors = ("#2563eb", "#16a34a", "#ea580c", "#9333ea", "#0891b2")
    people = tuple(
        TechnicianInfo(n + 1, f"Técnico {n + 1}", colors[n % len(colors)])
        for n in range(technicians)
    )
    columns = [Column(day, t.id, t.name, "", ((opening, closing),)) for t in people]
    visits = []
    for tech in people:
        for slot in range(12):
            start = opening + timedelta(minutes=45 * slot)
            visits.append(
                Visit(
                    len(visits) + 1,
                    tech.id,
                    1,
                    f"Cliente {len(visits)}",
                    "+56900000000",
                    1,
                    "Reparación",
                    start,
                    start + timedelta(minutes=45),
                    15,
                    "proposed" if slot % 4 == 0 else "confirmed",
                    "Av. Grecia 2100",
                    "No enciende",
                    "staff",
                )
            )
    return columns, visits, people


def grid_paint(grid_class: type, content: tuple[Any, Any, Any]) -> GridFigures:
    """Paint `content` in `grid_class` (the TimeGrid of this code or of a baseline) and drag."""
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    columns, visits, technicians = content

    def shown_grid() -> Any:
        grid = grid_class()
        grid.resize(1150, 700)
        grid.show()
        app.processEvents()
        return grid

    firsts, repaints = [], []
    for _ in range(RENDERS // 5):
        grid = shown_grid()  # nothing cached: a new window, or new content
        grid.set_content(columns, visits, technicians)
        started = time.perf_counter()
        grid.repaint()
        firsts.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        grid.repaint()
        repaints.append((time.perf_counter() - started) * 1000)
        grid.close()
    grid = shown_grid()
    grid.set_content(columns, visits, technicians)
    grid.repaint()

    refreshes = []
    for number in range(RENDERS // 5):
        changed = list(visits)
        changed[number * 7] = dataclasses.replace(changed[number * 7], status="done")
        started = time.perf_counter()
        grid.set_content(columns, changed, technicians)
        grid.repaint()
        refreshes.append((time.perf_counter() - started) * 1000)
    grid.set_content(columns, visits, technicians)
    grid.repaint()

    def send(kind: QEvent.Type, point: QPointF, buttons: Qt.MouseButton) -> None:
        button = (
            Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
        )
        event = QMouseEvent(
            kind, point, grid.mapToGlobal(point), button, buttons, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(grid, event)

    shown = [v for v in visits if v.holding and grid.visit_rect(v.id) is not None]
    visit = next(v for v in shown if grid.visit_rect(v.id).height() > 30)
    origin = grid.visit_rect(visit.id).center()
    send(QEvent.Type.MouseButtonPress, origin, Qt.MouseButton.LeftButton)
    steps = []
    for step in range(1, 121):
        # Across the week and down the day, as a person dragging a visit would.
        point = origin + QPointF((step * 7) % 600, (step * 3) % 240)
        started = time.perf_counter()
        send(QEvent.Type.MouseMove, point, Qt.MouseButton.LeftButton)
        app.processEvents()
        steps.append((time.perf_counter() - started) * 1000)
    grid._drag = None  # end without asking the engine to move it
    grid.close()
    steps.sort()
    return GridFigures(
        len(visits),
        statistics.mean(firsts),
        statistics.mean(repaints),
        statistics.mean(refreshes),
        statistics.mean(steps[5:]),  # the first steps start the drag
        steps[int(len(steps) * 0.95)],
    )


def baseline_grid(revision: str) -> type:
    """The TimeGrid class of `revision`, loaded from git next to this code's."""
    source = subprocess.run(
        ["git", "show", f"{revision}:vircom_desktop/ui/agenda/time_grid.py"],
        cwd=Path(__file__).resolve().parents[1],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    spec = importlib.util.spec_from_loader(f"baseline_time_grid_{revision}", loader=None)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    exec(compile(source, f"{revision}:time_grid.py", "exec"), module.__dict__)
    grid: type = module.TimeGrid
    return grid


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", metavar="REV", help="also measure this revision's week grid")
    parser.add_argument("--grids-only", action="store_true", help="skip start-up and month")
    args = parser.parse_args()
    from vircom_desktop.ui.agenda.time_grid import TimeGrid

    with tempfile.TemporaryDirectory(prefix="vircom-bench-gui-") as temp:
        data_dir = Path(temp)
        _seed(data_dir / "v.db")
        if args.grids_only:
            first_paint = rss = load = paint = float("nan")
            _application()
        else:
            first_paint, rss = cold_start(data_dir)
            load, paint = month_render()
        baseline = baseline_grid(args.baseline) if args.baseline else None
        views = []
        for name, content in (("week view", week_content()), ("day view", day_content())):
            now = grid_paint(TimeGrid, content)
            before = grid_paint(baseline, content) if baseline is not None else None
            views.append((name, now, before))
    print(f"cold start to first paint   {first_paint:7.0f} ms   (goal < 1000 ms)")
    print(f"month counts query (3,000)  {load:7.1f} ms")
    print(f"month view render           {paint:7.1f} ms   (goal < 50 ms)")
    print(f"month load + render         {load + paint:7.1f} ms")
    print(f"idle RSS after start        {rss:7.0f} MB   (goal < 200 MB)")
    for name, now, before in views:
        print(f"{name}, {now.visits} visits:")
        report_grid(now, before, args.baseline)


def report_grid(now: GridFigures, before: GridFigures | None, baseline: str | None) -> None:
    rows = [
        ("first paint of new content", "first_paint", ""),
        ("repaint, content unchanged", "repaint", "   (goal < 16 ms)"),
        ("refresh, one visit changed", "refresh", ""),
        ("drag step, mean", "drag_step", "   (goal < 16 ms)"),
        ("drag step, p95", "drag_step_p95", ""),
    ]
    for label, field_name, goal in rows:
        value = getattr(now, field_name)
        line = f"  {label:<27}{value:7.1f} ms"
        if before is not None:
            then = getattr(before, field_name)
            line += f"   {baseline}: {then:7.1f} ms   {then / max(value, 1e-9):5.1f}x faster"
        print(line + goal)


def _application() -> None:
    from vircom_desktop.ui.app import create_application
    from vircom_desktop.ui.theme import ThemeController

    app = create_application("es")
    ThemeController(app, "light")


if __name__ == "__main__":
    main()
