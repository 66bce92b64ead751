"""Owner-only actions: the owner's PIN, checked off the GUI thread.

Approving or rejecting the bot's proposals (in Aprobaciones or in the visit editor) and changing
PINs go through `ask_owner`, so a PIN typed once serves every owner-only action while the same
person stays at the desk (the rule is `domain.owner_unlock.OwnerUnlock`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vircom_desktop.desk import staff
from vircom_desktop.desk.staff import OwnerCheck
from vircom_desktop.domain.owner_unlock import OwnerUnlock
from vircom_desktop.ui.tasks import Op

log = logging.getLogger("vircom.ui")

__all__ = ["DeskPresence", "OwnerUnlock", "PinDialog", "ask_owner"]


class PinDialog(QDialog):
    """Asks for the owner's PIN and checks it off the GUI thread; `verified(str)` gives the name."""

    verified = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("PIN de la dueña o dueño"))
        self._init_widgets()
        self._connect_signals()

    def _init_widgets(self) -> None:
        self.pin_edit = QLineEdit()
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setPlaceholderText(self.tr("PIN"))
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Esta acción es solo para la dueña o el dueño.")))
        layout.addWidget(self.pin_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)

    def _check(self) -> None:
        pin = self.pin_edit.text()
        if not pin:
            self._show_error(self.tr("Escriba el PIN."))
            return
        self.buttons.setEnabled(False)
        Op(self, partial(staff.check_owner_pin, pin)).on_success(self._checked).on_failure(
            self._check_failed
        ).run()

    def _check_failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, staff.PinLockedOut):
            self.pin_edit.clear()
            self._show_error(
                self.tr(
                    "Demasiados intentos con un PIN incorrecto. Espere {seconds} segundos "
                    "e intente de nuevo."
                ).format(seconds=error.seconds_left())
            )
            return
        log.error("cannot check the owner's PIN: %s", error)
        self._show_error(self.tr("No se pudo comprobar el PIN. Intente de nuevo."))

    def _checked(self, check: OwnerCheck) -> None:
        self.buttons.setEnabled(True)
        if not check.pin_configured:
            self._show_error(
                self.tr("Aún no hay un PIN de dueña o dueño: defínalo en Ajustes → Personal.")
            )
            return
        if check.owner is None:
            self.pin_edit.clear()
            self._show_error(self.tr("PIN incorrecto."))
            return
        self.verified.emit(check.owner)
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()


def ask_owner(parent: QWidget, unlock: OwnerUnlock, action: Callable[[str], None]) -> None:
    """Run `action(owner_name)` once an owner is known: remembered, or asked for the PIN."""
    owner = unlock.owner()
    if owner is not None:
        action(owner)
        return
    dialog = PinDialog(parent)
    dialog.verified.connect(unlock.remember)
    dialog.verified.connect(action)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


_INPUT_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel})


class DeskPresence(QObject):
    """Feeds the owner unlock what the desk sees: input keeps it alive, leaving the app ends it.

    The screen locking (or the desk app losing the screen to another window) makes the
    application inactive, which ends the unlock: whoever comes back types the PIN again.
    """

    def __init__(self, unlock: OwnerUnlock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unlock = unlock
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self.application_state_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._unlock.touch()
        return False

    def application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self._unlock.end()
