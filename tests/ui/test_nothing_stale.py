"""Nothing stale: banners go, lists update themselves, cards follow the visit, links land on its day."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from tests.fakes.fake_ollama import FakeOllama
from tests.ui.console_support import book_through_a_desk_chat
from vircom_desktop.domain import booking, conversations
from vircom_desktop.domain.models import StaffUser, Technician
from vircom_desktop.ui import tasks
from vircom_desktop.ui.conversations import ConversationsPage
from vircom_desktop.ui.main_window import MainWindow
from vircom_desktop.ui.widgets import Banner

from .conftest import Shop
from .test_agenda import drag, reload
from .test_desk_user import load_staff, pick


def _refuse_a_move(qtbot: QtBot, window: MainWindow, shop: Shop) -> None:
    shop.visit(shop.ana, shop.at(9))
    later = shop.visit(shop.ana, shop.at(11))
    reload(qtbot, window)
    grid = window.agenda.day_grid
    before = grid.visit_rect(later)
    assert before is not None
    drag(grid, before.topLeft().toPoint() + QPoint(20, 4), grid.point_at(0, shop.at(9, 30)))
    qtbot.waitUntil(lambda: window.agenda.banner.isVisible())
    assert window.agenda.banner.kind == "error"


def test_a_refused_drag_banner_fades_and_is_not_shown_to_the_next_person(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    _refuse_a_move(qtbot, window, shop)
    banner = window.agenda.banner
    assert banner._timer.isActive()  # it goes by itself...
    assert banner._timer.interval() == Banner.NOTICE_TIMEOUT_MS
    technician = StaffUser.create(name="Beto Soto", role="technician")
    Technician.update(user=technician).where(Technician.id == shop.beto).execute()
    load_staff(qtbot, window)
    with qtbot.waitSignal(window.agenda.loaded):
        pick(window, technician.id)  # ...and never reaches Beto's Mi día
    assert window.agenda.view == "my_day"
    assert not banner.isVisible()


def test_clientes_lists_a_new_customer_without_a_search(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    window.show_page("clients")
    qtbot.waitUntil(lambda: window.clients.customers.rowCount() == 1)
    conversations.start_desk_chat("+56 9 4444 3333", "Nuevo Cliente", "Hola")
    qtbot.waitUntil(lambda: window.clients.customers.rowCount() == 2, timeout=5000)


def test_ver_en_la_agenda_goes_to_the_visits_day(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    visit_id = shop.visit(shop.ana, shop.at(10, days=9))
    window.show_page("approvals")
    with qtbot.waitSignal(window.agenda.loaded):
        window.show_visit(visit_id)
    assert window.agenda.current_date == shop.at(10, days=9).date()
    assert window.agenda.editor is not None
    window.agenda.editor.close()


def test_after_approval_the_chat_card_stops_saying_pending(
    qtbot: QtBot, console: ConversationsPage, fake_ollama: FakeOllama
) -> None:
    book_through_a_desk_chat(
        qtbot,
        console,
        fake_ollama,
        phone="+56 9 8765 4321",
        staff_name="Rosa Lagos",
        text="¿Pueden venir?",
    )
    draft_id = console.composer.draft_message_id
    qtbot.waitUntil(lambda: draft_id in console.thread_view.past_cards)
    (card,) = console.thread_view.past_cards[draft_id]
    assert "pendiente" in card.title_label.text()
    assert card.appointment_id is not None
    booking.approve(card.appointment_id, actor="Olga")

    def shows_confirmed() -> bool:
        cards = console.thread_view.past_cards.get(draft_id) or []
        return bool(cards) and "confirmada" in cards[0].title_label.text()

    qtbot.waitUntil(shows_confirmed, timeout=5000)
    qtbot.waitUntil(lambda: tasks.pending() == 0)
