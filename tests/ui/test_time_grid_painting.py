"""The time grid paints from cached layers: a drag repaints only what moved, and never leaves
stale pixels behind; a week a worker drew paints exactly like one drawn here (speed itself is
measured in bench/gui.py, not here)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from functools import partial

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from vircom_desktop.desk.agenda import TechnicianInfo, Visit
from vircom_desktop.domain import clock
from vircom_desktop.ui.agenda.columns import Column
from vircom_desktop.ui.agenda.grid_frame import GridFrame, GridLook
from vircom_desktop.ui.agenda.time_grid import TimeGrid
from vircom_desktop.ui.tasks import Op

MONDAY = date(2025, 6, 9)
TECHNICIANS = (TechnicianInfo(1, "Ana", "#2563eb"), TechnicianInfo(2, "Beto", "#16a34a"))


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=clock.shop_zone())


def busy_week() -> tuple[list[Column], list[Visit]]:
    days = [MONDAY + timedelta(days=n) for n in range(7)]
    columns = [Column(day, None, day.isoformat(), "", ((at(day, 9), at(day, 18)),)) for day in days]
    visits = []
    for number in range(7 * 16):
        day = days[number % 7]
        start = at(day, 9) + timedelta(minutes=30 * (number // 7 % 16))
        visits.append(
            Visit(
                id=number + 1,
                technician_id=1 + number % 2,
                customer_id=1,
                customer_name=f"Cliente {number}",
                customer_phone="+56911111111",
                service_id=1,
                service_name="Reparación",
                starts_at=start,
                ends_at=start + timedelta(hours=1),
                buffer_minutes=15,
                status="proposed" if number % 5 == 0 else "confirmed",
                address="Av. Grecia 2100",
                issue="No enciende",
                source="staff",
            )
        )
    return columns, visits


class PaintLog(QObject):
    """The rectangles of the paint events a widget receives."""

    def __init__(self) -> None:
        super().__init__()
        self.rects: list[QRect] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.rect())  # type: ignore[attr-defined]
        return False


def shown_grid(qtbot: QtBot) -> TimeGrid:
    grid = TimeGrid()
    qtbot.addWidget(grid)
    grid.resize(1100, 700)
    columns, visits = busy_week()
    grid.set_content(columns, visits, TECHNICIANS)
    grid.show()
    qtbot.waitExposed(grid)
    return grid


def picture(grid: TimeGrid) -> QImage:
    return grid.grab().toImage()


def fresh_picture(
    qtbot: QtBot,
    size: QSize,
    visits: list[Visit],
    prepare: Callable[[TimeGrid], None] | None = None,
) -> QImage:
    """How `visits` of the busy week look in a new grid of `size` that lays them out itself."""
    fresh = TimeGrid()
    qtbot.addWidget(fresh)
    fresh.resize(size)
    if prepare is not None:
        prepare(fresh)
    fresh.set_content(busy_week()[0], visits, TECHNICIANS)
    fresh.show()
    qtbot.waitExposed(fresh)
    return picture(fresh)


def drawn_on_a_worker(qtbot: QtBot, look: GridLook, visits: list[Visit]) -> GridFrame:
    """The busy week with `visits`, laid out and drawn off the GUI thread as a page has it."""
    drawn: list[GridFrame] = []
    parent = QObject()
    draw = partial(GridFrame.drawn, look, busy_week()[0], visits, TECHNICIANS)
    Op(parent, draw).on_success(drawn.append).run()
    qtbot.waitUntil(lambda: bool(drawn))
    return drawn[0]


def one_visit_done(visits: list[Visit], visit_id: int = 10) -> list[Visit]:
    return [dataclasses.replace(v, status="done") if v.id == visit_id else v for v in visits]


def test_a_drag_repaints_where_the_ghost_was_and_is_not_the_whole_week(qtbot: QtBot) -> None:
    grid = shown_grid(qtbot)
    rect = grid.visit_rect(8)
    assert rect is not None
    start = rect.center().toPoint()
    QTest.mousePress(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(grid, start + QPoint(0, 12))  # the drag starts: its column fades it
    QApplication.processEvents()
    log = PaintLog()
    grid.installEventFilter(log)
    for step in range(1, 6):
        QTest.mouseMove(grid, start + QPoint(90 * step, 12 + 20 * step))
        QApplication.processEvents()
    grid.removeEventFilter(log)
    assert log.rects, "the ghost was never painted"
    widget_area = grid.width() * grid.height()
    for painted in log.rects:
        assert painted.width() * painted.height() < widget_area / 4
        assert painted.height() < grid.height() / 2
    QTest.mouseRelease(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)


def test_a_refused_move_leaves_exactly_the_week_it_started_from(qtbot: QtBot) -> None:
    grid = shown_grid(qtbot)
    before = picture(grid)
    rect = grid.visit_rect(8)
    assert rect is not None
    start = rect.center().toPoint()
    with qtbot.waitSignal(grid.visit_move_requested) as requested:
        QTest.mousePress(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        QTest.mouseMove(grid, start + QPoint(0, 12))
        QTest.mouseMove(grid, start + QPoint(320, 90))
        QTest.mouseRelease(
            grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(320, 90)
        )
    assert requested.args[0] == 8
    moved = picture(grid)
    assert moved != before
    grid.revert_move(8)
    assert picture(grid) == before


def test_a_theme_change_redraws_the_cached_layers(qtbot: QtBot) -> None:
    grid = shown_grid(qtbot)
    before = picture(grid)
    palette = grid.palette()
    palette.setColor(palette.ColorRole.Base, Qt.GlobalColor.black)
    grid.setPalette(palette)
    assert picture(grid) != before


def test_a_refresh_with_one_visit_changed_paints_like_a_fresh_grid(qtbot: QtBot) -> None:
    grid = shown_grid(qtbot)
    picture(grid)  # every layer cached
    columns, visits = busy_week()
    moved = dataclasses.replace(visits[9], status="done")
    refreshed = [moved if v.id == moved.id else v for v in visits]
    grid.set_content(columns, refreshed, TECHNICIANS)
    assert grid.frame.dirty_columns() == {9 % 7}  # only the changed day is drawn again

    fresh = TimeGrid()
    qtbot.addWidget(fresh)
    fresh.resize(grid.size())
    fresh.set_content(columns, refreshed, TECHNICIANS)
    fresh.show()
    qtbot.waitExposed(fresh)
    assert picture(grid) == picture(fresh)


def test_a_week_drawn_on_a_worker_paints_exactly_like_one_drawn_here(qtbot: QtBot) -> None:
    grid = shown_grid(qtbot)
    picture(grid)
    visits = one_visit_done(busy_week()[1])
    frame = drawn_on_a_worker(qtbot, GridLook.of(grid), visits)
    grid.show_frame(frame)
    assert grid.frame is frame  # shown as drawn: nothing laid out or drawn again here
    assert frame.dirty_columns() == set()
    assert picture(grid) == fresh_picture(qtbot, grid.size(), visits)


def test_a_week_drawn_for_another_size_is_laid_out_again_here(qtbot: QtBot) -> None:
    grid = shown_grid(qtbot)
    visits = one_visit_done(busy_week()[1])
    smaller = dataclasses.replace(GridLook.of(grid), width=800, height=600)
    frame = drawn_on_a_worker(qtbot, smaller, visits)
    grid.show_frame(frame)
    assert grid.frame is not frame
    assert grid.frame.look == GridLook.of(grid)
    assert picture(grid) == fresh_picture(qtbot, grid.size(), visits)


def test_a_resize_after_a_worker_drawn_week_paints_like_a_fresh_grid(qtbot: QtBot) -> None:
    grid = shown_grid(qtbot)
    visits = one_visit_done(busy_week()[1])
    grid.show_frame(drawn_on_a_worker(qtbot, GridLook.of(grid), visits))
    picture(grid)
    grid.resize(900, 640)
    assert picture(grid) == fresh_picture(qtbot, QSize(900, 640), visits)


def test_a_theme_change_after_a_worker_drawn_week_paints_like_a_fresh_grid(qtbot: QtBot) -> None:
    grid = shown_grid(qtbot)
    visits = one_visit_done(busy_week()[1])
    grid.show_frame(drawn_on_a_worker(qtbot, GridLook.of(grid), visits))
    picture(grid)
    palette = grid.palette()
    palette.setColor(palette.ColorRole.Base, Qt.GlobalColor.black)
    grid.setPalette(palette)

    def darken(fresh: TimeGrid) -> None:
        fresh.setPalette(palette)

    assert picture(grid) == fresh_picture(qtbot, grid.size(), visits, darken)


def test_a_move_waiting_for_the_engine_stays_put_when_a_worker_drawn_week_arrives(
    qtbot: QtBot,
) -> None:
    grid = shown_grid(qtbot)
    rect = grid.visit_rect(8)
    assert rect is not None
    start = rect.center().toPoint()
    with qtbot.waitSignal(grid.visit_move_requested):
        QTest.mousePress(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        QTest.mouseMove(grid, start + QPoint(0, 12))
        QTest.mouseMove(grid, start + QPoint(320, 90))
        QTest.mouseRelease(
            grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(320, 90)
        )
    waiting = picture(grid)
    moved_to = grid.visit_rect(8)
    # Another desk's change reaches the worker before the engine answers this move.
    grid.show_frame(drawn_on_a_worker(qtbot, GridLook.of(grid), busy_week()[1]))
    assert grid.visit_rect(8) == moved_to
    assert picture(grid) == waiting


def test_two_refreshes_before_a_paint_both_reach_the_screen(qtbot: QtBot) -> None:
    grid = shown_grid(qtbot)
    picture(grid)
    columns, visits = busy_week()
    first = one_visit_done(visits, 10)  # Wednesday
    second = one_visit_done(first, 12)  # Friday
    grid.set_content(columns, first, TECHNICIANS)
    grid.set_content(columns, second, TECHNICIANS)  # before Wednesday was drawn again
    assert picture(grid) == fresh_picture(qtbot, grid.size(), second)


def test_a_refresh_that_moves_the_hours_draws_the_hour_lines_again(qtbot: QtBot) -> None:
    grid = shown_grid(qtbot)
    picture(grid)
    columns, visits = busy_week()
    early = dataclasses.replace(
        visits[0], starts_at=at(MONDAY, 6), ends_at=at(MONDAY, 7)
    )  # the grid now starts at 05:00, not 08:00
    refreshed = [early, *visits[1:]]
    grid.set_content(columns, refreshed, TECHNICIANS)
    assert picture(grid) == fresh_picture(qtbot, grid.size(), refreshed)


def test_a_font_change_after_a_worker_drawn_week_paints_like_a_fresh_grid(qtbot: QtBot) -> None:
    grid = shown_grid(qtbot)
    visits = one_visit_done(busy_week()[1])
    grid.show_frame(drawn_on_a_worker(qtbot, GridLook.of(grid), visits))
    picture(grid)
    font = grid.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    grid.setFont(font)

    def enlarge(fresh: TimeGrid) -> None:
        fresh.setFont(font)

    assert picture(grid) == fresh_picture(qtbot, grid.size(), visits, enlarge)
