"""One week of working hours, as the shop and each technician enter them (Ajustes)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from vircom_desktop.desk import shop_settings as store
from vircom_desktop.ui.settings.base import SettingsTab, weekday_names


class WeekHoursEditor(QGroupBox):
    """A line per weekday with its ranges (`09:00-13:00, 14:00-18:00`); a gap is a break."""

    def __init__(self, title: str, *, day_off: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.edits: list[QLineEdit] = []
        form = QFormLayout(self)
        for name in weekday_names():
            edit = QLineEdit()
            edit.setPlaceholderText(
                self.tr("{day_off} (ej.: 09:00-13:00, 14:00-18:00)").format(day_off=day_off)
            )
            self.edits.append(edit)
            form.addRow(name + ":", edit)
        hint = QLabel(
            self.tr("Separe los tramos con comas; el espacio entre tramos es el descanso.")
        )
        hint.setObjectName("note")
        form.addRow(hint)

    def set_hours(self, hours: dict[int, store.Ranges]) -> None:
        for weekday, edit in enumerate(self.edits):
            edit.setText(store.format_ranges(hours.get(weekday, [])))

    def hours(self, tab: SettingsTab) -> dict[int, store.Ranges] | None:
        """The week as entered, or None after marking each wrong day on `tab`."""
        hours: dict[int, store.Ranges] = {}
        names = weekday_names()
        valid = True
        for weekday, edit in enumerate(self.edits):
            try:
                hours[weekday] = store.parse_ranges(edit.text())
            except store.RangesError:
                valid = False
                tab.mark_invalid(
                    edit,
                    self.tr(
                        "{day}: escriba tramos como 09:00-13:00, 14:00-18:00, sin superponerse."
                    ).format(day=names[weekday]),
                )
        return hours if valid else None
