"""Taller (profile and booking rules), Horario (weekly hours, closures) and Servicios."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from vircom_desktop.desk import shop_settings as store
from vircom_desktop.domain.policy import BookingPolicy, ShopProfile
from vircom_desktop.ui.formatting import pydate, qdate, short_date_format
from vircom_desktop.ui.settings.base import DATA, SettingsTab, table
from vircom_desktop.ui.settings.week_hours import WeekHoursEditor

GRID_CHOICES = (5, 10, 15, 20, 30, 60)


def _spin(minimum: int, maximum: int, suffix: str = "", step: int = 1) -> QSpinBox:
    box = QSpinBox()
    box.setRange(minimum, maximum)
    box.setSingleStep(step)
    if suffix:
        box.setSuffix(suffix)
    return box


class ShopTab(SettingsTab):
    """The shop's profile and the rules bookings follow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.booking = BookingPolicy()
        self.name_edit = QLineEdit()
        self.area_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.address_edit = QLineEdit()
        profile = QGroupBox(self.tr("Perfil del taller"))
        form = QFormLayout(profile)
        form.addRow(self.tr("Nombre:"), self.name_edit)
        form.addRow(self.tr("Zona que atiende:"), self.area_edit)
        form.addRow(self.tr("Teléfono:"), self.phone_edit)
        form.addRow(self.tr("Correo:"), self.email_edit)
        form.addRow(self.tr("Dirección:"), self.address_edit)

        minutes = self.tr(" min")
        self.notice_spin = _spin(0, 7 * 24 * 60, minutes, 30)
        self.horizon_spin = _spin(1, 366, self.tr(" días"))
        self.grid_combo = QComboBox()
        for value in GRID_CHOICES:
            self.grid_combo.addItem(self.tr("cada {minutes} min").format(minutes=value), value)
        self.duration_spin = _spin(5, 12 * 60, minutes, 15)
        rules = QGroupBox(self.tr("Reservas"))
        rules_form = QFormLayout(rules)
        rules_form.addRow(self.tr("Aviso mínimo:"), self.notice_spin)
        rules_form.addRow(self.tr("Se reserva hasta:"), self.horizon_spin)
        rules_form.addRow(self.tr("Horas de inicio:"), self.grid_combo)
        rules_form.addRow(self.tr("Duración por defecto:"), self.duration_spin)
        self.body.addWidget(profile)
        self.body.addWidget(rules)
        self.body.addStretch(1)

    def load(self, data: store.ShopData) -> None:
        profile = data.profile
        self.booking = data.booking
        self.name_edit.setText(profile.name)
        self.area_edit.setText(profile.area)
        self.phone_edit.setText(profile.phone)
        self.email_edit.setText(profile.email)
        self.address_edit.setText(profile.address)
        self.notice_spin.setValue(data.booking.min_notice_minutes)
        self.horizon_spin.setValue(data.booking.horizon_days)
        self.grid_combo.setCurrentIndex(max(0, self.grid_combo.findData(data.booking.grid_minutes)))
        self.duration_spin.setValue(data.booking.default_duration_minutes)

    def collect(self) -> Callable[[], Any] | None:
        name = self.name_edit.text().strip()
        if not name:
            self.mark_invalid(self.name_edit, self.tr("El taller necesita un nombre."))
            return None
        email = self.email_edit.text().strip()
        if email and "@" not in email:
            self.mark_invalid(self.email_edit, self.tr("El correo no parece válido."))
            return None
        profile = ShopProfile(
            name=name,
            area=self.area_edit.text().strip(),
            phone=self.phone_edit.text().strip(),
            email=email,
            address=self.address_edit.text().strip(),
        )
        self.booking = replace(
            self.booking,
            min_notice_minutes=self.notice_spin.value(),
            horizon_days=self.horizon_spin.value(),
            grid_minutes=int(self.grid_combo.currentData()),
            default_duration_minutes=self.duration_spin.value(),
        )
        return partial(store.save_shop, profile, self.booking)


class HoursTab(SettingsTab):
    """Opening hours per weekday (several ranges make breaks) and the days the shop is closed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.technicians: list[store.TechnicianData] = []
        self.week_hours = WeekHoursEditor(
            self.tr("Horario de atención"), day_off=self.tr("Cerrado")
        )
        self.closures_model, self.closures_view = table(
            self, [self.tr("Desde"), self.tr("Hasta"), self.tr("Motivo"), self.tr("Quién")]
        )
        self.closures_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.closures_view.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch
        )
        self.from_edit = QDateEdit()
        self.from_edit.setDisplayFormat(short_date_format())
        self.from_edit.setCalendarPopup(True)
        self.to_edit = QDateEdit()
        self.to_edit.setDisplayFormat(short_date_format())
        self.to_edit.setCalendarPopup(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("Feriado, vacaciones…"))
        self.who_combo = QComboBox()
        self.add_closure_button = QPushButton(self.tr("Agregar cierre"))
        self.remove_closure_button = QPushButton(self.tr("Quitar"))
        add_row = QHBoxLayout()
        for widget in (self.from_edit, self.to_edit, self.reason_edit, self.who_combo):
            add_row.addWidget(widget)
        add_row.addWidget(self.add_closure_button)
        add_row.addWidget(self.remove_closure_button)
        closures = QGroupBox(self.tr("Cierres (feriados y permisos)"))
        closures_layout = QFormLayout(closures)
        closures_layout.addRow(self.closures_view)
        closures_layout.addRow(add_row)
        self.body.addWidget(self.week_hours)
        self.body.addWidget(closures, 1)
        self.add_closure_button.clicked.connect(self._add_closure)
        self.remove_closure_button.clicked.connect(self._remove_closure)

    def load(self, data: store.ShopData, today: QDate) -> None:
        self.week_hours.set_hours(data.business_hours)
        self.technicians = data.technicians
        self.who_combo.clear()
        self.who_combo.addItem(self.tr("Todo el taller"), None)
        for tech in data.technicians:
            self.who_combo.addItem(tech.name, tech.id)
        self.closures_model.removeRows(0, self.closures_model.rowCount())
        for closure in data.closures:
            self._append_closure(closure)
        self.from_edit.setDate(today)
        self.to_edit.setDate(today)

    def _append_closure(self, closure: store.ClosureData) -> None:
        names = {tech.id: tech.name for tech in self.technicians}
        who = names.get(closure.technician_id, self.tr("Todo el taller"))
        first = QStandardItem(self.from_edit.locale().toString(qdate(closure.start_date)))
        first.setData(closure, Qt.ItemDataRole.UserRole)
        items = [
            first,
            QStandardItem(self.to_edit.locale().toString(qdate(closure.end_date))),
            QStandardItem(closure.reason),
            QStandardItem(who),
        ]
        self.closures_model.appendRow(items)

    def closures(self) -> list[store.ClosureData]:
        return [
            self.closures_model.item(row, 0).data(Qt.ItemDataRole.UserRole)
            for row in range(self.closures_model.rowCount())
        ]

    def _add_closure(self) -> None:
        self.clear_errors()
        start, end = pydate(self.from_edit.date()), pydate(self.to_edit.date())
        if end < start:
            self.mark_invalid(self.to_edit, self.tr("El cierre termina antes de empezar."))
            return
        self._append_closure(
            store.ClosureData(
                start, end, self.reason_edit.text().strip(), self.who_combo.currentData()
            )
        )
        self.reason_edit.clear()

    def _remove_closure(self) -> None:
        rows = sorted({index.row() for index in self.closures_view.selectedIndexes()}, reverse=True)
        for row in rows:
            self.closures_model.removeRow(row)

    def collect(self) -> Callable[[], Any] | None:
        hours = self.week_hours.hours(self)
        if hours is None:
            return None
        return partial(store.save_hours, hours, self.closures())


class ServicesTab(SettingsTab):
    """Services as a table: name, duration, price, travel buffer, active."""

    NAME, DURATION, PRICE, BUFFER, ACTIVE = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model, self.view = table(
            self,
            [
                self.tr("Servicio"),
                self.tr("Duración (min)"),
                self.tr("Precio (CLP)"),
                self.tr("Traslado (min)"),
                self.tr("Activo"),
            ],
            select_rows=False,
        )
        self.view.horizontalHeader().setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Nuevo servicio"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_button)
        self.body.addWidget(self.view, 1)
        self.body.addLayout(row)
        self.add_button.clicked.connect(lambda: self._append(store.ServiceData(None, "")))

    def load(self, data: store.ShopData) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for service in data.services:
            self._append(service)

    def _append(self, service: store.ServiceData) -> None:
        name = QStandardItem(service.name)
        name.setData(service.id, DATA)
        numbers = [
            QStandardItem(str(value))
            for value in (service.duration_minutes, service.price, service.travel_buffer_minutes)
        ]
        for item in numbers:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        active = QStandardItem()
        active.setCheckable(True)
        active.setEditable(False)
        active.setCheckState(Qt.CheckState.Checked if service.active else Qt.CheckState.Unchecked)
        self.model.appendRow([name, *numbers, active])

    def collect(self) -> Callable[[], Any] | None:
        services = []
        for row in range(self.model.rowCount()):
            name = self.model.item(row, self.NAME).text().strip()
            values = []
            for column, minimum in ((self.DURATION, 5), (self.PRICE, 0), (self.BUFFER, 0)):
                text = self.model.item(row, column).text().replace(".", "").strip()
                if not text.isdigit() or int(text) < minimum:
                    self.show_error(
                        self.tr(
                            "Fila {row}: «{value}» no es un número válido (mínimo {minimum})."
                        ).format(row=row + 1, value=text, minimum=minimum)
                    )
                    values.append(0)
                    continue
                values.append(int(text))
            if not name:
                self.show_error(
                    self.tr("Fila {row}: falta el nombre del servicio.").format(row=row + 1)
                )
            services.append(
                store.ServiceData(
                    self.model.item(row, self.NAME).data(DATA),
                    name,
                    values[0],
                    values[1],
                    values[2],
                    self.model.item(row, self.ACTIVE).checkState() == Qt.CheckState.Checked,
                )
            )
        if self.error_label.isVisibleTo(self):
            return None
        return partial(store.save_services, services)
