"""Técnicos and Personal: who works and their hours, who uses the desk."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from vircom_desktop.desk import shop_settings as store
from vircom_desktop.desk import staff
from vircom_desktop.ui.owner_gate import OwnerUnlock, PinDialog
from vircom_desktop.ui.settings.base import DATA, SettingsTab, table
from vircom_desktop.ui.settings.week_hours import WeekHoursEditor
from vircom_desktop.ui.tasks import Op


class TechniciansTab(SettingsTab):
    """A technician's details, the services they do, their weekly hours and calendar link."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.technicians: list[store.TechnicianData] = []
        self.services: list[store.ServiceData] = []
        self.list_model = QStandardItemModel(self)
        self.list_view = QListView()
        self.list_view.setModel(self.list_model)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_button = QPushButton(self.tr("Nuevo técnico"))
        self.name_edit = QLineEdit()
        self.color_edit = QLineEdit()
        self.color_edit.setInputMask("\\#HHHHHH")
        self.color_button = QPushButton(self.tr("Elegir…"))
        self.phone_edit = QLineEdit()
        self.active_check = QCheckBox(self.tr("Activo (recibe visitas)"))
        self.services_model = QStandardItemModel(self)
        self.services_view = QListView()
        self.services_view.setModel(self.services_model)
        self.services_view.setMaximumHeight(130)
        self.week_hours = WeekHoursEditor(self.tr("Horario semanal"), day_off=self.tr("No trabaja"))
        self.token_edit = QLineEdit()
        self.token_edit.setReadOnly(True)
        self.copy_button = QPushButton(self.tr("Copiar"))
        self.token_button = QPushButton(self.tr("Generar nuevo"))

        left = QVBoxLayout()
        left.addWidget(self.list_view, 1)
        left.addWidget(self.add_button)
        color_row = QHBoxLayout()
        color_row.addWidget(self.color_edit)
        color_row.addWidget(self.color_button)
        token_row = QHBoxLayout()
        token_row.addWidget(self.token_edit, 1)
        token_row.addWidget(self.copy_button)
        token_row.addWidget(self.token_button)
        form = QFormLayout()
        form.addRow(self.tr("Nombre:"), self.name_edit)
        form.addRow(self.tr("Color:"), color_row)
        form.addRow(self.tr("Teléfono:"), self.phone_edit)
        form.addRow("", self.active_check)
        form.addRow(self.tr("Servicios que realiza:"), self.services_view)
        form.addRow(self.week_hours)
        form.addRow(self.tr("Calendario (token):"), token_row)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 3)
        self.body.addLayout(columns)

        self.list_view.selectionModel().currentChanged.connect(self._current_changed)
        self.add_button.clicked.connect(self._add)
        self.color_button.clicked.connect(self._choose_color)
        self.copy_button.clicked.connect(self.copy_token)
        self.token_button.clicked.connect(self._new_token)

    def load(self, data: store.ShopData) -> None:
        self.technicians = data.technicians
        self.services = data.services
        current = self.current()
        self.list_model.clear()
        for tech in self.technicians:
            item = QStandardItem(
                tech.name if tech.active else self.tr("{name} (inactivo)").format(name=tech.name)
            )
            item.setData(QColor(tech.color), Qt.ItemDataRole.DecorationRole)
            item.setData(tech.id, DATA)
            self.list_model.appendRow(item)
        row = next((i for i, t in enumerate(self.technicians) if current and t.id == current.id), 0)
        if self.technicians:
            self.list_view.setCurrentIndex(self.list_model.index(row, 0))
        self._show(self.current())

    def current(self) -> store.TechnicianData | None:
        index = self.list_view.currentIndex()
        if not index.isValid() or index.row() >= len(self.technicians):
            return None
        return self.technicians[index.row()]

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.clear_errors()
        self._show(self.technicians[current.row()] if current.isValid() else None)

    def _show(self, tech: store.TechnicianData | None) -> None:
        tech = tech or store.TechnicianData(None, "")
        self.name_edit.setText(tech.name)
        self.color_edit.setText(tech.color)
        self.phone_edit.setText(tech.phone)
        self.active_check.setChecked(tech.active)
        self.services_model.clear()
        for service in self.services:
            item = QStandardItem(service.name)
            item.setCheckable(True)
            item.setEditable(False)
            checked = service.id in tech.service_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            item.setData(service.id, DATA)
            self.services_model.appendRow(item)
        self.week_hours.set_hours(tech.hours)
        self.token_edit.setText(tech.feed_token)
        has_token = bool(tech.feed_token)
        self.copy_button.setEnabled(has_token)
        self.token_button.setEnabled(tech.id is not None)
        self.token_edit.setPlaceholderText(
            self.tr("Sin enlace: pulse «Generar nuevo» para su calendario.")
            if tech.id is not None
            else self.tr("Guarde el técnico y genere un enlace para su calendario.")
        )

    def _add(self) -> None:
        self.technicians.append(store.TechnicianData(None, self.tr("Nuevo técnico")))
        item = QStandardItem(self.technicians[-1].name)
        item.setData(None, DATA)
        self.list_model.appendRow(item)
        self.list_view.setCurrentIndex(self.list_model.index(len(self.technicians) - 1, 0))
        self.name_edit.selectAll()
        self.name_edit.setFocus()

    def _choose_color(self) -> None:
        dialog = QColorDialog(QColor(self.color_edit.text()), self)
        dialog.colorSelected.connect(lambda color: self.color_edit.setText(color.name()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def copy_token(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None and self.token_edit.text():
            clipboard.setText(self.token_edit.text())
            self.status_label.setText(self.tr("Token copiado."))

    def _new_token(self) -> None:
        tech = self.current()
        if tech is None or tech.id is None:
            return
        Op(self, partial(staff.new_feed_token, tech.id)).on_success(
            partial(self._token_made, tech)
        ).run()

    def _token_made(self, tech: store.TechnicianData, token: str) -> None:
        tech.feed_token = token
        if self.current() is tech:
            self.token_edit.setText(token)
            self.copy_button.setEnabled(True)
        self.status_label.setText(self.tr("Nuevo enlace de calendario creado."))

    def collect(self) -> Callable[[], Any] | None:
        tech = self.current()
        if tech is None:
            return None
        name = self.name_edit.text().strip()
        if not name:
            self.mark_invalid(self.name_edit, self.tr("Escriba el nombre del técnico."))
        color = self.color_edit.text().strip()
        if not QColor.isValidColorName(color) or len(color) != 7:
            self.mark_invalid(self.color_edit, self.tr("El color debe ser como #2563eb."))
        hours = self.week_hours.hours(self)
        if hours is None or self.error_label.isVisibleTo(self):
            return None
        services = {
            int(self.services_model.item(row).data(DATA))
            for row in range(self.services_model.rowCount())
            if self.services_model.item(row).checkState() == Qt.CheckState.Checked
        }
        data = store.TechnicianData(
            tech.id,
            name,
            color,
            self.phone_edit.text().strip(),
            self.active_check.isChecked(),
            tech.feed_token,
            services,
            hours,
        )
        return partial(store.save_technician, data)


class RoleDelegate(QStyledItemDelegate):
    """Edits a staff member's role with a combo box of the roles' Spanish names."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        for role, name in role_names().items():
            combo.addItem(name, role)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(DATA))))

    def setModelData(
        self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), DATA)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


def role_names() -> dict[str, str]:
    from PySide6.QtCore import QCoreApplication

    return {
        "owner": QCoreApplication.translate("settings", "Dueña/o"),
        "receptionist": QCoreApplication.translate("settings", "Recepción"),
        "technician": QCoreApplication.translate("settings", "Técnico"),
    }


class NewPinDialog(QDialog):
    """Asks for a new PIN twice."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("PIN de {name}").format(name=name))
        self.pin_edit = QLineEdit()
        self.repeat_edit = QLineEdit()
        for edit in (self.pin_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout(self)
        form.addRow(self.tr("PIN nuevo:"), self.pin_edit)
        form.addRow(self.tr("Repítalo:"), self.repeat_edit)
        form.addRow(self.error_label)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)

    def pin(self) -> str:
        return self.pin_edit.text()

    def _check(self) -> None:
        pin = self.pin_edit.text()
        if not store.pin_follows_rule(pin):
            self.error_label.setText(self.tr("El PIN debe tener entre 4 y 8 dígitos."))
        elif pin != self.repeat_edit.text():
            self.error_label.setText(self.tr("Los PIN no coinciden."))
        else:
            self.accept()
            return
        self.error_label.show()


class StaffTab(SettingsTab):
    """Staff users with their role; the owner's PIN guards approvals."""

    pin_set = Signal(int)

    NAME, ROLE, ACTIVE, PIN = range(4)

    def __init__(self, unlock: OwnerUnlock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unlock = unlock
        self.model, self.view = table(
            self, [self.tr("Nombre"), self.tr("Rol"), self.tr("Activo"), self.tr("PIN")]
        )
        self.view.setItemDelegateForColumn(self.ROLE, RoleDelegate(self.view))
        self.view.horizontalHeader().setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Nueva persona"))
        self.pin_button = QPushButton(self.tr("Definir PIN…"))
        self.owner_pin_exists = False
        row = QHBoxLayout()
        row.addWidget(
            QLabel(self.tr("Solo quien tiene rol Dueña/o y PIN puede aprobar visitas.")), 1
        )
        row.addWidget(self.pin_button)
        row.addWidget(self.add_button)
        self.body.addWidget(self.view, 1)
        self.body.addLayout(row)
        self.add_button.clicked.connect(lambda: self._append(store.StaffData(None, "")))
        self.pin_button.clicked.connect(self.set_pin_for_selected)

    def load(self, data: store.ShopData) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for member in data.staff:
            self._append(member)
        self.owner_pin_exists = any(
            m.role == "owner" and m.active and m.has_pin for m in data.staff
        )

    def _append(self, member: store.StaffData) -> None:
        name = QStandardItem(member.name)
        name.setData(member.id, DATA)
        role = QStandardItem(role_names().get(member.role, member.role))
        role.setData(member.role, DATA)
        active = QStandardItem()
        active.setCheckable(True)
        active.setEditable(False)
        active.setCheckState(Qt.CheckState.Checked if member.active else Qt.CheckState.Unchecked)
        pin = QStandardItem(self.tr("definido") if member.has_pin else self.tr("—"))
        pin.setEditable(False)
        self.model.appendRow([name, role, active, pin])

    def collect(self) -> Callable[[], Any] | None:
        members = []
        for row in range(self.model.rowCount()):
            name = self.model.item(row, self.NAME).text().strip()
            if not name:
                self.show_error(self.tr("Fila {row}: falta el nombre.").format(row=row + 1))
            members.append(
                store.StaffData(
                    self.model.item(row, self.NAME).data(DATA),
                    name,
                    str(self.model.item(row, self.ROLE).data(DATA)),
                    self.model.item(row, self.ACTIVE).checkState() == Qt.CheckState.Checked,
                )
            )
        if self.error_label.isVisibleTo(self):
            return None
        return partial(store.save_staff, members)

    def set_pin_for_selected(self) -> None:
        """Set the selected person's PIN; once an owner has a PIN, changing any needs it."""
        self.clear_errors()
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            self.show_error(self.tr("Elija a una persona de la lista."))
            return
        row = rows[0].row()
        staff_id = self.model.item(row, self.NAME).data(DATA)
        if staff_id is None:
            self.show_error(self.tr("Guarde primero a la persona nueva."))
            return
        name = self.model.item(row, self.NAME).text()
        ask = partial(self._ask_new_pin, int(staff_id), name)
        if not self.owner_pin_exists or self.unlock.owner() is not None:
            ask()
            return
        dialog = PinDialog(self)
        dialog.verified.connect(self.unlock.remember)
        dialog.verified.connect(lambda _owner: ask())
        dialog.finished.connect(dialog.deleteLater)
        self.pin_dialog = dialog
        dialog.open()

    def _ask_new_pin(self, staff_id: int, name: str) -> None:
        dialog = NewPinDialog(name, self)
        dialog.accepted.connect(lambda: self._store_pin(staff_id, dialog.pin()))
        dialog.finished.connect(dialog.deleteLater)
        self.new_pin_dialog = dialog
        dialog.open()

    def _store_pin(self, staff_id: int, pin: str) -> None:
        Op(self, partial(store.set_pin, staff_id, pin)).on_success(
            lambda _none: self._pin_stored(staff_id)
        ).run()

    def _pin_stored(self, staff_id: int) -> None:
        self.status_label.setText(self.tr("PIN guardado."))
        self.pin_set.emit(staff_id)
