"""The Resumen page shows the core's figures for the week, and moves between weeks."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from vircom_desktop.domain import clock
from vircom_desktop.domain.models import Appointment, Reminder, Service
from vircom_desktop.domain.reminders import CALLED, SENT
from vircom_desktop.ui.bridge import EventBridge
from vircom_desktop.ui.summary import SummaryPage

from .conftest import TODAY, Shop


def _done(shop: Shop, technician: int, days: int, status: str = "done") -> None:
    """A visit booked ahead, then moved to `days` from today with its outcome (past or not)."""
    visit = shop.visit(technician, shop.at(9, days=14))
    Appointment.update(
        status=status, starts_at=shop.at(9, days=days), ends_at=shop.at(10, days=days)
    ).where(Appointment.id == visit).execute()


def test_the_week_in_cards_and_charts(qtbot: QtBot, shop: Shop, bridge: EventBridge) -> None:
    Service.update(price=30000).where(Service.id == shop.diagnosis).execute()
    _done(shop, shop.ana, 0)
    _done(shop, shop.beto, 1)
    _done(shop, shop.beto, 2, "no_show")
    _done(shop, shop.ana, -7)  # last week
    page = SummaryPage(bridge)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    with qtbot.waitSignal(page.loaded):
        page.show()

    assert page.week == TODAY - timedelta(days=TODAY.weekday())
    assert page.cards["done"].value.text() == "2"
    assert page.cards["done"].before.text() == "Semana anterior: 1"
    assert page.cards["no_show"].value.text() == "1"
    assert "60.000" in page.cards["revenue"].value.text()
    monday = TODAY.weekday()
    assert page.visits_chart.series[0].values[monday] == 1
    assert page.visits_chart.comparison[monday] == 1
    assert page.technician_chart.categories == ("Beto Soto", "Ana Pérez")  # busiest first
    assert page.visits_chart.grab().width() > 0  # paints without errors

    with qtbot.waitSignal(page.loaded):
        page.step(-1)
    assert page.cards["done"].value.text() == "1"
    assert page.cards["done"].before.text() == "Semana anterior: 0"
    with qtbot.waitSignal(page.loaded):
        page.go_this_week()
    assert page.cards["done"].value.text() == "2"


def test_a_change_elsewhere_reloads_the_visible_page(
    qtbot: QtBot, shop: Shop, bridge: EventBridge
) -> None:
    page = SummaryPage(bridge)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded):
        page.show()
    assert page.cards["done"].value.text() == "0"
    _done(shop, shop.ana, 0)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        bridge.appointment_changed.emit(1, "done", "complete")
    assert page.cards["done"].value.text() == "1"


def test_reminders_sent_and_confirmed_card(qtbot: QtBot, shop: Shop, bridge: EventBridge) -> None:
    made = clock.now()
    for days, status in ((1, SENT), (2, CALLED)):
        visit = shop.visit(shop.ana, shop.at(9, days=days))
        Reminder.create(
            appointment=visit,
            lead_minutes=days * 24 * 60 + 60,
            starts_at=shop.at(9, days=days),
            due_at=made,
            status=status,
            created_at=made,
        )
    Appointment.update(customer_confirmed_at=made + timedelta(minutes=10)).where(
        Appointment.id == visit
    ).execute()
    QCoreApplication.processEvents()  # the bookings' events arrive before the page listens
    page = SummaryPage(bridge)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded):
        page.show()

    assert page.cards["reminders"].value.text() == "2 / 1 (1 por teléfono)"
    assert page.cards["reminders"].before.text() == "Semana anterior: 0 / 0"
