"""The Clientes page: search customers, see each one's visits, open a visit in the editor."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vircom_desktop.desk import lookups
from vircom_desktop.ui.bridge import EventBridge
from vircom_desktop.ui.client_privacy import ClientPrivacyBar
from vircom_desktop.ui.formatting import datetime_text
from vircom_desktop.ui.owner_gate import OwnerUnlock
from vircom_desktop.ui.record_model import ColumnSpec, RecordTableModel
from vircom_desktop.ui.tasks import LatestLoad, Op
from vircom_desktop.ui.texts import status_text


def _table(model: RecordTableModel[Any]) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class ClientsPage(QWidget):
    """Customer table (searchable) above the selected customer's visits."""

    edit_requested = Signal(int)  # visit id
    loaded = Signal()

    def __init__(
        self,
        bridge: EventBridge,
        parent: QWidget | None = None,
        *,
        unlock: OwnerUnlock | None = None,
        actor: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._unlock = unlock
        self._actor = actor
        self.loader: LatestLoad[tuple[lookups.CustomerSummary, ...]] = LatestLoad(
            self, self._show_customers
        )
        self._search_timer = QTimer(self)
        self._init_models()
        self._init_widgets()
        self._connect_signals()

    def _init_models(self) -> None:
        self.customers: RecordTableModel[lookups.CustomerSummary] = RecordTableModel(
            [
                ColumnSpec(self.tr("Nombre"), lambda c: c.name),
                ColumnSpec(self.tr("Teléfono"), lambda c: c.phone),
                ColumnSpec(self.tr("Visitas"), lambda c: str(c.visits), align_right=True),
                ColumnSpec(
                    self.tr("Última visita"),
                    lambda c: datetime_text(c.last_visit) if c.last_visit else "",
                ),
                ColumnSpec(
                    self.tr("Próxima visita"),
                    lambda c: datetime_text(c.next_visit) if c.next_visit else "",
                ),
                ColumnSpec(
                    self.tr("Contacto"),
                    lambda c: self.tr("no contactar") if c.do_not_contact else "",
                ),
                ColumnSpec(self.tr("Dirección"), lambda c: c.address),
            ],
            self,
        )
        self.visits: RecordTableModel[lookups.CustomerVisit] = RecordTableModel(
            [
                ColumnSpec(self.tr("Fecha"), lambda v: datetime_text(v.starts_at)),
                ColumnSpec(self.tr("Servicio"), lambda v: v.service),
                ColumnSpec(self.tr("Técnico"), lambda v: v.technician),
                ColumnSpec(self.tr("Estado"), lambda v: status_text(v.status)),
                ColumnSpec(self.tr("Problema"), lambda v: v.issue),
            ],
            self,
        )

    def _init_widgets(self) -> None:
        title = QLabel(self.tr("Clientes"))
        title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Buscar por nombre, teléfono o dirección…"))
        self.search.setClearButtonEnabled(True)
        self.customer_table = _table(self.customers)
        self.visit_table = _table(self.visits)
        self.privacy_bar = ClientPrivacyBar(self._unlock, self._actor)
        self.visits_title = QLabel(self.tr("Elija un cliente para ver sus visitas."))
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 6, 0, 0)
        lower_layout.addWidget(self.privacy_bar)
        lower_layout.addWidget(self.visits_title)
        lower_layout.addWidget(self.visit_table)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.customer_table)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addWidget(title)
        layout.addWidget(self.search)
        layout.addWidget(self.splitter, 1)

    def _connect_signals(self) -> None:
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._search_timer.start)
        self.customer_table.selectionModel().currentRowChanged.connect(self._on_customer_changed)
        self.visit_table.doubleClicked.connect(self._on_visit_activated)
        # Bound methods, not lambdas: Qt drops these connections when the page is destroyed.
        self._bridge.appointment_changed.connect(self._on_appointment_changed)
        self.privacy_bar.changed.connect(self.refresh)
        # New customers (a booking, a first message, Nuevo chat) show up without a search.
        self._bridge.conversation_changed.connect(self._schedule_search)

    def _on_appointment_changed(self, *_: object) -> None:
        self._load_visits()
        self._schedule_search()

    def _schedule_search(self, *_: object) -> None:
        self._search_timer.start()

    def refresh(self) -> None:
        """Search again on a worker with the current text."""
        self.loader.request(partial(lookups.customer_summaries, self.search.text()))

    def _show_customers(self, customers: tuple[lookups.CustomerSummary, ...]) -> None:
        selected = self._selected_customer()
        self.customers.set_records(customers)
        row = next(
            (i for i, c in enumerate(customers) if selected is not None and c.id == selected.id),
            None,
        )
        if row is None:
            self.visits.set_records([])
        else:
            self.customer_table.selectRow(row)  # the same person stays selected
        self.loaded.emit()

    def _selected_customer(self) -> lookups.CustomerSummary | None:
        index = self.customer_table.currentIndex()
        return self.customers.record(index.row()) if index.isValid() else None

    def _on_customer_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._load_visits()

    def _load_visits(self) -> None:
        customer = self._selected_customer()
        self.privacy_bar.set_customer(customer)
        if customer is None:
            return
        self.visits_title.setText(self.tr("Visitas de {name}").format(name=customer.name))
        Op(self, partial(lookups.customer_visits, customer.id)).on_success(
            self.visits.set_records
        ).run()

    def _on_visit_activated(self, index: QModelIndex) -> None:
        self.edit_requested.emit(self.visits.record(index.row()).id)
