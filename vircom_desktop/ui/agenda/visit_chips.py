"""How one visit looks on the time grid: its box ("chip") and the text over it.

A busy week paints hundreds of visits, so a chip (fill, hatch for proposals, border, colour bar)
is drawn once per colour, kind, size, palette and pixel ratio and then copied, in every grid;
fonts and metrics are built once per pass (`TextStyle`), not per visit. Chips are QImages, and
each thread keeps its own cache, so workers can draw a week too. A chip one thread drew is
offered to the others (`_DRAWN_ANYWHERE`): after a worker drew a resized week, the GUI thread
redrawing one column for a drag or a refresh copies the worker's chips instead of drawing them.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QImage, QPainter, QPalette, QPen

from vircom_desktop.desk.agenda import Visit
from vircom_desktop.domain.statuses import DONE, NO_SHOW, PROPOSED
from vircom_desktop.ui.agenda.painting import (
    ATTENDING_COLOR,
    PENDING_COLOR,
    blend,
    draw_pill,
    palette_is_dark,
    technician_color,
)
from vircom_desktop.ui.formatting import time_text
from vircom_desktop.ui.texts import status_text

MIN_TEXT_WIDTH = 24  # narrower chips show no text (it would elide to "…")
MAX_CHIPS = 4000  # cached chip images per thread; cleared when theme or zoom changes make more

_per_thread = threading.local()
# Every thread's chips, for the others: each takes its own QImage handle on the same pixels
# (QImage is implicitly shared and its copies may be used across threads; none is painted on
# once cached). Plain dict reads and writes are atomic in CPython.
_DRAWN_ANYWHERE: dict[tuple[object, ...], QImage] = {}


@dataclass(frozen=True)
class TextStyle:
    """Fonts and their metrics for a pass of visit texts (building them per visit is slow)."""

    bold: QFont
    small: QFont
    bold_metrics: QFontMetrics
    small_metrics: QFontMetrics
    color: QColor

    @classmethod
    def of(cls, font: QFont, palette: QPalette) -> TextStyle:
        bold = QFont(font)
        bold.setBold(True)
        small = QFont(font)
        small.setPointSizeF(small.pointSizeF() * 0.88)
        return cls(
            bold,
            small,
            QFontMetrics(bold),
            QFontMetrics(small),
            palette.color(QPalette.ColorRole.Text),
        )


class VisitChips:
    """The cache of visit boxes, and the painting of a visit (box and text) at a rect."""

    def __init__(self) -> None:
        self._cache: dict[tuple[object, ...], QImage] = {}
        self._palette_keys: dict[int, tuple[int, ...]] = {}  # by QPalette.cacheKey()

    @classmethod
    def of_this_thread(cls) -> VisitChips:
        """The calling thread's cache (an image is drawn and copied on one thread only)."""
        chips: VisitChips | None = getattr(_per_thread, "chips", None)
        if chips is None:
            chips = _per_thread.chips = cls()
        return chips

    def paint(
        self,
        painter: QPainter,
        palette: QPalette,
        style: TextStyle,
        visit: Visit,
        color: str,
        rect: QRectF,
        ratio: float,
    ) -> None:
        """Draw `visit` (its technician's `color`) into `rect`."""
        painter.drawImage(rect.topLeft(), self._chip(palette, visit, color, rect.size(), ratio))
        if rect.width() - 12 >= MIN_TEXT_WIDTH:
            _paint_text(painter, style, visit, rect)

    def _chip(
        self, palette: QPalette, visit: Visit, color: str, size: QSizeF, ratio: float
    ) -> QImage:
        """A visit's box (fill, hatch, border, colour bar), drawn once per size and kind."""
        width, height = round(size.width()), round(size.height())
        kind = "muted" if visit.status in (DONE, NO_SHOW) else visit.status == PROPOSED
        key = (color, kind, width, height, ratio, self._palette_key(palette))
        chip = self._cache.get(key)
        if chip is not None:
            return chip
        if len(self._cache) >= MAX_CHIPS:
            self._cache.clear()
        drawn = _DRAWN_ANYWHERE.get(key)
        if drawn is not None:
            chip = self._cache[key] = QImage(drawn)
            return chip
        chip = QImage(
            max(1, round(width * ratio)),
            max(1, round(height * ratio)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        chip.setDevicePixelRatio(ratio)
        chip.fill(Qt.GlobalColor.transparent)
        painter = QPainter(chip)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _paint_box(painter, palette, visit, color, QRectF(0, 0, width, height))
        painter.end()
        self._cache[key] = chip
        if len(_DRAWN_ANYWHERE) >= MAX_CHIPS:
            _DRAWN_ANYWHERE.clear()
        _DRAWN_ANYWHERE[key] = QImage(chip)
        return chip

    def _palette_key(self, palette: QPalette) -> tuple[int, ...]:
        """The colours a box is drawn with (see `_paint_box`), looked up once per palette."""
        key = self._palette_keys.get(palette.cacheKey())
        if key is None:
            if len(self._palette_keys) >= MAX_CHIPS:
                self._palette_keys.clear()
            key = tuple(palette.color(role).rgba() for role in _BOX_ROLES)
            self._palette_keys[palette.cacheKey()] = key
        return key


_BOX_ROLES = (
    QPalette.ColorRole.Base,
    QPalette.ColorRole.Text,
    QPalette.ColorRole.Window,
    QPalette.ColorRole.Highlight,
)


def _paint_box(
    painter: QPainter, palette: QPalette, visit: Visit, color_name: str, rect: QRectF
) -> None:
    color = technician_color(color_name, palette)
    base = palette.color(QPalette.ColorRole.Base)
    dark = palette_is_dark(palette)
    fill = blend(base, color, 0.32 if dark else 0.16)
    if visit.status in (DONE, NO_SHOW):
        fill = blend(base, palette.color(QPalette.ColorRole.Text), 0.08)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, 4, 4)
    if visit.status == PROPOSED:
        hatch = QColor(color)
        hatch.setAlpha(70)
        painter.setBrush(QBrush(hatch, Qt.BrushStyle.BDiagPattern))
        painter.drawRoundedRect(rect, 4, 4)
        pen = QPen(PENDING_COLOR, 1.6, Qt.PenStyle.DashLine)
    else:
        pen = QPen(color.darker(115) if not dark else color, 1)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(pen)
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
    painter.fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()), color)


def _paint_text(painter: QPainter, style: TextStyle, visit: Visit, rect: QRectF) -> None:
    inner = rect.adjusted(8, 2, -4, -2)
    painter.setFont(style.small)
    pill_width = 0.0
    if visit.status != "confirmed":
        tag_color = PENDING_COLOR if visit.status == PROPOSED else QColor("#64748b")
        if inner.width() > 110:
            pill_width = draw_pill(
                painter, inner.right(), inner.top() + 1, status_text(visit.status), tag_color
            )
    elif visit.attendance_confirmed:
        pill_width = draw_pill(painter, inner.right(), inner.top() + 1, "✓", ATTENDING_COLOR)
    span = f"{time_text(visit.starts_at)}–{time_text(visit.ends_at)}"
    lines = [
        (style.bold, style.bold_metrics, f"{span}  {visit.customer_name}", pill_width),
        (style.small, style.small_metrics, visit.service_name, 0.0),
        (style.small, style.small_metrics, visit.address, 0.0),
    ]
    y = inner.top()
    painter.setPen(style.color)
    for font, metrics, text, reserved in lines:
        if y + metrics.height() > inner.bottom() + 2:
            break
        painter.setFont(font)
        elided = metrics.elidedText(
            text, Qt.TextElideMode.ElideRight, int(inner.width() - reserved - 4)
        )
        painter.drawText(QPointF(inner.left(), y + metrics.ascent()), elided)
        y += metrics.height()
