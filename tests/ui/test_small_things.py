"""Small things: free-time buttons, four-digit years, Clientes' last and next visit, the demo's today."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.widget_support import loaded_editor
from vircom_desktop.desk import lookups
from vircom_desktop.domain import clock
from vircom_desktop.ui.formatting import date_text
from vircom_desktop.ui.main_window import MainWindow

from .conftest import NOW, Shop


def test_dates_show_four_digit_years(qtbot: QtBot, window: MainWindow) -> None:
    assert date_text(date(2025, 6, 11)) == "11-06-2025"
    assert "2025" in window.agenda.date_edit.text()
    window.agenda.new_visit()
    editor = loaded_editor(qtbot, window)
    assert "yyyy" in editor.date.displayFormat()
    editor.close()


def test_the_chosen_free_time_stays_marked_with_its_label(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    window.agenda.new_visit(technician_id=shop.ana, start=shop.at(9))
    editor = loaded_editor(qtbot, window)
    qtbot.waitUntil(lambda: editor.slots.count() > 1)
    item = editor.slots.item(1)
    label = item.text()
    qtbot.waitExposed(editor)
    centre = editor.slots.visualItemRect(item).center()
    qtbot.mouseClick(editor.slots.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.waitUntil(lambda: editor.time.time().toString("HH:mm") == label)
    assert [i.text() for i in editor.slots.selectedItems()] == [label]
    editor.technician.setCurrentIndex(editor.technician.findData(shop.ana))
    editor._suggest_slots()  # the list is loaded again (another technician, another day...)
    qtbot.waitUntil(
        lambda: [i.text() for i in editor.slots.selectedItems()] == [label], timeout=5000
    )
    theme = Path("resources/themes/light.qss").read_text(encoding="utf-8")
    assert "QListWidget#slots::item:selected" in theme  # its text keeps a contrasting colour
    editor.close()


def test_clientes_last_visit_is_past_and_the_next_has_its_own_column(shop: Shop) -> None:
    clock.freeze(NOW - timedelta(days=3))
    shop.visit(shop.ana, shop.at(9, days=-2))
    clock.freeze(NOW)
    shop.visit(shop.ana, shop.at(10, days=3))
    shop.visit(shop.beto, shop.at(15, days=5))
    (summary,) = lookups.customer_summaries()
    assert summary.last_visit is not None and summary.last_visit.date() == NOW.date() - timedelta(2)
    assert summary.next_visit is not None and summary.next_visit == shop.at(10, days=3)
