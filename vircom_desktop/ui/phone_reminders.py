"""Recordar por teléfono: the reminders no message can carry, for the receptionist to call.

A confirmed visit's customer who has no WhatsApp chat with the shop (phone or walk-in
customers), or whose WhatsApp window has closed with no approved template, lands here when
their reminder falls due. Staff call and tick it off; the list follows the reminders job.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vircom_desktop.desk import reminders
from vircom_desktop.desk.reminders import PhoneReminder
from vircom_desktop.ui.bridge import EventBridge
from vircom_desktop.ui.formatting import date_text, time_text
from vircom_desktop.ui.record_model import ColumnSpec, RecordTableModel
from vircom_desktop.ui.tasks import Op


class PhoneRemindersPage(QWidget):
    """The reminders to make by phone, soonest visit first, each ticked off once called."""

    edit_requested = Signal(int)  # visit id
    count_changed = Signal(int)
    loaded = Signal()

    def __init__(
        self, bridge: EventBridge, *, actor: str = "staff", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.actor = actor
        self._generation = 0
        self._init_model()
        self._init_widgets()
        self._connect_signals()

    def _init_model(self) -> None:
        self.model: RecordTableModel[PhoneReminder] = RecordTableModel(
            [
                ColumnSpec(
                    self.tr("Visita"),
                    lambda r: f"{date_text(r.starts_at.date())} {time_text(r.starts_at)}",
                ),
                ColumnSpec(self.tr("Cliente"), lambda r: r.customer_name),
                ColumnSpec(self.tr("Teléfono"), lambda r: r.phone or self.tr("(sin teléfono)")),
                ColumnSpec(self.tr("Técnico"), lambda r: r.technician),
                ColumnSpec(self.tr("Dirección"), lambda r: r.address),
                ColumnSpec(self.tr("Por qué"), self._reason),
            ],
            self,
        )

    def _reason(self, reminder: PhoneReminder) -> str:
        if reminder.window_closed:
            return self.tr("WhatsApp no permite escribirle (más de 24 h sin mensajes)")
        return self.tr("No tiene chat con el taller")

    def _init_widgets(self) -> None:
        title = QLabel(self.tr("Recordar por teléfono"))
        title.setObjectName("pageTitle")
        self.hint = QLabel(
            self.tr(
                "Clientes con visita confirmada a quienes no se les puede enviar el "
                "recordatorio por mensaje. Llámelos y marque cada uno como llamado."
            )
        )
        self.hint.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty_label = QLabel(self.tr("No hay recordatorios pendientes por teléfono."))
        self.called_button = QPushButton(self.tr("Marcar como llamado"))
        self.called_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty_label)
        buttons.addStretch(1)
        buttons.addWidget(self.called_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addWidget(title)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self._on_selection)
        self.table.doubleClicked.connect(self._on_activated)
        self.called_button.clicked.connect(self.mark_called)
        self._bridge.appointment_changed.connect(lambda *_: self._refresh_if_open())

    def _refresh_if_open(self) -> None:
        """A change elsewhere: reload while the window is open (not after it closed)."""
        if self.window().isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Reload the list on a worker (the latest load wins)."""
        self._generation += 1
        Op(self, reminders.phone_list).on_success(partial(self._show, self._generation)).run()

    def _show(self, generation: int, rows: list[PhoneReminder]) -> None:
        if generation != self._generation:
            return
        self.model.set_records(rows)
        self.empty_label.setVisible(not rows)
        self.called_button.setEnabled(False)
        self.count_changed.emit(len(rows))
        self.loaded.emit()

    def _selected(self) -> PhoneReminder | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _on_selection(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.called_button.setEnabled(current.isValid())

    def _on_activated(self, index: QModelIndex) -> None:
        self.edit_requested.emit(self.model.record(index.row()).appointment_id)

    def mark_called(self) -> None:
        reminder = self._selected()
        if reminder is None:
            return
        self.called_button.setEnabled(False)
        Op(self, partial(reminders.mark_called, reminder.reminder_id, actor=self.actor)).on_success(
            lambda _done: self.refresh()
        ).run()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
