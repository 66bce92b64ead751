"""The month at a glance: a painted 6-week grid with the number of visits per day.

Each day shows its visit count, how many are still pending approval, and a bar split by
technician colour. Closed days are shaded. Clicking a day opens it in the day view.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

from vircom_desktop.desk.agenda import DayCounts, MonthData, month_grid_start
from vircom_desktop.domain import clock
from vircom_desktop.ui.agenda.painting import (
    PENDING_COLOR,
    blend,
    grid_line,
    shaded,
    technician_color,
)


class MonthView(QWidget):
    """Painted month grid; `set_month()` gives it the counts to show."""

    day_activated = Signal(object)  # date

    HEADER_HEIGHT = 28
    WEEKS = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: MonthData | None = None
        self._first = month_grid_start(clock.today().year, clock.today().month)
        self._selected = clock.today()
        self.setMinimumSize(420, 360)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def set_month(self, data: MonthData, selected: date) -> None:
        self._data = data
        self._first = month_grid_start(data.year, data.month)
        self._selected = selected
        self.update()

    def counts_for(self, day: date) -> DayCounts:
        """What the cell of `day` shows (an empty count for a day without visits)."""
        if self._data is None:
            return DayCounts()
        return self._data.counts.get(day, DayCounts())

    def day_rect(self, day: date) -> QRectF:
        index = (day - self._first).days
        width = self.width() / 7
        height = (self.height() - self.HEADER_HEIGHT) / self.WEEKS
        return QRectF(
            (index % 7) * width, self.HEADER_HEIGHT + (index // 7) * height, width, height
        )

    def _day_at(self, pos: QPointF) -> date | None:
        if pos.y() < self.HEADER_HEIGHT:
            return None
        width = self.width() / 7
        height = (self.height() - self.HEADER_HEIGHT) / self.WEEKS
        column = min(int(pos.x() // width), 6)
        row = min(int((pos.y() - self.HEADER_HEIGHT) // height), self.WEEKS - 1)
        return self._first + timedelta(days=row * 7 + column)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        day = self._day_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and day is not None:
            self.day_activated.emit(day)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        self._paint_weekdays(painter, palette)
        today = clock.today()
        for index in range(7 * self.WEEKS):
            day = self._first + timedelta(days=index)
            self._paint_day(painter, palette, day, today)
        painter.end()

    def _paint_weekdays(self, painter: QPainter, palette: QPalette) -> None:
        window = palette.color(QPalette.ColorRole.Window)
        painter.fillRect(QRectF(0, 0, self.width(), self.HEADER_HEIGHT), window)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        width = self.width() / 7
        locale = self.locale()
        for column in range(7):
            name = locale.dayName(column + 1, locale.FormatType.LongFormat)
            painter.drawText(
                QRectF(column * width, 0, width, self.HEADER_HEIGHT),
                Qt.AlignmentFlag.AlignCenter,
                name[:1].upper() + name[1:],
            )

    def _paint_day(self, painter: QPainter, palette: QPalette, day: date, today: date) -> None:
        rect = self.day_rect(day)
        data = self._data
        in_month = data is not None and day.month == data.month
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        closed_reason = data.closed.get(day) if data is not None else None
        if closed_reason is not None:
            painter.fillRect(rect, shaded(palette))
        if day == self._selected:
            highlight = palette.color(QPalette.ColorRole.Highlight)
            painter.fillRect(rect, blend(base, highlight, 0.12))
        painter.setPen(QPen(grid_line(palette, True), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        number_color = text if in_month else blend(base, text, 0.4)
        bold = QFont(self.font())
        bold.setBold(day == today)
        painter.setFont(bold)
        number_rect = QRectF(rect.left() + 6, rect.top() + 4, 26, 22)
        if day == today:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawEllipse(number_rect.center(), 12, 11)
            number_color = palette.color(QPalette.ColorRole.HighlightedText)
        painter.setPen(number_color)
        painter.drawText(number_rect, Qt.AlignmentFlag.AlignCenter, str(day.day))
        painter.setFont(self.font())
        if closed_reason:
            self._paint_line(painter, rect, 1, closed_reason, blend(base, text, 0.55))
        elif closed_reason is not None:
            self._paint_line(painter, rect, 1, self.tr("Cerrado"), blend(base, text, 0.55))
        counts = self.counts_for(day)
        if counts.total:
            self._paint_counts(painter, palette, rect, counts, in_month)

    def _paint_line(self, painter: QPainter, rect: QRectF, line: int, text: str, color) -> None:  # type: ignore[no-untyped-def]
        metrics = QFontMetrics(painter.font())
        top = rect.top() + 28 + (line - 1) * (metrics.height() + 1)
        if top + metrics.height() > rect.bottom() - 8:
            return
        painter.setPen(color)
        painter.drawText(
            QPointF(rect.left() + 8, top + metrics.ascent()),
            metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width() - 14)),
        )

    def _paint_counts(
        self, painter: QPainter, palette: QPalette, rect: QRectF, counts: DayCounts, in_month: bool
    ) -> None:
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        color = text if in_month else blend(base, text, 0.45)
        label = (
            self.tr("1 visita")
            if counts.total == 1
            else self.tr("{count} visitas").format(count=counts.total)
        )
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        metrics = QFontMetrics(bold)
        painter.setPen(color)
        painter.drawText(
            QRectF(rect.left() + 34, rect.top() + 4, rect.width() - 40, metrics.height() + 4),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            label,
        )
        painter.setFont(self.font())
        if counts.pending:
            pending = (
                self.tr("1 pendiente")
                if counts.pending == 1
                else self.tr("{count} pendientes").format(count=counts.pending)
            )
            self._paint_line(painter, rect, 2, pending, PENDING_COLOR)
        self._paint_technician_bar(painter, palette, rect, counts)

    def _paint_technician_bar(
        self, painter: QPainter, palette: QPalette, rect: QRectF, counts: DayCounts
    ) -> None:
        if self._data is None:
            return
        bar = QRectF(rect.left() + 8, rect.bottom() - 11, rect.width() - 16, 6)
        x = bar.left()
        painter.setPen(Qt.PenStyle.NoPen)
        for tech in self._data.technicians:
            share = counts.by_technician.get(tech.id, 0) / counts.total
            if not share:
                continue
            width = bar.width() * share
            painter.fillRect(
                QRectF(x, bar.top(), width, bar.height()), technician_color(tech.color, palette)
            )
            x += width
