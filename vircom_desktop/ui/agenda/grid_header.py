"""The time grid's header: each column's title (a technician with their colour, or a day)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPen

from vircom_desktop.desk.agenda import TechnicianInfo
from vircom_desktop.domain import clock
from vircom_desktop.ui.agenda.columns import Column
from vircom_desktop.ui.agenda.painting import blend, grid_line, technician_color


def paint_header(
    painter: QPainter,
    palette: QPalette,
    font: QFont,
    columns: Sequence[Column],
    technicians: Mapping[int, TechnicianInfo],
    *,
    size: tuple[float, float],  # the grid's width and the header's height
    column_x: Callable[[int], float],
    column_width: float,
) -> None:
    """Titles and subtitles over the columns; today is highlighted when the grid shows days."""
    grid_width, height = size
    window = palette.color(QPalette.ColorRole.Window)
    painter.fillRect(QRectF(0, 0, grid_width, height), window)
    painter.setPen(QPen(grid_line(palette, True), 1))
    painter.drawLine(QPointF(0, height - 0.5), QPointF(grid_width, height - 0.5))
    today = clock.today()
    several_days = len({column.day for column in columns}) > 1
    bold = QFont(font)
    bold.setBold(True)
    small = QFont(font)
    small.setPointSizeF(small.pointSizeF() * 0.85)
    text = palette.color(QPalette.ColorRole.WindowText)
    muted = blend(window, text, 0.6)
    for index, column in enumerate(columns):
        x = column_x(index)
        left = x + 8
        if column.technician_id is not None and column.technician_id in technicians:
            color = technician_color(technicians[column.technician_id].color, palette)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawEllipse(QPointF(x + 13, 16), 5, 5)
            left = x + 24
        is_today = column.day == today and several_days
        painter.setPen(palette.color(QPalette.ColorRole.Highlight) if is_today else text)
        painter.setFont(bold)
        metrics = QFontMetrics(bold)
        painter.drawText(
            QPointF(left, 6 + metrics.ascent()),
            metrics.elidedText(
                column.title, Qt.TextElideMode.ElideRight, int(x + column_width - left - 4)
            ),
        )
        painter.setFont(small)
        painter.setPen(muted)
        metrics = QFontMetrics(small)
        painter.drawText(
            QPointF(x + 8, 26 + metrics.ascent()),
            metrics.elidedText(
                column.subtitle, Qt.TextElideMode.ElideRight, int(column_width - 12)
            ),
        )
    painter.setFont(font)
