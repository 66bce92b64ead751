"""Desk benchmarks: cold start to first paint, month view with 3,000 visits, idle memory, and
the agenda's busy week (~700 visits) and busy day (20 technicians): going to the next week or
day, reloading it, repainting it, dragging a visit, resizing the window and switching the theme.

    QT_QPA_PLATFORM=offscreen python bench/gui.py [--baseline REV] [--grids-only]

Goals (issue 6): first paint under a second, < 50 ms per month render, idle RSS < 200 MB.
Goals (issue 15): a new week (or day) costs the GUI thread < 16 ms from its data arriving to
its first complete frame, without making the whole wait (asking to frame, worker included)
longer; a repaint, a drag step, a step of a window resized by its edge and the paint after a
light/dark switch < 16 ms on the GUI thread, the frame for the last size soon after. The week and day are measured in a fresh interpreter
per code tree: this one, and with `--baseline REV` that revision's files (git archive, nothing
checked out), with this bench's code, same data, one after the other; ratios printed."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import partial
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
from vircom_desktop.ui.stand_in_runtime import StandInRuntime
from vircom_desktop.ui.theme import ThemeController

data_dir = Path(sys.argv[1])
clock.freeze(__import__("datetime").datetime.fromisoformat(sys.argv[2]))
open_database(f"sqlite:///{data_dir / 'v.db'}", timezone="America/Santiago")

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
runtime = StandInRuntime(Settings(data_dir=data_dir, timezone="America/Santiago"), data_dir / "log")
window = MainWindow(runtime, EventBridge())
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
    gui_draw: float  # ms: content set on the GUI thread and drawn there (nothing cached)
    repaint: float  # ms: a full repaint of unchanged content
    refresh: float  # ms: new content with one visit changed (another desk booked), painted
    drag_step: float  # ms: one pointer move of a drag, event to painted
    drag_step_p95: float


@dataclass
class RedrawFigures:
    """Whole redraws of a shown grid: its window resized by its edge, the theme switched."""

    resize_step: float  # ms on the GUI thread per step (the resize and the paint that follows)
    resize_step_p95: float
    resize_settle: float  # ms from the last step's resize to the frame for that size on screen
    maximise: float  # ms on the GUI thread: one resize alone (a window maximised) and its paint
    maximise_settle: float  # ms from that resize to its frame on screen
    theme_repaint: float  # ms on the GUI thread: the paint after a light/dark switch
    theme_settle: float  # ms from the switch to its frame on screen
    longest_paint: float  # ms: the grid's longest paint event meanwhile (swaps included)


@dataclass
class NewRangeFigures:
    """Going to another week (or day) in the agenda page, as a user does."""

    visits: int  # of the ranges shown, on average
    ask: float  # ms on the GUI thread to ask for it (the button's click handler)
    gui: float  # ms on the GUI thread from the data arriving to the first complete frame
    gui_p95: float
    total: float  # ms from asking to the frame, worker included
    reload_gui: float  # ms on the GUI thread for the same range loaded again (a change elsewhere)
    reload_total: float
    drawn_by_worker: str  # how many of the frames the worker drew ("-" when it never does)


def week_content() -> tuple[list[Any], tuple[Any, ...], tuple[Any, ...]]:
    """The seeded week of NOW as the agenda page shows it: 7 day columns, ~700 visits."""
    from vircom_desktop.desk import agenda as data
    from vircom_desktop.ui.agenda.page import AgendaPage
    from vircom_desktop.ui.bridge import EventBridge

    page = AgendaPage(EventBridge(), actor="bench", view="week")
    agenda = data.load_agenda(NOW.date() - timedelta(days=NOW.weekday()), 7)
    return page._week_columns(agenda), agenda.visits, agenda.technicians


def _people(technicians: int) -> list[tuple[str, str]]:
    colors = ("#2563eb", "#16a34a", "#ea580c", "#9333ea", "#0891b2")
    return [(f"Técnico {n + 1}", colors[n % len(colors)]) for n in range(technicians)]


def _day_slots(day: date) -> list[datetime]:
    """Each technician's day: booked 09:00-18:00 in 45-minute visits."""
    opening = datetime.combine(day, datetime.min.time(), tzinfo=ZoneInfo(ZONE))
    opening += timedelta(hours=9)
    return [opening + timedelta(minutes=45 * slot) for slot in range(12)]


def day_content(technicians: int = DAY_TECHNICIANS) -> tuple[list[Any], list[Any], tuple[Any, ...]]:
    """A day of NOW with one column per technician, each booked 09:00-18:00 in 45-min visits."""
    from vircom_desktop.desk.agenda import TechnicianInfo, Visit
    from vircom_desktop.ui.agenda.columns import Column

    day = NOW.date()
    slots = _day_slots(day)
    people = tuple(
        TechnicianInfo(n + 1, name, color) for n, (name, color) in enumerate(_people(technicians))
    )
    columns = [
        Column(day, t.id, t.name, "", ((slots[0], slots[-1] + timedelta(minutes=45)),))
        for t in people
    ]
    visits = []
    for tech in people:
        for slot, start in enumerate(slots):
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


DAY_DATES = (date(2025, 6, 11), date(2025, 6, 12))  # the 20-technician shop's two busy days


def _seed_day_shop(path: Path) -> None:
    """A shop with DAY_TECHNICIANS technicians, each booked all day on DAY_DATES."""
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

    open_database(f"sqlite:///{path}", timezone=ZONE)
    with database_proxy.atomic():
        service = Service.create(name="Reparación", duration_minutes=45)
        techs = [Technician.create(name=n, color=c) for n, c in _people(DAY_TECHNICIANS)]
        for tech in techs:
            TechnicianService.create(technician=tech, service=service)
        for weekday in range(6):
            BusinessHours.create(weekday=weekday, start="09:00", end="18:00")
        customer = Customer.create(name="Cliente", phone="+56900000000")
        rows = []
        for day in DAY_DATES:
            for tech in techs:
                for slot, start in enumerate(_day_slots(day)):
                    rows.append(
                        {
                            "customer": customer.id,
                            "technician": tech.id,
                            "service": service.id,
                            "starts_at": start.astimezone(UTC),
                            "ends_at": (start + timedelta(minutes=45)).astimezone(UTC),
                            "address": "Av. Grecia 2100",
                            "issue": "No enciende",
                            "status": "proposed" if slot % 4 == 0 else "confirmed",
                        }
                    )
        for chunk in range(0, len(rows), 500):
            Appointment.insert_many(rows[chunk : chunk + 500]).execute()


def new_range(view: str, dates: tuple[date, date], steps: int = RENDERS // 2) -> NewRangeFigures:
    """Go back and forth between two weeks (or days) in a shown agenda page, as a user does.

    "gui" is what the user waits for on the GUI thread once the data is there: from the load's
    result arriving to the grid's first complete frame (the page's result handler, then a
    synchronous repaint). "total" adds the worker's load (and drawing, where it draws).
    """
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from vircom_desktop.ui import tasks
    from vircom_desktop.ui.agenda.page import AgendaPage
    from vircom_desktop.ui.bridge import EventBridge

    app = QApplication.instance()
    page = AgendaPage(EventBridge(), actor="bench", view=view)
    page.resize(1200, 820)
    page.set_date(dates[0])
    page.show()
    while tasks.pending():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    grid = page.week_grid if view == "week" else page.day_grid
    deliver = page.loader._on_success
    waiting = QEventLoop()
    seen: dict[str, Any] = {}

    def timed(result: Any) -> None:
        started = time.perf_counter()
        deliver(result)
        grid.repaint()
        seen["gui"], seen["done"], seen["result"] = started, time.perf_counter(), result
        waiting.quit()

    page.loader._on_success = timed

    def load(ask: Any) -> tuple[float, float, float, Any]:
        """Milliseconds asking, on the GUI thread once the data is in, and in all; the result."""
        seen.clear()
        asked = time.perf_counter()
        ask()
        ask_ms = (time.perf_counter() - asked) * 1000
        if "done" not in seen:
            waiting.exec()
        gui_ms, total_ms = (seen["done"] - seen["gui"]) * 1000, (seen["done"] - asked) * 1000
        return ask_ms, gui_ms, total_ms, seen["result"]

    asks, guis, totals, visits, by_worker, worker_frames = [], [], [], [], 0, 0
    for step in range(steps):
        ask_ms, gui_ms, total_ms, result = load(partial(page.set_date, dates[(step + 1) % 2]))
        asks.append(ask_ms)
        guis.append(gui_ms)
        totals.append(total_ms)
        visits.append(len(getattr(result, "agenda", result).visits))
        if hasattr(result, "frame"):
            worker_frames += 1
            by_worker += getattr(grid, "frame", None) is result.frame
    reloads = [load(page.refresh) for _ in range(steps)]
    page.close()
    guis.sort()
    return NewRangeFigures(  # medians: a shared machine's bursts of load skew a mean
        round(statistics.mean(visits)),
        statistics.median(asks),
        statistics.median(guis),
        guis[int(len(guis) * 0.95)],
        statistics.median(totals),
        statistics.median(gui for _, gui, _, _ in reloads),
        statistics.median(total for _, _, total, _ in reloads),
        f"{by_worker}/{steps}" if worker_frames else "-",
    )


def grid_paint(content: tuple[Any, Any, Any]) -> GridFigures:
    """Paint `content` in this tree's TimeGrid, set directly on the GUI thread, and drag."""
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    from vircom_desktop.ui.agenda.time_grid import TimeGrid

    app = QApplication.instance()
    columns, visits, technicians = content

    def shown_grid() -> Any:
        grid = TimeGrid()
        grid.resize(1150, 700)
        grid.show()
        app.processEvents()
        return grid

    firsts, repaints = [], []
    for _ in range(RENDERS // 5):
        grid = shown_grid()  # nothing cached: new content set in a shown grid
        started = time.perf_counter()
        grid.set_content(columns, visits, technicians)
        grid.repaint()
        firsts.append((time.perf_counter() - started) * 1000)
        redrawn(grid)
        started = time.perf_counter()
        grid.repaint()
        repaints.append((time.perf_counter() - started) * 1000)
        grid.close()
    grid = shown_grid()
    grid.set_content(columns, visits, technicians)
    redrawn(grid)

    refreshes = []
    for number in range(RENDERS // 5):
        changed = list(visits)
        changed[number * 7] = dataclasses.replace(changed[number * 7], status="done")
        started = time.perf_counter()
        grid.set_content(columns, changed, technicians)
        grid.repaint()
        refreshes.append((time.perf_counter() - started) * 1000)
    grid.set_content(columns, visits, technicians)
    redrawn(grid)

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


def redrawn(grid: Any) -> None:
    """Wait until a worker's frame replaced the grid's stand-in picture, then paint it.

    Trees before the stand-in drew everything in the paint itself: nothing to wait for.
    """
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    redrawing = getattr(grid, "redrawing", lambda: False)
    while redrawing():
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    grid.repaint()


def whole_redraws(content: tuple[Any, Any, Any]) -> RedrawFigures:
    """Resize a shown grid as a window dragged by its edge, one step a frame, then at once (a
    window maximised and restored), then switch the theme between light and dark; measure the
    GUI thread and when the right frame is on screen."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from vircom_desktop.ui.agenda.time_grid import TimeGrid
    from vircom_desktop.ui.theme import ThemeController

    app = QApplication.instance()
    paints: list[float] = []

    class TimedGrid(TimeGrid):  # type: ignore[misc]
        def paintEvent(self, event: Any) -> None:
            started = time.perf_counter()
            super().paintEvent(event)
            paints.append((time.perf_counter() - started) * 1000)

    def idle_until(moment: float) -> None:
        """The event loop runs (a worker's frame may arrive) until the next frame is due."""
        remaining = int((moment - time.perf_counter()) * 1000)
        if remaining > 0:
            loop = QEventLoop()
            QTimer.singleShot(remaining, loop.quit)
            loop.exec()
        app.processEvents()

    theme = ThemeController(app, "light")
    grid = TimedGrid()
    grid.resize(1150, 700)
    grid.show()
    app.processEvents()
    grid.set_content(*content)
    redrawn(grid)
    paints.clear()
    steps, settles = [], []
    shrink = [(1150 - 12 * n, 700 - 4 * n) for n in range(1, 16)]
    for _ in range(3):  # 31 steps in and out, half a second at a frame a step
        started = 0.0
        for width, height in shrink + shrink[-2::-1] + [(1150, 700)]:
            if started:
                idle_until(started + 0.016)
            started = time.perf_counter()
            grid.resize(width, height)
            grid.repaint()
            steps.append((time.perf_counter() - started) * 1000)
        redrawn(grid)
        settles.append((time.perf_counter() - started) * 1000)
    maximised, maximised_settles = [], []
    for width, height in ((1400, 860), (1150, 700)) * 5:
        idle_until(time.perf_counter() + 0.05)  # no resize just before
        started = time.perf_counter()
        grid.resize(width, height)
        grid.repaint()
        maximised.append((time.perf_counter() - started) * 1000)
        redrawn(grid)
        maximised_settles.append((time.perf_counter() - started) * 1000)
    theme_paints, theme_settles = [], []
    for preference in ("dark", "light") * 5:
        started = time.perf_counter()
        theme.set_preference(preference)
        painted = time.perf_counter()
        grid.repaint()
        theme_paints.append((time.perf_counter() - painted) * 1000)
        redrawn(grid)
        theme_settles.append((time.perf_counter() - started) * 1000)
    grid.close()
    steps.sort()
    return RedrawFigures(
        statistics.median(steps),
        steps[int(len(steps) * 0.95)],
        statistics.median(settles),
        statistics.median(maximised),
        statistics.median(maximised_settles),
        statistics.median(theme_paints),
        statistics.median(theme_settles),
        max(paints),
    )


def measure_view(view: str) -> dict[str, Any]:
    """Run in a child process, with PYTHONPATH on the tree to measure (this code or a baseline)."""
    from vircom_desktop.domain import clock

    clock.freeze(NOW)
    with tempfile.TemporaryDirectory(prefix="vircom-bench-grid-") as temp:
        if view == "week":
            _seed(Path(temp) / "v.db")
            _application()
            monday = NOW.date() - timedelta(days=NOW.weekday())
            paging = new_range("week", (monday, monday + timedelta(days=7)))
            content = week_content()
        else:
            _seed_day_shop(Path(temp) / "v.db")
            _application()
            paging = new_range("day", DAY_DATES)
            content = day_content()
        grid = grid_paint(content)
        redraws = whole_redraws(content)
    return {
        "paging": dataclasses.asdict(paging),
        "grid": dataclasses.asdict(grid),
        "redraw": dataclasses.asdict(redraws),
    }


Figures = tuple[NewRangeFigures, GridFigures, RedrawFigures]


def measured_in(tree: Path, view: str, switch_interval: float | None = None) -> Figures:
    """`measure_view(view)` with the code of `tree`, in a fresh interpreter."""
    switch = ["--switch-interval", str(switch_interval)] if switch_interval else []
    output = subprocess.run(
        [sys.executable, __file__, "--measure", view, *switch],
        capture_output=True,
        text=True,
        check=True,
        cwd=tree,
        env=os.environ | {"PYTHONPATH": str(tree)},
    ).stdout
    figures = json.loads(output.strip().splitlines()[-1])
    return (
        NewRangeFigures(**figures["paging"]),
        GridFigures(**figures["grid"]),
        RedrawFigures(**figures["redraw"]),
    )


def median_figures(runs: list[Figures]) -> Figures:
    """Each figure's median over the runs (the machine is shared: one run can be unlucky)."""

    def median_of(figures: list[Any]) -> Any:
        first = figures[0]
        values = {}
        for field in dataclasses.fields(first):
            column = [getattr(f, field.name) for f in figures]
            if isinstance(column[0], float):
                values[field.name] = statistics.median(column)
            elif isinstance(column[0], str):
                values[field.name] = " ".join(dict.fromkeys(column))  # e.g. "25/25"
            else:
                values[field.name] = column[0]
        return type(first)(**values)

    return (
        median_of([run[0] for run in runs]),
        median_of([run[1] for run in runs]),
        median_of([run[2] for run in runs]),
    )


def baseline_tree(revision: str, into: Path) -> Path:
    """The files of `revision`, extracted with git archive (no worktree, nothing checked out)."""
    root = Path(__file__).resolve().parents[1]
    archive = subprocess.run(
        ["git", "archive", revision], cwd=root, check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", metavar="REV", help="also measure this revision's agenda")
    parser.add_argument("--grids-only", action="store_true", help="skip start-up and month")
    parser.add_argument(
        "--rounds", type=int, default=3, help="runs per tree, alternated; medians reported"
    )
    parser.add_argument(
        "--switch-interval",
        type=float,
        metavar="S",
        help="the interpreter's thread switch interval in the measured processes (default 0.005)",
    )
    parser.add_argument("--measure", choices=("week", "day"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval)
    if args.measure:
        print(json.dumps(measure_view(args.measure)))
        return
    here = Path(__file__).resolve().parents[1]
    with tempfile.TemporaryDirectory(prefix="vircom-bench-gui-") as temp:
        data_dir = Path(temp)
        if args.grids_only:
            first_paint = rss = load = paint = float("nan")
        else:
            _seed(data_dir / "v.db")
            first_paint, rss = cold_start(data_dir)
            load, paint = month_render()
        before = None
        if args.baseline:
            (data_dir / "baseline").mkdir()
            before = baseline_tree(args.baseline, data_dir / "baseline")
        views = []
        for view in ("week", "day"):
            nows, thens = [], []
            for _ in range(args.rounds):  # alternated, so a burst of load hits both trees alike
                nows.append(measured_in(here, view, args.switch_interval))
                if before is not None:
                    thens.append(measured_in(before, view, args.switch_interval))
            views.append((view, median_figures(nows), median_figures(thens) if thens else None))
    print(f"cold start to first paint   {first_paint:7.0f} ms   (goal < 1000 ms)")
    print(f"month counts query (3,000)  {load:7.1f} ms")
    print(f"month view render           {paint:7.1f} ms   (goal < 50 ms)")
    print(f"month load + render         {load + paint:7.1f} ms")
    print(f"idle RSS after start        {rss:7.0f} MB   (goal < 200 MB)")
    for view, now, then in views:
        report_view(view, now, then, args.baseline)


def report_view(view: str, now: Figures, then: Figures | None, baseline: str | None) -> None:
    paging = now[0]
    if view == "week":
        print(f"week view, ~{paging.visits} visits (next week / previous week in the agenda page):")
    else:
        print(
            f"day view, {DAY_TECHNICIANS} technicians, {paging.visits} visits (next / previous day):"
        )
    parts = {"paging": 0, "grid": 1, "redraw": 2}
    rows: list[tuple[str, str, str, str]] = [
        ("new range: GUI thread, data in -> frame", "paging", "gui", "   (goal < 16 ms)"),
        ("new range: GUI thread, p95", "paging", "gui_p95", ""),
        ("new range: GUI thread, asking", "paging", "ask", ""),
        ("new range: ask -> frame, worker incl.", "paging", "total", "   (not worse)"),
        ("reload: GUI thread, data in -> frame", "paging", "reload_gui", ""),
        ("reload: ask -> frame, worker incl.", "paging", "reload_total", ""),
        ("new content in a shown grid: GUI thread", "grid", "gui_draw", ""),
        ("repaint, content unchanged", "grid", "repaint", "   (goal < 16 ms)"),
        ("refresh, one visit changed", "grid", "refresh", ""),
        ("drag step, mean", "grid", "drag_step", "   (goal < 16 ms)"),
        ("drag step, p95", "grid", "drag_step_p95", ""),
        ("resize step: GUI thread, median", "redraw", "resize_step", "   (goal < 16 ms)"),
        ("resize step: GUI thread, p95", "redraw", "resize_step_p95", ""),
        ("last resize -> its frame on screen", "redraw", "resize_settle", ""),
        ("maximise: GUI thread", "redraw", "maximise", "   (goal < 16 ms)"),
        ("maximise -> its frame on screen", "redraw", "maximise_settle", ""),
        ("theme switch: GUI thread, repaint", "redraw", "theme_repaint", "   (goal < 16 ms)"),
        ("theme switch -> its frame on screen", "redraw", "theme_settle", ""),
        ("longest paint event meanwhile", "redraw", "longest_paint", ""),
    ]
    for label, part, field_name, goal in rows:
        value = getattr(now[parts[part]], field_name)
        line = f"  {label:<40}{value:7.1f} ms"
        if then is not None:
            old = getattr(then[parts[part]], field_name)
            line += f"   {baseline}: {old:7.1f} ms   {old / max(value, 1e-9):5.1f}x faster"
        print(line + goal)
    worker = f"  frames drawn by the worker: {paging.drawn_by_worker}"
    if then is not None:
        worker += f"   {baseline}: {then[0].drawn_by_worker}"
    print(worker)


def _application() -> None:
    from vircom_desktop.ui.app import create_application
    from vircom_desktop.ui.theme import ThemeController

    app = create_application("es")
    ThemeController(app, "light")


if __name__ == "__main__":
    main()
