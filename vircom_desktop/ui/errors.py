"""Unexpected errors: logged, shown in a dialog with the log path and "Copiar detalles", survived.

`ExceptionHandler.install()` replaces `sys.excepthook` and `threading.excepthook`. An error on
another thread hops to the GUI thread through a queued signal before the dialog opens.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger("vircom.ui")

_handler: ExceptionHandler | None = None


class ErrorDialog(QDialog):
    """Tells the user something went wrong, where the log is, and lets them copy the details."""

    def __init__(self, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._log_path = log_path
        self._init_widgets()
        self._connect_signals()

    def _init_widgets(self) -> None:
        self.setWindowTitle(self.tr("Error inesperado"))
        self.setMinimumWidth(560)
        self._summary = QLabel(
            self.tr(
                "Ocurrió un error inesperado. La aplicación sigue funcionando y sus datos "
                "están guardados."
            )
        )
        self._summary.setWordWrap(True)
        self.log_label = QLabel(self.tr("Registro: {path}").format(path=self._log_path))
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log_label.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setMinimumHeight(160)
        self.copy_button = QPushButton(self.tr("Copiar detalles"))
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self._summary)
        layout.addWidget(self.log_label)
        layout.addWidget(self.details)
        layout.addWidget(self._buttons)

    def _connect_signals(self) -> None:
        self.copy_button.clicked.connect(self.copy_details)
        self._buttons.rejected.connect(self.close)

    def add_error(self, details: str) -> None:
        """Append one error's traceback (several errors in a row share one dialog)."""
        if self.details.toPlainText():
            self.details.appendPlainText("\n" + "-" * 40 + "\n")
        self.details.appendPlainText(details)

    def copy_details(self) -> None:
        text = self.tr("Registro: {path}").format(path=self._log_path)
        QGuiApplication.clipboard().setText(f"{text}\n\n{self.details.toPlainText()}")


class ExceptionHandler(QObject):
    """The app's last line of defence against exceptions nobody caught."""

    error_shown = Signal(str)  # the details shown
    _error_elsewhere = Signal(str)

    def __init__(self, log_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.dialog: ErrorDialog | None = None
        self._previous_hooks = (sys.excepthook, threading.excepthook)
        self._error_elsewhere.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        global _handler
        self._previous_hooks = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self._thread_excepthook
        _handler = self

    def uninstall(self) -> None:
        global _handler
        sys.excepthook, threading.excepthook = self._previous_hooks
        if _handler is self:
            _handler = None

    def excepthook(
        self,
        kind: type[BaseException],
        value: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous_hooks[0](kind, value, tb)
            return
        log.error("unexpected error", exc_info=(kind, value, tb))
        details = "".join(traceback.format_exception(kind, value, tb))
        if threading.current_thread() is threading.main_thread():
            self._show(details)
        else:
            self._error_elsewhere.emit(details)

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self, details: str) -> None:
        if self.dialog is None:
            self.dialog = ErrorDialog(self.log_path)
            self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog.destroyed.connect(self._forget_dialog)
            self.dialog.add_error(details)
            self.dialog.show()
        else:  # one dialog gathers a burst of errors; bring it back to the front
            self.dialog.add_error(details)
            self.dialog.raise_()
        self.error_shown.emit(details)

    def _forget_dialog(self) -> None:
        self.dialog = None


def report(error: BaseException) -> None:
    """Show an unexpected error caught elsewhere (e.g. a background operation nobody handled)."""
    if _handler is None:
        log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
        return
    _handler.excepthook(type(error), error, error.__traceback__)
