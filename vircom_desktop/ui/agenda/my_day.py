""" "Mi día": one technician's day as a timeline beside the list of their visits."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSplitter, QTableView, QWidget

from vircom_desktop.domain.models import PROPOSED
from vircom_desktop.ui.agenda.data import Visit
from vircom_desktop.ui.agenda.painting import PENDING_COLOR
from vircom_desktop.ui.agenda.time_grid import TimeGrid
from vircom_desktop.ui.formatting import time_text
from vircom_desktop.ui.texts import status_text

Index = QModelIndex | QPersistentModelIndex


class DayVisitsModel(QAbstractTableModel):
    """A technician's visits of one day, in order: what they need at each door."""

    HEADERS = ("time", "customer", "phone", "address", "issue", "status")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._visits: list[Visit] = []

    def set_visits(self, visits: list[Visit]) -> None:
        self.beginResetModel()
        self._visits = sorted(visits, key=lambda v: v.starts_at)
        self.endResetModel()

    def visit(self, row: int) -> Visit:
        return self._visits[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Hora"),
            self.tr("Cliente"),
            self.tr("Teléfono"),
            self.tr("Dirección"),
            self.tr("Problema"),
            self.tr("Estado"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        visit = self._visits[index.row()]
        column = self.HEADERS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "time":
                return f"{time_text(visit.starts_at)}–{time_text(visit.ends_at)}"
            return {
                "customer": visit.customer_name,
                "phone": visit.customer_phone,
                "address": visit.address,
                "issue": visit.issue,
                "status": status_text(visit.status),
            }[column]
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == "status"
            and visit.status == PROPOSED
        ):
            return QColor(PENDING_COLOR)
        if role == Qt.ItemDataRole.ToolTipRole and column in ("address", "issue"):
            return visit.address if column == "address" else visit.issue
        return None


class MyDayView(QSplitter):
    """The one-technician timeline (left) and the visit list (right)."""

    edit_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.grid = TimeGrid()
        self.model = DayVisitsModel(self)
        self.table = QTableView()
        self._init_widgets()
        self._connect_signals()

    def _init_widgets(self) -> None:
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.addWidget(self.grid)
        self.addWidget(self.table)
        self.setStretchFactor(0, 2)
        self.setStretchFactor(1, 3)
        self.setSizes([420, 780])

    def _connect_signals(self) -> None:
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.model.modelReset.connect(self.table.resizeRowsToContents)
        self.grid.edit_requested.connect(self.edit_requested)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        self.edit_requested.emit(self.model.visit(index.row()).id)
