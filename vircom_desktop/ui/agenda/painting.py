"""Colours and small drawing helpers shared by the agenda's painted views."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette

PENDING_COLOR = QColor("#d97706")
NOW_COLOR = QColor("#dc2626")
ATTENDING_COLOR = QColor("#16a34a")  # the customer confirmed they will be there


def blend(base: QColor, tint: QColor, amount: float) -> QColor:
    """`amount` of `tint` over `base` (0 = base, 1 = tint)."""
    return QColor.fromRgbF(
        base.redF() + (tint.redF() - base.redF()) * amount,
        base.greenF() + (tint.greenF() - base.greenF()) * amount,
        base.blueF() + (tint.blueF() - base.blueF()) * amount,
    )


def palette_is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def technician_color(value: str, palette: QPalette) -> QColor:
    color = QColor(value)
    return color if color.isValid() else palette.color(QPalette.ColorRole.Highlight)


def shaded(palette: QPalette) -> QColor:
    """Background of closed time: visibly different from working time in both themes."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    return blend(base, text, 0.07 if palette_is_dark(palette) else 0.06)


def grid_line(palette: QPalette, strong: bool) -> QColor:
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    return blend(base, text, 0.18 if strong else 0.08)


def draw_pill(painter: QPainter, right: float, top: float, text: str, color: QColor) -> float:
    """A small rounded label ending at `right`; returns its width."""
    metrics = QFontMetrics(painter.font())
    width = metrics.horizontalAdvance(text) + 10
    rect = QRectF(right - width, top, width, metrics.height() + 2)
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawRoundedRect(rect, 4, 4)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()
    return width
