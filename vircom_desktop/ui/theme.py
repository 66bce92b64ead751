"""Fusion style with a light or dark palette and stylesheet that follow the system's scheme."""

from __future__ import annotations

from PySide6.QtCore import Property, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from vircom_desktop.ui.resources import stylesheet


def _dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#0f172a",
        QPalette.ColorRole.WindowText: "#e2e8f0",
        QPalette.ColorRole.Base: "#111827",
        QPalette.ColorRole.AlternateBase: "#1e293b",
        QPalette.ColorRole.Text: "#e2e8f0",
        QPalette.ColorRole.Button: "#1e293b",
        QPalette.ColorRole.ButtonText: "#e2e8f0",
        QPalette.ColorRole.Highlight: "#2563eb",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#1e293b",
        QPalette.ColorRole.ToolTipText: "#e2e8f0",
        QPalette.ColorRole.PlaceholderText: "#64748b",
        QPalette.ColorRole.Mid: "#334155",
        QPalette.ColorRole.Midlight: "#1e293b",
        QPalette.ColorRole.Dark: "#020617",
        QPalette.ColorRole.Light: "#334155",
        QPalette.ColorRole.Link: "#60a5fa",
    }
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#64748b"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#64748b"))
    return palette


def is_dark(preference: str) -> bool:
    """Whether `preference` ('light', 'dark' or 'system') means a dark theme right now."""
    if preference in ("light", "dark"):
        return preference == "dark"
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


class ThemeController(QObject):
    """Applies the theme now and again whenever the system switches between light and dark."""

    def __init__(self, app: QApplication, preference: str = "system") -> None:
        super().__init__(app)
        self._app = app
        self.preference = preference
        app.setStyle("Fusion")
        app.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)
        self.apply()

    def set_preference(self, preference: str) -> None:
        self.preference = preference
        self.apply()

    def apply(self) -> None:
        dark = is_dark(self.preference)
        style = self._app.style()
        self._app.setPalette(_dark_palette() if dark else style.standardPalette())
        self._app.setStyleSheet(stylesheet("dark" if dark else "light"))

    def _on_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.preference == "system":
            self.apply()


class ThemeColors(QWidget):
    """The theme's status colours for what a stylesheet cannot style itself: text an item model
    colours, shapes a painter fills. The QSS sets them (`ThemeColors { qproperty-error: …; }`),
    so a theme restyles those too; `changed` fires when it does.

    A hidden child of the widget that uses it; the defaults are the light theme's.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hide()
        self._error = QColor("#b91c1c")

    def error_color(self) -> QColor:
        """What went or is about to go wrong (`qproperty-error`)."""
        self.ensurePolished()
        return QColor(self._error)

    def _set_error(self, color: QColor) -> None:
        self._error = QColor(color)

    error = Property(QColor, error_color, _set_error)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.StyleChange:
            self.changed.emit()
        return handled
