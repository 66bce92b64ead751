"""The Agenda's "Más" menu: the day sheet goes to the printer, visits go to a CSV file."""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from vircom_desktop.ui.agenda.routine import ExportDialog
from vircom_desktop.ui.main_window import MainWindow

from .conftest import TODAY, Shop


def _show_day(qtbot: QtBot, window: MainWindow, view: str) -> None:
    with qtbot.waitSignal(window.agenda.loaded):
        window.agenda.set_view(view)


def test_the_day_sheet_of_the_day_shown_is_printed(
    qtbot: QtBot, window: MainWindow, shop: Shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shop.visit(shop.ana, shop.at(10))
    shop.visit(shop.beto, shop.at(15))
    _show_day(qtbot, window, "day")
    routine = window.agenda.routine
    pdf = tmp_path / "impresora.pdf"
    routine.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    routine.printer.setOutputFileName(str(pdf))
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)

    routine.print_action.trigger()
    qtbot.waitUntil(lambda: window.agenda.banner.isVisible())

    assert window.agenda.banner.kind == "info"
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Ana Pérez" in text and "Beto Soto" in text and "Carmen Rivas" in text
    assert "Av. Grecia 2100" in text


def test_the_day_sheet_is_offered_in_day_views_only(qtbot: QtBot, window: MainWindow) -> None:
    _show_day(qtbot, window, "week")
    assert not window.agenda.routine.print_action.isEnabled()
    _show_day(qtbot, window, "my_day")
    assert window.agenda.routine.print_action.isEnabled()


def test_a_day_without_visits_says_so_instead_of_printing(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_dialog(self: QPrintDialog) -> int:
        raise AssertionError("nothing to print: no dialog expected")

    monkeypatch.setattr(QPrintDialog, "exec", no_dialog)
    window.agenda.routine.print_action.trigger()
    qtbot.waitUntil(lambda: window.agenda.banner.isVisible())
    assert "No hay visitas confirmadas" in window.agenda.banner.text()


def test_export_writes_the_chosen_range_as_csv(
    qtbot: QtBot, window: MainWindow, shop: Shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shop.visit(shop.ana, shop.at(10))
    shop.visit(shop.beto, shop.at(11, days=1))
    target = tmp_path / "visitas.csv"
    chosen: list[tuple[object, object]] = []

    def accept(self: ExportDialog) -> int:
        chosen.append(self.chosen_range())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", accept)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))

    window.agenda.routine.export_action.trigger()
    qtbot.waitUntil(lambda: window.agenda.banner.isVisible())

    monday = TODAY.toordinal() - TODAY.weekday()
    assert [(a.toordinal(), b.toordinal()) for a, b in chosen] == [(monday, monday + 6)]  # type: ignore[attr-defined]
    assert "2 visitas exportadas" in window.agenda.banner.text()
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["technician_name"] for row in rows] == ["Ana Pérez", "Beto Soto"]
