"""The tray icon: notifications for what needs a person, and running on after the window closes.

Without a system tray (offscreen, some Linux desktops) the controller does nothing and closing
the window quits the app.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QCheckBox, QMenu, QMessageBox, QSystemTrayIcon

from vircom_desktop.ui.bridge import EventBridge
from vircom_desktop.ui.main_window import MainWindow
from vircom_desktop.ui.resources import icon


class TrayController(QObject):
    """Owns the tray icon; the main window asks it whether closing should keep the app alive."""

    notified = Signal(str, str)  # title, message (also emitted without a tray, for tests)

    def __init__(self, window: MainWindow, bridge: EventBridge) -> None:
        super().__init__(window)
        self._window = window
        self.icon: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._init_icon()
        window.close_guard = self
        self._connect_signals(bridge)

    def _init_icon(self) -> None:
        self.icon = QSystemTrayIcon(icon("app"), self)
        self.icon.setToolTip(self.tr("Vircom Desk"))
        menu = QMenu(self._window)
        menu.addAction(self.tr("Abrir Vircom Desk"), self.show_window)
        menu.addSeparator()
        menu.addAction(self.tr("Salir"), self.quit)
        self.icon.setContextMenu(menu)
        self.icon.activated.connect(self._on_activated)
        self.icon.show()

    def _connect_signals(self, bridge: EventBridge) -> None:
        bridge.proposal_created.connect(self._on_proposal)
        bridge.conversation_changed.connect(self._on_conversation_changed)

    @property
    def available(self) -> bool:
        return self.icon is not None

    def notify(self, title: str, message: str) -> None:
        """A desktop notification (a no-op without a tray)."""
        self.notified.emit(title, message)
        if self.icon is not None:
            self.icon.showMessage(title, message, icon("app"), 8000)

    def _on_proposal(self, _appointment_id: int, _conversation_id: object) -> None:
        self.notify(
            self.tr("Nueva propuesta de visita"),
            self.tr("VircomBot propuso una visita que espera su aprobación."),
        )

    def _on_conversation_changed(self, _conversation_id: int, status: str) -> None:
        if status == "needs_human":
            self.notify(
                self.tr("Un cliente necesita atención"),
                self.tr("Una conversación espera la respuesta de una persona."),
            )

    def keep_running_on_close(self) -> bool:
        """Whether closing the window hides it to the tray; asks the first time only."""
        if self.icon is None:
            return False
        state = self._window.state
        if state.close_to_tray is None:
            state.close_to_tray = self._ask()
        if not state.close_to_tray:
            # With a tray the app does not quit on its own when the window closes.
            QTimer.singleShot(0, QApplication.quit)
        return bool(state.close_to_tray)

    def _ask(self) -> bool:
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Cerrar Vircom Desk"))
        box.setText(
            self.tr(
                "¿Seguir atendiendo a los clientes en segundo plano? VircomBot seguirá "
                "respondiendo y le avisará desde la bandeja del sistema."
            )
        )
        keep = box.addButton(self.tr("Seguir en segundo plano"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Salir"), QMessageBox.ButtonRole.DestructiveRole)
        remember = QCheckBox(self.tr("No volver a preguntar"))
        remember.setChecked(True)
        box.setCheckBox(remember)
        box.exec()
        return box.clickedButton() is keep

    def show_window(self) -> None:
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()

    def quit(self) -> None:
        """Quit for real; unsent work makes the window ask first, and staying cancels."""
        self._window.close_guard = None
        self._window.closed.connect(QApplication.quit)
        if not self._window.close():
            self._window.close_guard = self

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_window()
