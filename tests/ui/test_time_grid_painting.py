"""The time grid paints from cached layers: a drag repaints only what moved, and never leaves
stale pixels behind; a week a worker drew paints exactly like one drawn here; after a resize or
a theme change a worker draws the new frame while the last picture stands in, and what stays is
exactly the fresh picture (speed itself is measured in bench/gui.py, not here)."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from functools import partial
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from vircom_desktop.desk.agenda import TechnicianInfo, Visit
from vircom_desktop.domain import clock
from vircom_desktop.ui import tasks
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


def redrawn_picture(qtbot: QtBot, grid: TimeGrid) -> QImage:
    """The grid's picture once the worker's frame replaced the stand-in."""
    qtbot.waitUntil(lambda: not grid.redrawing())
    return picture(grid)


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


def picture_of(frame: GridFrame) -> QImage:
    """What a frame's two layers show, as a grab of the grid would."""
    ratio = frame.look.ratio
    width, height = round(frame.look.width * ratio), round(frame.look.height * ratio)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(ratio)
    painter = QPainter(image)
    painter.drawImage(0, 0, frame.background_layer(clock.today()))
    painter.drawImage(0, 0, frame.visits_layer(None))
    painter.end()
    return image


def stretched(image: QImage, size: QSize) -> QImage:
    """`image` stretched to `size`, each pixel taken from the nearest one (no smoothing)."""
    ratio = image.devicePixelRatio()
    pixels = QSize(round(size.width() * ratio), round(size.height() * ratio))
    scaled = image.scaled(pixels, Qt.AspectRatioMode.IgnoreAspectRatio)
    scaled.setDevicePixelRatio(ratio)
    return scaled.convertToFormat(QImage.Format.Format_RGB32)


@pytest.fixture
def whole_draws_here(monkeypatch: pytest.MonkeyPatch) -> list[GridFrame]:
    """The frames whose layers the GUI thread draws from nothing (not a changed column)."""
    drawn: list[GridFrame] = []
    background_layer, visits_layer = GridFrame.background_layer, GridFrame.visits_layer

    def record(frame: GridFrame) -> None:
        if threading.current_thread() is threading.main_thread() and not frame.is_drawn():
            drawn.append(frame)

    def background(frame: GridFrame, today: date) -> QImage:
        record(frame)
        return background_layer(frame, today)

    def visits(frame: GridFrame, faded: int | None) -> QImage:
        record(frame)
        return visits_layer(frame, faded)

    monkeypatch.setattr(GridFrame, "background_layer", background)
    monkeypatch.setattr(GridFrame, "visits_layer", visits)
    return drawn


def one_visit_done(visits: list[Visit], visit_id: int = 10) -> list[Visit]:
    return [dataclasses.replace(v, status="done") if v.id == visit_id else v for v in visits]


def drop_visit(qtbot: QtBot, grid: TimeGrid, visit_id: int = 8) -> list[Any]:
    """Drag a visit two columns right and an hour down and drop it: the move the grid asks."""
    rect = grid.visit_rect(visit_id)
    assert rect is not None
    start = rect.center().toPoint()
    end = start + QPoint(320, 90)
    with qtbot.waitSignal(grid.visit_move_requested) as requested:
        QTest.mousePress(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        QTest.mouseMove(grid, start + QPoint(0, 12))
        QTest.mouseMove(grid, end)
        QTest.mouseRelease(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    return list(requested.args or [])


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
    requested = drop_visit(qtbot, grid)
    assert requested[0] == 8
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
    assert redrawn_picture(qtbot, grid) != before


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
    assert not grid.redrawing()  # the grid's own layers fit: one column drawn again here
    assert picture(grid) == fresh_picture(qtbot, grid.size(), visits)


def test_a_new_week_drawn_for_another_size_stands_in_while_a_worker_draws_it_again(
    qtbot: QtBot,
) -> None:
    grid = shown_grid(qtbot)
    picture(grid)
    visits = busy_week()[1]
    early = [dataclasses.replace(visits[0], starts_at=at(MONDAY, 6), ends_at=at(MONDAY, 7))]
    visits = early + visits[1:]  # other hours: none of the grid's layers fit
    smaller = dataclasses.replace(GridLook.of(grid), width=800, height=600)
    frame = drawn_on_a_worker(qtbot, smaller, visits)
    grid.show_frame(frame)
    assert grid.frame is not frame
    assert grid.frame.look == GridLook.of(grid)
    assert grid.redrawing()
    assert picture(grid) == stretched(picture_of(frame), grid.size())
    assert redrawn_picture(qtbot, grid) == fresh_picture(qtbot, grid.size(), visits)


def test_a_resize_after_a_worker_drawn_week_paints_like_a_fresh_grid(qtbot: QtBot) -> None:
    grid = shown_grid(qtbot)
    visits = one_visit_done(busy_week()[1])
    grid.show_frame(drawn_on_a_worker(qtbot, GridLook.of(grid), visits))
    picture(grid)
    grid.resize(900, 640)
    assert redrawn_picture(qtbot, grid) == fresh_picture(qtbot, QSize(900, 640), visits)


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

    assert redrawn_picture(qtbot, grid) == fresh_picture(qtbot, grid.size(), visits, darken)


def test_a_move_waiting_for_the_engine_stays_put_when_a_worker_drawn_week_arrives(
    qtbot: QtBot,
) -> None:
    grid = shown_grid(qtbot)
    drop_visit(qtbot, grid)
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
    assert grid.redrawing()  # no layer fits the new hours: a worker draws them all
    assert redrawn_picture(qtbot, grid) == fresh_picture(qtbot, grid.size(), refreshed)


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

    assert redrawn_picture(qtbot, grid) == fresh_picture(qtbot, grid.size(), visits, enlarge)


def test_a_resize_shows_the_last_picture_stretched_until_a_worker_drew_the_new_size(
    qtbot: QtBot, whole_draws_here: list[GridFrame]
) -> None:
    grid = shown_grid(qtbot)
    before = picture(grid)
    whole_draws_here.clear()
    grid.resize(900, 640)
    assert grid.redrawing()
    assert picture(grid) == stretched(before, QSize(900, 640))
    with qtbot.waitSignal(grid.redrawn):
        pass
    after = picture(grid)
    assert whole_draws_here == []  # nothing drawn whole on the GUI thread
    assert after == fresh_picture(qtbot, QSize(900, 640), busy_week()[1])


def test_after_a_burst_of_resizes_only_the_last_size_stays(qtbot: QtBot) -> None:
    grid = shown_grid(qtbot)
    picture(grid)
    for width in (1060, 1010, 960, 905):  # a window dragged by its edge
        grid.resize(width, 640)
        QApplication.processEvents()
    qtbot.waitUntil(lambda: not grid.redrawing() and tasks.pending() == 0)
    QApplication.processEvents()
    assert grid.frame.look == GridLook.of(grid)
    assert picture(grid) == fresh_picture(qtbot, QSize(905, 640), busy_week()[1])


def test_a_theme_change_is_drawn_by_a_worker_exactly_like_a_fresh_grid(
    qtbot: QtBot, whole_draws_here: list[GridFrame]
) -> None:
    grid = shown_grid(qtbot)
    before = picture(grid)
    whole_draws_here.clear()
    palette = grid.palette()
    palette.setColor(palette.ColorRole.Base, Qt.GlobalColor.black)
    grid.setPalette(palette)
    assert picture(grid) == before  # the light picture stands in meanwhile
    after = redrawn_picture(qtbot, grid)
    assert whole_draws_here == []

    def darken(fresh: TimeGrid) -> None:
        fresh.setPalette(palette)

    assert after == fresh_picture(qtbot, grid.size(), busy_week()[1], darken)


def darker(grid: TimeGrid) -> QPalette:
    palette = grid.palette()
    palette.setColor(palette.ColorRole.Base, Qt.GlobalColor.black)
    return palette


def test_a_refresh_arriving_during_a_redraw_is_what_stays(qtbot: QtBot) -> None:
    grid = shown_grid(qtbot)
    picture(grid)
    palette = darker(grid)
    grid.setPalette(palette)
    assert grid.redrawing() and tasks.pending() >= 1  # the worker draws the old week
    columns, visits = busy_week()
    refreshed = one_visit_done(visits)
    grid.set_content(columns, refreshed, TECHNICIANS)
    qtbot.waitUntil(lambda: not grid.redrawing() and tasks.pending() == 0)

    def darken(fresh: TimeGrid) -> None:
        fresh.setPalette(palette)

    assert picture(grid) == fresh_picture(qtbot, grid.size(), refreshed, darken)


def test_a_redraw_finishing_after_a_newer_week_arrived_is_dropped(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    grid = shown_grid(qtbot)
    picture(grid)
    week_shown = threading.Event()
    drawn = GridFrame.drawn
    shown_week = busy_week()[1]

    def held_back(
        look: GridLook, columns: object, visits: list[Visit], technicians: object
    ) -> GridFrame:
        if list(visits) == shown_week:  # the grid's own redraw ends after the new week is shown
            assert week_shown.wait(10)
        return drawn(look, columns, visits, technicians)  # type: ignore[arg-type]

    monkeypatch.setattr(GridFrame, "drawn", held_back)
    palette = darker(grid)
    grid.setPalette(palette)
    assert grid.redrawing() and tasks.pending() >= 1
    visits = one_visit_done(busy_week()[1])
    frame = drawn_on_a_worker(qtbot, GridLook.of(grid), visits)
    grid.show_frame(frame)
    week_shown.set()
    assert grid.frame is frame and not grid.redrawing()
    qtbot.waitUntil(lambda: tasks.pending() == 0)  # the old week, drawn for the new theme
    assert grid.frame is frame

    def darken(fresh: TimeGrid) -> None:
        fresh.setPalette(palette)

    assert picture(grid) == fresh_picture(qtbot, grid.size(), visits, darken)


def test_a_move_waiting_for_the_engine_stays_put_through_a_resize(qtbot: QtBot) -> None:
    grid = shown_grid(qtbot)
    requested = drop_visit(qtbot, grid)
    grid.resize(900, 640)
    after = redrawn_picture(qtbot, grid)
    visits = busy_week()[1]
    new_start = requested[1]
    moved = [
        dataclasses.replace(v, starts_at=new_start, ends_at=new_start + (v.ends_at - v.starts_at))
        if v.id == 8
        else v
        for v in visits
    ]
    assert after == fresh_picture(qtbot, QSize(900, 640), moved)


@pytest.mark.allow_log_warnings
def test_a_redraw_the_worker_cannot_draw_is_reported_and_drawn_here(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    grid = shown_grid(qtbot)
    picture(grid)

    def broken(*_args: object) -> GridFrame:
        raise RuntimeError("out of memory for a layer")

    monkeypatch.setattr(GridFrame, "drawn", broken)
    palette = darker(grid)
    grid.setPalette(palette)
    assert grid.redrawing()
    qtbot.waitUntil(lambda: not grid.redrawing())

    def darken(fresh: TimeGrid) -> None:
        fresh.setPalette(palette)

    assert picture(grid) == fresh_picture(qtbot, grid.size(), busy_week()[1], darken)
