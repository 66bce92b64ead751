"""What every settings tab shares: a save button, inline errors and saving off the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vircom_desktop.ui.tasks import Op
from vircom_desktop.ui.widgets import repolish

log = logging.getLogger("vircom.ui")

DATA = Qt.ItemDataRole.UserRole  # where list and table items keep their record's id


def weekday_names() -> list[str]:
    return [
        QCoreApplication.translate("settings", "Lunes"),
        QCoreApplication.translate("settings", "Martes"),
        QCoreApplication.translate("settings", "Miércoles"),
        QCoreApplication.translate("settings", "Jueves"),
        QCoreApplication.translate("settings", "Viernes"),
        QCoreApplication.translate("settings", "Sábado"),
        QCoreApplication.translate("settings", "Domingo"),
    ]


def table(
    owner: QObject, headers: list[str], *, select_rows: bool = True
) -> tuple[QStandardItemModel, QTableView]:
    """An item model with these column headers and the plain table view the tabs show it in."""
    model = QStandardItemModel(0, len(headers), owner)
    model.setHorizontalHeaderLabels(headers)
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    if select_rows:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    return model, view


class SettingsTab(QWidget):
    """A tab with its own "Guardar" button and an error line under its fields."""

    saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body = QVBoxLayout()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setObjectName("error")
        self.error_label.hide()
        self.status_label = QLabel()
        self.save_button = QPushButton(self.tr("Guardar"))
        footer = QHBoxLayout()
        footer.addWidget(self.status_label, 1)
        footer.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(footer)
        self._invalid: list[QWidget] = []
        self.save_button.clicked.connect(self.save)

    def save(self) -> None:
        """Validate and store; subclasses implement `collect()` and `store()`."""
        self.clear_errors()
        work = self.collect()
        if work is None:
            return
        self.save_button.setEnabled(False)
        Op(self, work).on_success(self._stored).on_failure(self._store_failed).run()

    def collect(self) -> Callable[[], Any] | None:
        """The work that stores the tab's values, or None after showing what is wrong."""
        raise NotImplementedError

    def after_store(self, result: Any) -> None:
        """Called on the GUI thread once stored."""

    def _stored(self, result: Any) -> None:
        self.save_button.setEnabled(True)
        self.status_label.setText(self.tr("Cambios guardados."))
        self.after_store(result)
        self.saved.emit()

    def _store_failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        log.error("saving settings failed: %s", error)
        self.show_error(self.tr("No se pudieron guardar los cambios; vea el registro."))

    def mark_invalid(self, widget: QWidget, message: str) -> None:
        repolish(widget, invalid=True)  # the theme draws the error border
        widget.setToolTip(message)
        self._invalid.append(widget)
        self.show_error(message)

    def show_error(self, message: str) -> None:
        current = self.error_label.text() if self.error_label.isVisibleTo(self) else ""
        self.error_label.setText(f"{current}\n{message}".strip())
        self.error_label.show()
        self.status_label.clear()

    def clear_errors(self) -> None:
        for widget in self._invalid:
            repolish(widget, invalid=False)
            widget.setToolTip("")
        self._invalid.clear()
        self.error_label.clear()
        self.error_label.hide()
