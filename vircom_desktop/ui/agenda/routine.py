"""The Agenda's "Más" menu: print the day sheet of the day shown, export visits as CSV.

The sheet and the CSV are made by the core (`domain.day_sheet`, `export`) on a worker; this
module only asks where to print or save, and says how it went in the Agenda's banner.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMenu,
    QToolButton,
    QWidget,
)

from vircom_desktop.desk.routine import MAX_DAYS, DaySheet, build_day_sheet, export_to_file
from vircom_desktop.ui.day_sheet import print_sheet
from vircom_desktop.ui.formatting import date_text, pydate, qdate
from vircom_desktop.ui.tasks import Op
from vircom_desktop.ui.widgets import Banner


class ExportDialog(QDialog):
    """Choose the first and last day of the visits to export."""

    def __init__(self, first: date, last: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exportar visitas"))
        self.first_edit = QDateEdit(qdate(first))
        self.last_edit = QDateEdit(qdate(last))
        for edit in (self.first_edit, self.last_edit):
            edit.setCalendarPopup(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Exportar…"))
        form = QFormLayout(self)
        form.addRow(self.tr("Desde"), self.first_edit)
        form.addRow(self.tr("Hasta"), self.last_edit)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.first_edit.dateChanged.connect(self._keep_order)
        self.last_edit.dateChanged.connect(self._keep_order)

    def _keep_order(self, _value: QDate) -> None:
        if self.last_edit.date() < self.first_edit.date():
            self.last_edit.setDate(self.first_edit.date())
        limit = self.first_edit.date().addDays(MAX_DAYS - 1)
        if self.last_edit.date() > limit:
            self.last_edit.setDate(limit)

    def chosen_range(self) -> tuple[date, date]:
        return pydate(self.first_edit.date()), pydate(self.last_edit.date())


class RoutineMenu(QToolButton):
    """A "Más" button whose menu prints the day sheet and exports visits."""

    def __init__(
        self,
        banner: Banner,
        *,
        current_date: Callable[[], date],
        technician: Callable[[], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._banner = banner
        self._current_date = current_date
        self._technician = technician
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # keeps the user's choices
        self.setText(self.tr("Más"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.text()) + 34)  # + arrow
        self.setToolTip(self.tr("Imprimir la hoja del día, exportar visitas"))
        menu = QMenu(self)
        self.print_action = menu.addAction(self.tr("Imprimir hoja del día…"))
        self.export_action = menu.addAction(self.tr("Exportar…"))
        self.setMenu(menu)
        self.print_action.triggered.connect(self.print_day_sheet)
        self.export_action.triggered.connect(self.export_visits)

    # -- day sheet ------------------------------------------------------------------------------

    def print_day_sheet(self) -> None:
        """The sheet of the day shown: the chosen technician's, or every busy technician's."""
        day, technician = self._current_date(), self._technician()
        Op(self, partial(build_day_sheet, day, technician)).on_success(self._print).on_failure(
            self._failed
        ).run()

    def _print(self, sheet: DaySheet) -> None:
        if not sheet.technicians:
            self._banner.show_info(
                self.tr("No hay visitas confirmadas el {day}.").format(day=date_text(sheet.day))
            )
            return
        dialog = QPrintDialog(self.printer, self.window())
        dialog.setWindowTitle(self.tr("Imprimir hoja del día"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        print_sheet(sheet, self.printer)
        self._banner.show_info(self.tr("Hoja del día enviada a imprimir."))

    # -- export ---------------------------------------------------------------------------------

    def export_visits(self) -> None:
        """Ask for the range (the week shown by default) and the file, then write the CSV."""
        shown = self._current_date()
        monday = shown - timedelta(days=shown.weekday())
        dialog = ExportDialog(monday, monday + timedelta(days=6), self.window())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        first, last = dialog.chosen_range()
        suggested = f"visitas-{first.isoformat()}-{last.isoformat()}.csv"
        name, _filter = QFileDialog.getSaveFileName(
            self.window(), self.tr("Exportar visitas"), suggested, self.tr("CSV (*.csv)")
        )
        if not name:
            return
        target = Path(name)
        Op(self, partial(export_to_file, first, last, target)).on_success(
            lambda count: self._banner.show_info(
                self.tr("{count} visitas exportadas a {file}.").format(
                    count=count, file=target.name
                )
            )
        ).on_failure(self._failed).run()

    def _failed(self, error: Exception) -> None:
        self._banner.show_error(
            self.tr("No se pudo completar: {reason}").format(
                reason=getattr(error, "strerror", None) or error
            )
        )
