"""Nuevo chat: a customer on the phone or at the counter, and their first words."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class NewChatDialog(QDialog):
    """Asks for the customer's phone (optional), name and what they said."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nuevo chat"))
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(self.tr("+56 9 1234 5678 (opcional)"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Nombre del cliente"))
        self.message_edit = QPlainTextEdit()
        self.message_edit.setPlaceholderText(
            self.tr("Pegue o escriba lo que dijo el cliente; VircomBot preparará la respuesta.")
        )
        self.message_edit.setTabChangesFocus(True)  # Tab moves on; the message needs no tabs
        self.message_edit.setToolTip(self.tr("Ctrl+Intro para pedir el borrador"))
        self.error_label = QLabel(self.tr("Escriba lo que dijo el cliente."))
        self.error_label.setObjectName("error")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Pedir borrador"))
        form = QFormLayout()
        form.addRow(self.tr("Teléfono:"), self.phone_edit)
        form.addRow(self.tr("Nombre:"), self.name_edit)
        form.addRow(self.tr("Mensaje:"), self.message_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self._check)
        self.resize(460, 320)

    @classmethod
    def ask(cls, parent: QWidget, then: Callable[[str, str, str], None]) -> NewChatDialog:
        """Open the dialog; once accepted, `then(phone, name, first words)`."""
        dialog = cls(parent)
        dialog.accepted.connect(lambda: then(*dialog.values()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def values(self) -> tuple[str, str, str]:
        """Phone, name and message as typed (trimmed)."""
        return (
            self.phone_edit.text().strip(),
            self.name_edit.text().strip(),
            self.message_edit.toPlainText().strip(),
        )

    def _check(self) -> None:
        if not self.values()[2]:
            self.error_label.show()
            return
        self.accept()
