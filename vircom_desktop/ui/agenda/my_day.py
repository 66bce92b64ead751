""" "Mi día": one technician's day as a timeline beside the list of their visits."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSplitter, QTableView, QWidget

from vircom_desktop.desk.agenda import Visit
from vircom_desktop.domain.statuses import PROPOSED
from vircom_desktop.ui.agenda.painting import PENDING_COLOR
from vircom_desktop.ui.agenda.time_grid import TimeGrid
from vircom_desktop.ui.formatting import time_text
from vircom_desktop.ui.record_model import ColumnSpec, RecordTableModel
from vircom_desktop.ui.texts import status_text


class DayVisitsModel(RecordTableModel[Visit]):
    """A technician's visits of one day, in order: what they need at each door."""

    ADDRESS, ISSUE = 2, 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                ColumnSpec(
                    self.tr("Hora"),
                    lambda v: f"{time_text(v.starts_at)}–{time_text(v.ends_at)}",
                ),
                # Name and phone share a column: Dirección and Problema need the width.
                ColumnSpec(
                    self.tr("Cliente"),
                    lambda v: "\n".join(p for p in (v.customer_name, v.customer_phone) if p),
                ),
                ColumnSpec(self.tr("Dirección"), lambda v: v.address),
                ColumnSpec(self.tr("Problema"), lambda v: v.issue),
                ColumnSpec(
                    self.tr("Estado"),
                    lambda v: status_text(v.status),
                    color=lambda v: QColor(PENDING_COLOR) if v.status == PROPOSED else None,
                ),
            ],
            parent,
        )

    def set_visits(self, visits: list[Visit]) -> None:
        self.set_records(sorted(visits, key=lambda v: v.starts_at))


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
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DayVisitsModel.ADDRESS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DayVisitsModel.ISSUE, QHeaderView.ResizeMode.Stretch)
        self.grid.setMinimumWidth(220)  # one technician's column needs little width
        self.table.setMinimumWidth(420)
        self.addWidget(self.grid)
        self.addWidget(self.table)
        self.setCollapsible(0, False)
        self.setCollapsible(1, False)
        self.setStretchFactor(0, 2)
        self.setStretchFactor(1, 3)
        self.setSizes([300, 700])

    def _connect_signals(self) -> None:
        self.table.doubleClicked.connect(self._on_double_clicked)
        for keys in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # Enter opens the visit too
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self._open_current)
        self.model.modelReset.connect(self.table.resizeRowsToContents)
        self.grid.edit_requested.connect(self.edit_requested)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        self.edit_requested.emit(self.model.record(index.row()).id)

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._on_double_clicked(index)
