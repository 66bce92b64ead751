"""Small widgets shared by several pages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget


def repolish(widget: QWidget, **properties: Any) -> None:
    """Set dynamic properties the QSS themes select on (`QLabel#banner[kind="error"]`) and
    restyle the widget now: Qt applies a stylesheet's property rules only when it polishes."""
    for name, value in properties.items():
        widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class Banner(QLabel):
    """A one-line message above a page's content: errors stay, confirmations fade after a while."""

    INFO_TIMEOUT_MS = 6000
    NOTICE_TIMEOUT_MS = 20_000  # a refusal about one gesture: read, then out of the way

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    @property
    def kind(self) -> str:
        return str(self.property("kind") or "")

    def show_error(self, text: str, *, fades: bool = False) -> None:
        """An error; with `fades` it goes after a while (it was about one gesture)."""
        self._show(text, "error")
        if fades:
            self._timer.start(self.NOTICE_TIMEOUT_MS)

    def show_info(self, text: str) -> None:
        self._show(text, "info")
        self._timer.start(self.INFO_TIMEOUT_MS)

    def _show(self, text: str, kind: str) -> None:
        self._timer.stop()
        repolish(self, kind=kind)
        self.setText(text)
        self.show()
