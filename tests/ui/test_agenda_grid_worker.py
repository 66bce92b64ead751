"""The agenda page has its worker lay out and draw a newly loaded day or week, and a grid has
one redraw its week after a resize or a theme change; the GUI thread only shows the pictures,
which are exactly what it would have drawn itself."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPalette
from pytestqt.qtbot import QtBot

from vircom_desktop.desk import agenda as data
from vircom_desktop.domain.models import Technician
from vircom_desktop.ui import tasks
from vircom_desktop.ui.agenda.grid_frame import GridFrame
from vircom_desktop.ui.agenda.page import AgendaPage
from vircom_desktop.ui.agenda.time_grid import TimeGrid
from vircom_desktop.ui.main_window import MainWindow

from .conftest import TODAY, Shop

MONDAY = TODAY - timedelta(days=TODAY.weekday())


@pytest.fixture
def shown_frames(monkeypatch: pytest.MonkeyPatch) -> list[GridFrame]:
    """Every frame a page hands to a grid from its worker, in order."""
    frames: list[GridFrame] = []
    show_frame = TimeGrid.show_frame

    def recorded(grid: TimeGrid, frame: GridFrame) -> None:
        frames.append(frame)
        show_frame(grid, frame)

    monkeypatch.setattr(TimeGrid, "show_frame", recorded)
    return frames


def busy_days(shop: Shop) -> list[int]:
    """Visits today and tomorrow for both technicians, one of them a proposal."""
    return [
        shop.visit(shop.ana, shop.at(9)),
        shop.visit(shop.beto, shop.at(10), proposed=True),
        shop.visit(shop.ana, shop.at(11, days=1)),
        shop.visit(shop.beto, shop.at(15, days=1)),
    ]


def busy_week_shown(qtbot: QtBot, window: MainWindow, shop: Shop) -> TimeGrid:
    """The week view with `busy_days`, laid out and painted once."""
    busy_days(shop)
    with qtbot.waitSignal(window.agenda.loaded):
        window.agenda.set_view("week")
    grid = window.agenda.week_grid
    grid.grab()
    return grid


def drawn_here(
    qtbot: QtBot, page: AgendaPage, grid: TimeGrid, palette: QPalette | None = None
) -> QImage:
    """The page's current range laid out and drawn on the GUI thread, in a grid like `grid`
    (with the `palette` its window was given)."""
    first, days = (MONDAY, 7) if page.view == "week" else (page.current_date, 1)
    agenda = data.load_agenda(first, days)
    columns = page._week_columns(agenda) if page.view == "week" else page._day_columns(agenda)
    fresh = TimeGrid()
    qtbot.addWidget(fresh)
    fresh.resize(grid.size())
    if palette is not None:
        fresh.setPalette(palette)
    fresh.set_content(columns, agenda.visits, agenda.technicians)
    fresh.show()
    qtbot.waitExposed(fresh)
    return fresh.grab().toImage()


def test_the_week_view_shows_the_week_its_worker_drew(
    qtbot: QtBot, window: MainWindow, shop: Shop, shown_frames: list[GridFrame]
) -> None:
    visits = busy_days(shop)
    with qtbot.waitSignal(window.agenda.loaded):
        window.agenda.set_view("week")
    grid = window.agenda.week_grid
    assert grid.frame is shown_frames[-1]  # drawn for the size the view got when it opened
    assert set(visits) <= set(grid.visit_ids())
    assert grid.grab().toImage() == drawn_here(qtbot, window.agenda, grid)


def test_the_next_day_is_drawn_by_the_worker_like_the_day_view_would(
    qtbot: QtBot, window: MainWindow, shop: Shop, shown_frames: list[GridFrame]
) -> None:
    visits = busy_days(shop)
    with qtbot.waitSignal(window.agenda.loaded):
        window.agenda.step(1)
    grid = window.agenda.day_grid
    assert grid.frame is shown_frames[-1]
    assert sorted(grid.visit_ids()) == sorted(visits[2:])
    assert grid.grab().toImage() == drawn_here(qtbot, window.agenda, grid)


def test_a_worker_result_for_an_older_week_is_dropped(
    qtbot: QtBot, window: MainWindow, shop: Shop, shown_frames: list[GridFrame]
) -> None:
    busy_days(shop)
    with qtbot.waitSignal(window.agenda.loaded):
        window.agenda.set_view("week")
    shown_frames.clear()
    page = window.agenda
    with qtbot.waitSignal(page.loaded):
        page.step(1)  # its load is under way when the user goes on
        page.step(1)
    qtbot.waitUntil(lambda: tasks.pending() == 0)
    # the bridge's reload for the visits just booked may show the same week again, any time
    shown_weeks = {frame.columns[0].day for frame in shown_frames}
    two_weeks_on = MONDAY + timedelta(days=14)
    assert shown_weeks == {two_weeks_on}  # never the week one on, loaded when it was stale
    assert page.week_grid.columns[0].day == two_weeks_on


def test_a_filter_changed_while_the_worker_draws_is_laid_out_with_the_new_filter(
    qtbot: QtBot, window: MainWindow, shop: Shop, shown_frames: list[GridFrame]
) -> None:
    busy_days(shop)
    page = window.agenda
    with qtbot.waitSignal(page.loaded):
        page.refresh()
        page.technician_filter.setCurrentIndex(page.technician_filter.findData(shop.beto))
    qtbot.waitUntil(lambda: tasks.pending() == 0)
    assert [c.technician_id for c in page.day_grid.columns] == [shop.beto]
    shown_columns = {tuple(c.technician_id for c in f.columns) for f in shown_frames}
    assert shown_columns == {(shop.beto,)}  # the bridge's reload may show it again, any time


def test_a_week_asked_for_after_the_window_was_resized_is_drawn_for_its_new_size(
    qtbot: QtBot, window: MainWindow, shop: Shop, shown_frames: list[GridFrame]
) -> None:
    busy_days(shop)
    window.resize(1200, 800)  # the week grid, hidden, still has the old size
    qtbot.waitUntil(lambda: window.agenda.day_grid.width() < 1100)
    with qtbot.waitSignal(window.agenda.loaded):
        window.agenda.set_view("week")
    grid = window.agenda.week_grid
    assert grid.frame is shown_frames[-1]
    assert grid.grab().toImage() == drawn_here(qtbot, window.agenda, grid)


def test_the_shown_week_loaded_again_is_redrawn_only_where_a_day_changed(
    qtbot: QtBot,
    window: MainWindow,
    shop: Shop,
    shown_frames: list[GridFrame],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    grid = busy_week_shown(qtbot, window, shop)
    shown_frames.clear()
    redrawn: set[int] = set()  # the columns whose visits were drawn again since
    visits_layer = GridFrame.visits_layer

    def recorded(frame: GridFrame, faded: int | None) -> QImage:
        if frame is grid.frame:
            redrawn.update(frame.dirty_columns())
        return visits_layer(frame, faded)

    monkeypatch.setattr(GridFrame, "visits_layer", recorded)
    booked = shop.visit(shop.ana, shop.at(16, days=1))  # another desk books tomorrow
    with qtbot.waitSignal(window.agenda.loaded):
        window.agenda.refresh()
    qtbot.waitUntil(lambda: tasks.pending() == 0)  # the bridge's reload, too
    assert grid.frame is shown_frames[-1]  # laid out by the worker, drawn here where it changed
    assert booked in grid.visit_ids()
    assert grid.grab().toImage() == drawn_here(qtbot, window.agenda, grid)
    assert redrawn == {TODAY.weekday() + 1}


def test_a_filtered_technician_gone_meanwhile_shows_everyone_laid_out_here(
    qtbot: QtBot, window: MainWindow, shop: Shop, shown_frames: list[GridFrame]
) -> None:
    page = window.agenda
    with qtbot.waitSignal(page.loaded):
        page.technician_filter.setCurrentIndex(page.technician_filter.findData(shop.beto))
    assert [c.technician_id for c in page.day_grid.columns] == [shop.beto]
    shown_frames.clear()
    Technician.update(active=False).where(Technician.id == shop.beto).execute()
    with qtbot.waitSignal(page.loaded):
        page.refresh()  # the worker lays out Beto's column; the filter then forgets him
    assert page.selected_technician() is None
    assert shown_frames == []
    assert [c.technician_id for c in page.day_grid.columns] == [shop.ana]


def test_a_resized_window_and_a_new_theme_show_the_week_a_worker_redrew(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    grid = busy_week_shown(qtbot, window, shop)
    redrawn: list[int] = []
    grid.redrawn.connect(lambda: redrawn.append(grid.width()))
    window.resize(1250, 820)
    qtbot.waitUntil(lambda: grid.width() < 1300 and not grid.redrawing())
    qtbot.waitUntil(lambda: tasks.pending() == 0)
    assert redrawn and redrawn[-1] == grid.width()  # drawn by a worker for the new size
    assert grid.grab().toImage() == drawn_here(qtbot, window.agenda, grid)
    palette = window.palette()
    palette.setColor(palette.ColorRole.Base, Qt.GlobalColor.black)
    window.setPalette(palette)
    assert grid.redrawing()
    with qtbot.waitSignal(grid.redrawn):
        pass
    assert grid.grab().toImage() == drawn_here(qtbot, window.agenda, grid, palette)
