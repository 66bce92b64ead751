"""Clientes → a customer's data rights: export their data, erase it, "no contactar".

Erasure is for the owner (PIN through the shared owner gate) and shows first what will go.
Lifting "no contactar" asks staff to confirm the customer asked for it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from vircom_desktop.desk import privacy
from vircom_desktop.desk.lookups import CustomerSummary
from vircom_desktop.ui.owner_gate import OwnerUnlock, ask_owner
from vircom_desktop.ui.tasks import Op
from vircom_desktop.ui.texts import privacy_error_text

log = logging.getLogger("vircom.ui")


class ClientPrivacyBar(QWidget):
    """The data-rights buttons of the selected customer; `changed` after an erasure or mark."""

    changed = Signal()
    finished = Signal(str)  # the result shown to staff (tests wait on it)

    def __init__(
        self,
        unlock: OwnerUnlock | None = None,
        actor: Callable[[], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._unlock = unlock or OwnerUnlock()
        self._actor = actor or (lambda: "staff")
        self._customer: CustomerSummary | None = None
        self._init_widgets()
        self._connect_signals()
        self.set_customer(None)

    def _init_widgets(self) -> None:
        self.export_button = QPushButton(self.tr("Exportar datos del cliente"))
        self.erase_button = QPushButton(self.tr("Eliminar datos del cliente"))
        self.contact_button = QPushButton()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.export_button)
        layout.addWidget(self.contact_button)
        layout.addWidget(self.erase_button)
        layout.addWidget(self.result_label, 1)

    def _connect_signals(self) -> None:
        self.export_button.clicked.connect(self._choose_export_file)
        self.erase_button.clicked.connect(self._ask_owner_to_erase)
        self.contact_button.clicked.connect(self._toggle_contact)
        self.finished.connect(self.result_label.setText)

    def set_customer(self, customer: CustomerSummary | None) -> None:
        """Follow the customer selected in the table (None: nothing selected)."""
        self._customer = customer
        usable = customer is not None and not customer.erased
        for button in (self.export_button, self.erase_button, self.contact_button):
            button.setEnabled(usable)
        if customer is not None and customer.do_not_contact:
            self.contact_button.setText(self.tr("Quitar «no contactar»"))
        else:
            self.contact_button.setText(self.tr("Marcar «no contactar»"))

    # -- export ------------------------------------------------------------------------------

    def _choose_export_file(self) -> None:
        customer = self._customer
        if customer is None:
            return
        dialog = QFileDialog(self, self.tr("Exportar datos del cliente"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Documento JSON (*.json)"))
        dialog.setDefaultSuffix("json")
        dialog.selectFile(f"cliente-{customer.id}.json")
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def export_to(self, path: Path) -> None:
        """Write the selected customer's data to `path` on a worker."""
        customer = self._customer
        if customer is None:
            return
        Op(self, partial(privacy.export_customer, customer.id, path)).on_success(
            lambda written: self.finished.emit(
                self.tr("Datos exportados a {path}.").format(path=written)
            )
        ).on_failure(self._failed).run()

    # -- erasure -----------------------------------------------------------------------------

    def _ask_owner_to_erase(self) -> None:
        if self._customer is not None:
            ask_owner(self, self._unlock, self.prepare_erasure)

    def prepare_erasure(self, owner: str) -> None:
        """With the owner known: find out what would go, then ask for confirmation."""
        customer = self._customer
        if customer is None:
            return
        Op(self, partial(privacy.erasure_preview, customer.id)).on_success(
            partial(self._confirm_erasure, customer, owner)
        ).on_failure(self._failed).run()

    def erasure_question(
        self, customer: CustomerSummary, counts: privacy.ErasureCounts
    ) -> QMessageBox:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Eliminar datos del cliente"))
        box.setText(self.tr("¿Eliminar los datos personales de {name}?").format(name=customer.name))
        box.setInformativeText(
            self.tr(
                "Se borrarán su nombre, teléfono, dirección y notas; {conversations} "
                "conversaciones con {messages} mensajes; {turns} respuestas del modelo; y la "
                "dirección, el problema y las notas de sus {visits} visitas. Las visitas quedan "
                "como registros anónimos (fecha, servicio, técnico, estado y precio). Esto no "
                "se puede deshacer."
            ).format(
                conversations=counts.conversations,
                messages=counts.messages,
                turns=counts.agent_turns,
                visits=counts.appointments,
            )
        )
        box.addButton(self.tr("Eliminar"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancelar"), QMessageBox.ButtonRole.RejectRole)
        return box

    def _confirm_erasure(
        self, customer: CustomerSummary, owner: str, counts: privacy.ErasureCounts
    ) -> None:
        box = self.erasure_question(customer, counts)
        box.buttonClicked.connect(
            lambda button: (
                self.erase(customer.id, owner)
                if box.buttonRole(button) == QMessageBox.ButtonRole.DestructiveRole
                else None
            )
        )
        box.finished.connect(box.deleteLater)
        box.open()

    def erase(self, customer_id: int, owner: str) -> None:
        """Erase on a worker, as the owner who typed the PIN."""
        Op(self, partial(privacy.erase_customer, customer_id, actor=owner)).on_success(
            self._erased
        ).on_failure(self._failed).run()

    def _erased(self, counts: privacy.ErasureCounts) -> None:
        self.finished.emit(
            self.tr(
                "Datos eliminados: {messages} mensajes en {conversations} conversaciones; "
                "{visits} visitas quedan anónimas."
            ).format(
                messages=counts.messages,
                conversations=counts.conversations,
                visits=counts.appointments,
            )
        )
        self.changed.emit()

    # -- no contactar ------------------------------------------------------------------------

    def _toggle_contact(self) -> None:
        customer = self._customer
        if customer is None:
            return
        if not customer.do_not_contact:
            self.set_do_not_contact(True)
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Quitar «no contactar»"))
        box.setText(
            self.tr(
                "Quite la marca solo si {name} pidió volver a recibir avisos y recordatorios. "
                "¿Lo pidió?"
            ).format(name=customer.name)
        )
        box.addButton(self.tr("Sí, lo pidió"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancelar"), QMessageBox.ButtonRole.RejectRole)
        box.buttonClicked.connect(
            lambda button: (
                self.set_do_not_contact(False)
                if box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole
                else None
            )
        )
        box.finished.connect(box.deleteLater)
        box.open()

    def set_do_not_contact(self, value: bool) -> None:
        customer = self._customer
        if customer is None:
            return
        Op(
            self,
            partial(privacy.set_do_not_contact, customer.id, value, actor=self._actor()),
        ).on_success(lambda _changed: self._contact_changed(value)).on_failure(self._failed).run()

    def _contact_changed(self, value: bool) -> None:
        self.finished.emit(
            self.tr("Marcado «no contactar»: no recibirá avisos ni recordatorios.")
            if value
            else self.tr("Se quitó «no contactar».")
        )
        self.changed.emit()

    # -- errors ------------------------------------------------------------------------------

    def _failed(self, error: Exception) -> None:
        if isinstance(error, privacy.PrivacyError):
            self.finished.emit(privacy_error_text(error.code))
            return
        if isinstance(error, OSError):
            self.finished.emit(
                self.tr("No se pudo escribir el archivo: {reason}").format(
                    reason=error.strerror or error
                )
            )
            return
        log.error("data-rights action failed: %s", error)
        self.finished.emit(self.tr("No se pudo completar la acción. Revise el registro."))
