"""Aprobaciones: the visits VircomBot proposed, for the owner to approve or reject.

Approving or rejecting needs the owner's PIN, remembered for a few minutes so a run of
decisions asks once. The customer is told through their channel by the channels layer, which
listens to the booking events; this page only changes the visit through `desk.approvals` (`domain.booking`).
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from datetime import datetime
from functools import partial

from PySide6.QtCore import (
    QItemSelection,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from vircom_desktop.desk import approvals
from vircom_desktop.desk.approvals import Proposal, load_proposals
from vircom_desktop.domain import clock
from vircom_desktop.ui.bridge import EventBridge
from vircom_desktop.ui.formatting import date_text, datetime_text, time_text
from vircom_desktop.ui.owner_gate import OwnerUnlock, ask_owner
from vircom_desktop.ui.record_model import ColumnSpec, RecordTableModel
from vircom_desktop.ui.tasks import LatestLoad, Op
from vircom_desktop.ui.texts import booking_error_text
from vircom_desktop.ui.theme import ThemeColors

log = logging.getLogger("vircom.ui")


class RejectDialog(QDialog):
    """Asks why a proposal is rejected; the reason is required."""

    def __init__(self, proposal: Proposal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rechazar visita"))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(
            self.tr("Por ejemplo: no tenemos repuestos para ese modelo.")
        )
        self.error_label = QLabel(self.tr("Indique el motivo del rechazo."))
        self.error_label.setObjectName("error")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Rechazar"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("Motivo para {customer} (se le informará):").format(
                    customer=proposal.customer
                )
            )
        )
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def _check(self) -> None:
        if not self.reason():
            self.error_label.show()
            return
        self.accept()


class ProposalsModel(RecordTableModel[Proposal]):
    """The proposals as a table: customer, visit, technician, service, time left."""

    CUSTOMER, VISIT, TECHNICIAN, SERVICE, EXPIRES = range(5)

    def __init__(self, colors: ThemeColors, parent: QObject | None = None) -> None:
        self._colors = colors
        super().__init__(
            [
                ColumnSpec(self.tr("Cliente"), lambda p: p.customer),
                ColumnSpec(self.tr("Visita"), lambda p: datetime_text(p.starts_at)),
                ColumnSpec(
                    self.tr("Técnico"),
                    lambda p: p.technician,
                    swatch=lambda p: QColor(p.technician_color),
                ),
                ColumnSpec(self.tr("Servicio"), lambda p: p.service),
                ColumnSpec(
                    self.tr("Vence"),
                    lambda p: time_left_text(self, p.expires_at),
                    color=self._expiry_color,
                ),
            ],
            parent,
        )

    def row_of(self, appointment_id: int) -> int | None:
        for row in range(self.rowCount()):
            if self.record(row).id == appointment_id:
                return row
        return None

    def refresh_time_left(self) -> None:
        self.refresh_column(self.EXPIRES)

    def _expiry_color(self, proposal: Proposal) -> QColor | None:
        """The theme's error colour for a proposal that expires within the hour."""
        if proposal.expires_at is not None and _minutes_left(proposal.expires_at) < 60:
            return self._colors.error_color()
        return None


def _minutes_left(expires_at: datetime) -> int:
    return int((expires_at - clock.now()).total_seconds() // 60)


def time_left_text(context: QObject, expires_at: datetime | None) -> str:
    """'2 h 15 min' style time left before a proposal expires."""
    if expires_at is None:
        return context.tr("Sin vencimiento")
    minutes = _minutes_left(expires_at)
    if minutes < 0:
        return context.tr("Vencida")
    if minutes < 60:
        return context.tr("{minutes} min").format(minutes=minutes)
    return context.tr("{hours} h {minutes} min").format(hours=minutes // 60, minutes=minutes % 60)


class ApprovalsPage(QWidget):
    """The list of proposals, the selected one's details and the approve/reject actions."""

    pending_count_changed = Signal(int)
    show_appointment = Signal(int)
    decided = Signal(int, str)  # appointment id, new status

    def __init__(
        self,
        bridge: EventBridge | None = None,
        parent: QWidget | None = None,
        *,
        unlock: OwnerUnlock | None = None,
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.unlock = unlock or OwnerUnlock()
        self._reject_dialog: RejectDialog | None = None
        self.loader: LatestLoad[list[Proposal]] = LatestLoad(
            self, self._loaded, on_failure=self._load_failed
        )
        self._shown_id: int | None = None
        self._init_widgets()
        self._init_layout()
        self._connect_signals()
        self.reload()

    # -- building ---------------------------------------------------------------------------

    def _init_widgets(self) -> None:
        self.colors = ThemeColors(self)
        self.model = ProposalsModel(self.colors, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # Visita and Vence keep their width; the names share the rest, elided, so every column
        # stays on screen at 1024 pixels (the detail panel shows them in full).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (ProposalsModel.VISIT, ProposalsModel.EXPIRES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty_label = QLabel(self.tr("No hay visitas esperando aprobación."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label = QLabel()
        self.title_label.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.detail_labels: dict[str, QLabel] = {}
        for key in ("customer", "phone", "address", "issue", "slot", "technician", "expires"):
            label = QLabel()
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.detail_labels[key] = label
        self.excerpt_view = QTextBrowser()
        self.excerpt_view.setOpenLinks(False)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setObjectName("error")
        self.error_label.hide()
        self.approve_button = QPushButton(self.tr("Aprobar"))
        self.approve_button.setDefault(True)
        self.reject_button = QPushButton(self.tr("Rechazar…"))
        self.agenda_button = QPushButton(self.tr("Ver en la agenda"))
        self.timer = QTimer(self)
        self.timer.setInterval(30_000)
        self.timer.start()

    def _init_layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.empty_label)

        self.detail = QWidget()
        form = QFormLayout()
        form.addRow(self.tr("Cliente:"), self.detail_labels["customer"])
        form.addRow(self.tr("Teléfono:"), self.detail_labels["phone"])
        form.addRow(self.tr("Dirección:"), self.detail_labels["address"])
        form.addRow(self.tr("Problema:"), self.detail_labels["issue"])
        form.addRow(self.tr("Horario:"), self.detail_labels["slot"])
        form.addRow(self.tr("Técnico:"), self.detail_labels["technician"])
        form.addRow(self.tr("Vence en:"), self.detail_labels["expires"])
        buttons = QHBoxLayout()
        buttons.addWidget(self.agenda_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.approve_button)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.addWidget(self.title_label)
        detail_layout.addLayout(form)
        detail_layout.addWidget(QLabel(self.tr("Conversación:")))
        detail_layout.addWidget(self.excerpt_view, 1)
        detail_layout.addWidget(self.error_label)
        detail_layout.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    def _connect_signals(self) -> None:
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.approve_button.clicked.connect(self.approve_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        self.agenda_button.clicked.connect(self._show_in_agenda)
        self.timer.timeout.connect(self._tick)
        self.colors.changed.connect(self.model.refresh_time_left)
        if self.bridge is not None:
            self.bridge.appointment_changed.connect(self.reload)
            self.bridge.proposal_created.connect(self.reload)

    # -- data -------------------------------------------------------------------------------

    def reload(self, *_: object) -> None:
        """Load the proposals again (off the GUI thread); a burst of events loads once more."""
        self.loader.request(load_proposals)

    def is_loading(self) -> bool:
        return self.loader.busy()

    def _loaded(self, proposals: list[Proposal]) -> None:
        selected = self.selected_proposal()
        self.model.set_records(proposals)
        self.empty_label.setVisible(not proposals)
        self.table.setVisible(bool(proposals))
        self.pending_count_changed.emit(len(proposals))
        row = self.model.row_of(selected.id) if selected else None
        if row is None and proposals:
            row = 0
        if row is not None:
            self.table.selectRow(row)
        self._show(self.selected_proposal())

    def _load_failed(self, error: Exception) -> None:
        log.error("cannot load proposals: %s", error)
        self._show_error(self.tr("No se pudieron cargar las propuestas."))

    def selected_proposal(self) -> Proposal | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.model.record(rows[0].row())

    def select_appointment(self, appointment_id: int) -> bool:
        row = self.model.row_of(appointment_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    # -- showing ----------------------------------------------------------------------------

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show(self.selected_proposal())

    def _show(self, proposal: Proposal | None) -> None:
        shown = proposal.id if proposal else None
        if shown != self._shown_id:
            self.error_label.hide()  # an error is about the visit it was shown with
            self._shown_id = shown
        self.detail.setEnabled(proposal is not None)
        if proposal is None:
            self.title_label.setText(self.tr("Seleccione una propuesta"))
            for label in self.detail_labels.values():
                label.clear()
            self.excerpt_view.clear()
            return
        title = proposal.service
        if proposal.replaces is not None:
            title += " · " + self.tr("el cliente cambia de hora la visita #{id}").format(
                id=proposal.replaces
            )
        self.title_label.setText(title)
        self.detail_labels["customer"].setText(proposal.customer)
        self.detail_labels["phone"].setText(proposal.phone or self.tr("(sin teléfono)"))
        self.detail_labels["address"].setText(proposal.address or self.tr("(sin dirección)"))
        self.detail_labels["issue"].setText(proposal.issue)
        self.detail_labels["slot"].setText(
            self.tr("{day}, de {start} a {end}").format(
                day=date_text(proposal.starts_at.date(), long=True),
                start=time_text(proposal.starts_at),
                end=time_text(proposal.ends_at),
            )
        )
        self.detail_labels["technician"].setText(
            f'<span style="color:{html.escape(proposal.technician_color)}">●</span> '
            f"{html.escape(proposal.technician)}"
        )
        self.detail_labels["expires"].setText(time_left_text(self, proposal.expires_at))
        self.excerpt_view.setHtml(self._excerpt_html(proposal))

    def _excerpt_html(self, proposal: Proposal) -> str:
        if not proposal.excerpt:
            return "<i>{}</i>".format(html.escape(self.tr("Visita creada sin conversación.")))
        names = {
            "customer": self.tr("Cliente"),
            "bot": self.tr("VircomBot"),
            "staff": self.tr("Equipo"),
            "system": self.tr("Sistema"),
        }
        parts = [
            "<p><b>{}:</b> {}</p>".format(
                html.escape(names.get(role, role)), html.escape(text).replace("\n", "<br>")
            )
            for role, text in proposal.excerpt
        ]
        return "".join(parts)

    def _tick(self) -> None:
        self.model.refresh_time_left()
        proposal = self.selected_proposal()
        if proposal is not None:
            self.detail_labels["expires"].setText(time_left_text(self, proposal.expires_at))

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _show_in_agenda(self) -> None:
        proposal = self.selected_proposal()
        if proposal is not None:
            self.show_appointment.emit(proposal.id)

    # -- deciding ---------------------------------------------------------------------------

    def approve_selected(self) -> None:
        proposal = self.selected_proposal()
        if proposal is not None:
            self._with_owner(partial(self._approve, proposal))

    def reject_selected(self) -> None:
        proposal = self.selected_proposal()
        if proposal is None:
            return
        dialog = RejectDialog(proposal, self)
        dialog.accepted.connect(
            lambda: self._with_owner(partial(self._reject, proposal, dialog.reason()))
        )
        dialog.finished.connect(dialog.deleteLater)
        self._reject_dialog = dialog
        dialog.open()

    def _with_owner(self, action: Callable[[str], None]) -> None:
        ask_owner(self, self.unlock, action)

    def _approve(self, proposal: Proposal, owner: str) -> None:
        self._set_busy(True)
        Op(
            self, partial(approvals.approve, proposal.id, actor=owner, at_desk=self.unlock.desk)
        ).on_success(self._decided).on_failure(self._decision_failed).run()

    def _reject(self, proposal: Proposal, reason: str, owner: str) -> None:
        self._set_busy(True)
        Op(
            self,
            partial(
                approvals.reject,
                proposal.id,
                reason=reason,
                actor=owner,
                at_desk=self.unlock.desk,
            ),
        ).on_success(self._decided).on_failure(self._decision_failed).run()

    def _decided(self, decision: approvals.Decision) -> None:
        self._set_busy(False)
        self.error_label.hide()
        self.decided.emit(decision.appointment_id, decision.status)
        self.reload()

    def _decision_failed(self, error: Exception) -> None:
        self._set_busy(False)
        text = booking_error_text(error)
        if text is None:
            from vircom_desktop.ui import errors

            errors.report(error)
            text = self.tr("No se pudo completar la acción.")
        self._show_error(text)
        self.reload()

    def _set_busy(self, busy: bool) -> None:
        self.approve_button.setEnabled(not busy)
        self.reject_button.setEnabled(not busy)
