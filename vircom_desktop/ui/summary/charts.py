"""Small bar charts painted with QPainter (no QtCharts: PySide6-Addons would add ~200 MB).

Text, grid and background come from the widget's palette, so the charts follow the light and
dark themes; the series colours are data encodings chosen to read on both.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

DONE_COLOR = "#16a34a"
CANCELLED_COLOR = "#f59e0b"
NO_SHOW_COLOR = "#dc2626"
BOT_COLOR = "#3b82f6"
PERSON_COLOR = "#a855f7"
REVENUE_COLOR = "#0ea5e9"
GRID_STEPS = 4


def _nice_peak(value: float) -> float:
    """The axis top: a round number at or above `value` that divides into whole grid steps."""
    magnitude = 10 ** max(len(str(int(value))) - 1, 0)
    for factor in (1, 2, 3, 4, 5, 6, 8, 10):
        top = factor * magnitude
        if top >= value and (top / GRID_STEPS).is_integer():
            return float(top)
    return float(-(-value // GRID_STEPS) * GRID_STEPS)


def _count_text(value: float) -> str:
    return f"{value:g}"


@dataclass(frozen=True)
class Series:
    name: str
    color: str
    values: tuple[float, ...]


class BarChart(QWidget):
    """Vertical stacked bars per category, each beside an outlined bar for a comparison total.

    `comparison` (e.g. last week's totals) is drawn as a hollow bar left of each stack.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.categories: tuple[str, ...] = ()
        self.series: tuple[Series, ...] = ()
        self.comparison: tuple[float, ...] = ()
        self.comparison_name = ""
        self.value_text: Callable[[float], str] = _count_text
        self.setMinimumSize(QSize(320, 190))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(
        self,
        categories: tuple[str, ...],
        series: tuple[Series, ...],
        comparison: tuple[float, ...] = (),
        comparison_name: str = "",
    ) -> None:
        self.categories = categories
        self.series = series
        self.comparison = comparison
        self.comparison_name = comparison_name
        self.setAccessibleDescription(
            "; ".join(
                f"{s.name}: "
                + ", ".join(f"{c} {v:g}" for c, v in zip(categories, s.values, strict=True))
                for s in series
            )
        )
        self.update()

    def totals(self) -> list[float]:
        return [sum(s.values[i] for s in self.series) for i in range(len(self.categories))]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = palette.color(QPalette.ColorRole.Mid)
        metrics = painter.fontMetrics()
        legend = self._legend_layout(metrics.horizontalAdvance, self.width())
        rows = 1 + max((row for row, *_ in legend), default=0)
        legend_height = rows * (metrics.height() + 4) + 4
        label_height = 2 * metrics.height() + 4  # a narrow day wraps: "lun" over "9"
        peak = _nice_peak(max([*self.totals(), *self.comparison, 1.0]))
        axis_width = 8 + max(
            metrics.horizontalAdvance(self.value_text(peak * step / GRID_STEPS))
            for step in range(GRID_STEPS + 1)
        )
        area = QRectF(self.rect()).adjusted(axis_width, legend_height + 4, -8, -label_height)
        self._paint_grid(painter, area, peak, grid, text)
        count = max(len(self.categories), 1)
        slot = area.width() / count
        bar = min(slot * 0.32, 28.0)
        bars = 2 if self.comparison else 1
        for index, category in enumerate(self.categories):
            left = area.left() + slot * index + (slot - bar * bars - 4 * (bars - 1)) / 2
            if self.comparison:
                height = area.height() * self.comparison[index] / peak
                painter.setPen(QPen(grid, 1.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(left, area.bottom() - height, bar, height))
                left += bar + 4
            base = area.bottom()
            painter.setPen(Qt.PenStyle.NoPen)
            for series in self.series:
                height = area.height() * series.values[index] / peak
                painter.setBrush(QColor(series.color))
                painter.drawRect(QRectF(left, base - height, bar, height))
                base -= height
            painter.setPen(text)
            painter.drawText(
                QRectF(area.left() + slot * index, area.bottom() + 2, slot, label_height),
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap,
                category,
            )
        self._paint_legend(painter, legend, text, grid, metrics.height() + 4)
        painter.end()

    def _paint_grid(
        self, painter: QPainter, area: QRectF, peak: float, grid: QColor, text: QColor
    ) -> None:
        steps = GRID_STEPS
        for step in range(steps + 1):
            y = area.bottom() - area.height() * step / steps
            painter.setPen(QPen(grid, 0.6, Qt.PenStyle.DotLine))
            painter.drawLine(int(area.left()), int(y), int(area.right()), int(y))
            painter.setPen(text)
            value = peak * step / steps
            painter.drawText(
                QRectF(0, y - 8, area.left() - 4, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self.value_text(value),
            )

    def _legend_layout(
        self, advance: Callable[[str], int], width: int
    ) -> list[tuple[int, float, str, QColor | None]]:
        """(row, x, name, colour or None for the comparison) of each entry, wrapped to `width`."""
        entries: list[tuple[str, QColor | None]] = [(s.name, QColor(s.color)) for s in self.series]
        if self.comparison:
            entries.append((self.comparison_name, None))
        placed = []
        row, x = 0, 8.0
        for name, color in entries:
            needed = 15 + advance(name) + 16
            if x > 8.0 and x + needed > width:
                row, x = row + 1, 8.0
            placed.append((row, x, name, color))
            x += needed
        return placed

    def _paint_legend(
        self,
        painter: QPainter,
        legend: list[tuple[int, float, str, QColor | None]],
        text: QColor,
        grid: QColor,
        line: int,
    ) -> None:
        for row, x, name, color in legend:
            top = row * line
            if color is None:
                painter.setPen(QPen(grid, 1.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(color)
            painter.drawRect(QRectF(x, top + (line - 11) / 2, 11, 11))
            painter.setPen(text)
            painter.drawText(QRectF(x + 15, top, 400, line), Qt.AlignmentFlag.AlignVCenter, name)


class ShareBar(QWidget):
    """One horizontal bar split between two shares (e.g. VircomBot alone vs a person)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parts: tuple[tuple[str, int, str], ...] = ()
        self.setMinimumHeight(46)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_parts(self, parts: tuple[tuple[str, int, str], ...]) -> None:
        """(label, count, colour) for each share."""
        self.parts = parts
        self.setAccessibleDescription(", ".join(f"{label}: {count}" for label, count, _ in parts))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        total = sum(count for _, count, _ in self.parts)
        bar = QRectF(self.rect()).adjusted(0, 2, 0, -22)
        if total == 0:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(bar, 4, 4)
        x = bar.left()
        for _label, count, color in self.parts:
            if not total or not count:
                continue
            width = bar.width() * count / total
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(color))
            painter.drawRect(QRectF(x, bar.top(), width, bar.height()))
            x += width
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        x = 0.0
        metrics = painter.fontMetrics()
        for label, count, color in self.parts:
            share = f"{label}: {count}" + (f" ({round(100 * count / total)} %)" if total else "")
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(color))
            painter.drawRect(QRectF(x, bar.bottom() + 7, 10, 10))
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(
                QRectF(x + 14, bar.bottom() + 3, 400, 18), Qt.AlignmentFlag.AlignVCenter, share
            )
            x += 14 + metrics.horizontalAdvance(share) + 18
        painter.end()
