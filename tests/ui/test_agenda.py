"""The agenda driven like a user: drag to create and move, live refresh, month counts."""

from __future__ import annotations

import threading
from datetime import timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.ui.widget_support import loaded_editor
from vircom_desktop.domain import booking, clock
from vircom_desktop.domain.models import CONFIRMED, Appointment, Customer
from vircom_desktop.ui import tasks
from vircom_desktop.ui.agenda.time_grid import TimeGrid
from vircom_desktop.ui.main_window import MainWindow

from .conftest import TODAY, Shop


def drag(grid: TimeGrid, start: QPoint, end: QPoint) -> None:
    QTest.mousePress(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(grid, start + QPoint(0, 8))
    QTest.mouseMove(grid, end)
    QTest.mouseRelease(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def reload(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.agenda.loaded):
        window.agenda.refresh()


def test_day_view_has_one_column_per_technician(window: MainWindow, shop: Shop) -> None:
    columns = window.agenda.day_grid.columns
    assert [c.title for c in columns] == ["Ana Pérez", "Beto Soto"]
    assert all(c.day == TODAY for c in columns)
    assert len(columns[0].windows) == 2  # the lunch break splits the day


def test_click_drag_on_empty_time_creates_a_visit_through_the_editor(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    grid = window.agenda.day_grid
    drag(grid, grid.point_at(0, shop.at(10)) + QPoint(0, 3), grid.point_at(0, shop.at(11)))
    editor = loaded_editor(qtbot, window)
    assert editor.technician.currentData() == shop.ana
    assert editor.start() == shop.at(10)
    qtbot.waitUntil(lambda: len(editor.slot_times()) > 0)
    editor.phone.setText("+56 9 3333 4444")
    editor.name.setText("Rosa Lagos")
    editor.address.setText("Pasaje El Roble 12, Maipú")
    editor.issue.setPlainText("La lavadora no centrifuga")
    with qtbot.waitSignal(window.bridge.appointment_changed):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.agenda.editor is None)
    visit = Appointment.get(Appointment.issue == "La lavadora no centrifuga")
    assert visit.status == CONFIRMED
    assert visit.technician_id == shop.ana
    assert visit.starts_at == shop.at(10)
    assert Customer.get(Customer.id == visit.customer_id).name == "Rosa Lagos"
    qtbot.waitUntil(lambda: visit.id in grid.visit_ids())
    assert window.agenda.banner.kind == "info"


def test_dragging_a_visit_to_a_free_time_moves_it(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    visit_id = shop.visit(shop.ana, shop.at(9))
    reload(qtbot, window)
    grid = window.agenda.day_grid
    rect = grid.visit_rect(visit_id)
    assert rect is not None
    target = grid.point_at(1, shop.at(15)) + QPoint(0, 2)
    with qtbot.waitSignal(window.bridge.appointment_changed):
        drag(grid, rect.center().toPoint() - QPoint(0, int(rect.height() / 2) - 3), target)
    visit = Appointment.get_by_id(visit_id)
    assert visit.starts_at == shop.at(15)
    assert visit.technician_id == shop.beto
    qtbot.waitUntil(lambda: window.agenda.banner.isVisible())
    assert window.agenda.banner.kind == "info"


def test_a_refused_move_snaps_back_and_says_why(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    shop.visit(shop.ana, shop.at(9))
    later = shop.visit(shop.ana, shop.at(11))
    reload(qtbot, window)
    grid = window.agenda.day_grid
    before = grid.visit_rect(later)
    assert before is not None
    grab = before.topLeft().toPoint() + QPoint(20, 4)
    drag(grid, grab, grid.point_at(0, shop.at(9, 30)) + QPoint(0, 4))
    qtbot.waitUntil(lambda: window.agenda.banner.isVisible())
    assert "Ese horario ya no está libre" in window.agenda.banner.text()
    assert window.agenda.banner.kind == "error"
    after = grid.visit_rect(later)  # the banner took some height: compare positions in time
    assert after is not None
    assert abs(after.top() - grid.point_at(0, shop.at(11)).y()) <= 2
    assert Appointment.get_by_id(later).starts_at == shop.at(11)


def test_the_agenda_refreshes_when_another_thread_books(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    booked: list[int] = []

    def bot_books() -> None:
        request = booking.VisitRequest(
            customer_id=shop.customer,
            service_id=shop.diagnosis,
            start=shop.at(15),
            address="Los Aromos 455",
            issue="Ruido al lavar",
        )
        booked.append(booking.propose(request).id)

    thread = threading.Thread(target=bot_books)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(booked) and booked[0] in window.agenda.day_grid.visit_ids())
    qtbot.waitUntil(lambda: window.pending_label.text() == "1 aprobación pendiente")


def test_week_view_shows_seven_days_from_monday(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.agenda.loaded):
        window.agenda.set_view("week")
    columns = window.agenda.week_grid.columns
    assert len(columns) == 7
    assert columns[0].day == TODAY - timedelta(days=TODAY.weekday())
    assert columns[6].unavailable is not None  # Sunday: closed


def test_month_view_counts_visits_per_day(qtbot: QtBot, window: MainWindow, shop: Shop) -> None:
    shop.visit(shop.ana, shop.at(9))
    shop.visit(shop.beto, shop.at(9))
    shop.visit(shop.ana, shop.at(10, days=1), proposed=True)
    cancelled = shop.visit(shop.beto, shop.at(15, days=1))
    booking.cancel(cancelled, actor="test")
    with qtbot.waitSignal(window.agenda.loaded):
        window.agenda.set_view("month")
    month = window.agenda.month_view
    assert month.counts_for(TODAY).total == 2
    assert month.counts_for(TODAY).by_technician[shop.ana] == 1
    tomorrow = month.counts_for(TODAY + timedelta(days=1))
    assert (tomorrow.total, tomorrow.pending) == (1, 1)
    assert month.counts_for(TODAY + timedelta(days=2)).total == 0


def test_clicking_a_month_day_opens_it(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.agenda.loaded):
        window.agenda.set_view("month")
    month = window.agenda.month_view
    day = TODAY + timedelta(days=3)
    with qtbot.waitSignal(window.agenda.loaded):
        qtbot.mouseClick(
            month, Qt.MouseButton.LeftButton, pos=month.day_rect(day).center().toPoint()
        )
    assert window.agenda.view == "day"
    assert window.agenda.current_date == day


def test_my_day_lists_one_technicians_visits(qtbot: QtBot, window: MainWindow, shop: Shop) -> None:
    shop.visit(shop.ana, shop.at(9))
    shop.visit(shop.beto, shop.at(10))
    window.agenda.technician_filter.setCurrentIndex(
        window.agenda.technician_filter.findData(shop.beto)
    )
    qtbot.waitUntil(lambda: tasks.pending() == 0)
    with qtbot.waitSignal(window.agenda.loaded):
        window.agenda.set_view("my_day")
    model = window.agenda.my_day.model
    assert model.rowCount() == 1
    assert model.record(0).technician_id == shop.beto
    assert clock.to_local(model.record(0).starts_at).hour == 10


def bottom_edge(grid: TimeGrid, visit_id: int) -> QPoint:
    rect = grid.visit_rect(visit_id)
    assert rect is not None
    return QPoint(int(rect.center().x()), int(rect.bottom()) - 1)


def test_hovering_a_visits_bottom_edge_offers_to_resize(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    visit_id = shop.visit(shop.ana, shop.at(9))
    reload(qtbot, window)
    grid = window.agenda.day_grid
    QTest.mouseMove(grid, bottom_edge(grid, visit_id))
    assert grid.cursor().shape() == Qt.CursorShape.SizeVerCursor
    rect = grid.visit_rect(visit_id)
    assert rect is not None
    QTest.mouseMove(grid, rect.center().toPoint())
    assert grid.cursor().shape() == Qt.CursorShape.OpenHandCursor


def test_dragging_a_visits_bottom_edge_resizes_it_in_quarter_hours(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    visit_id = shop.visit(shop.ana, shop.at(9))
    reload(qtbot, window)
    grid = window.agenda.day_grid
    target = grid.point_at(0, shop.at(10, 35))  # snaps to 10:30
    with qtbot.waitSignal(window.bridge.appointment_changed):
        drag(grid, bottom_edge(grid, visit_id), target)
    visit = Appointment.get_by_id(visit_id)
    assert (visit.starts_at, visit.ends_at) == (shop.at(9), shop.at(10, 30))
    qtbot.waitUntil(lambda: window.agenda.banner.isVisible())
    assert window.agenda.banner.kind == "info"
    assert "10:30" in window.agenda.banner.text()


def test_a_refused_resize_snaps_back_and_says_why(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    first = shop.visit(shop.ana, shop.at(9))
    shop.visit(shop.ana, shop.at(11))
    reload(qtbot, window)
    grid = window.agenda.day_grid
    drag(grid, bottom_edge(grid, first), grid.point_at(0, shop.at(11, 30)))
    qtbot.waitUntil(lambda: window.agenda.banner.isVisible())
    assert window.agenda.banner.kind == "error"
    assert "Ese horario ya no está libre" in window.agenda.banner.text()
    rect = grid.visit_rect(first)
    assert rect is not None
    assert abs(rect.bottom() + 1 - grid.point_at(0, shop.at(10)).y()) <= 2
    assert Appointment.get_by_id(first).ends_at == shop.at(10)
