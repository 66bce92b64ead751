"""One picture of the time grid, without a widget: its geometry, its layout and its two layers.

What the grid draws depends only on its content (columns, visits, technicians) and on how the
widget looks (size, pixel ratio, palette, font, locale: a `GridLook`). A `GridFrame` holds both,
so a worker can lay out and draw a newly loaded week (`GridFrame.drawn`) while the GUI thread
only copies the result: layers are QImages, and QPainter on a QImage works off the GUI thread
(QPixmap and widgets do not).

The static layer (columns, hours, closures, header) is drawn once; the visits layer is redrawn
one column at a time when a visit in that column changes (`relayout`). A frame drawn for an
older look can stand in, stretched, while a worker draws the new one (`paint_stretched`).
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time, timedelta

from PySide6.QtCore import QLocale, QPointF, QRect, QRectF, Qt, QTime
from PySide6.QtGui import QBrush, QFont, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from vircom_desktop.desk.agenda import TechnicianInfo, Visit
from vircom_desktop.domain import clock
from vircom_desktop.domain.statuses import DONE, NO_SHOW
from vircom_desktop.ui.agenda.columns import Column, minutes_into
from vircom_desktop.ui.agenda.grid_header import paint_header
from vircom_desktop.ui.agenda.lanes import assign_lanes, clusters
from vircom_desktop.ui.agenda.painting import blend, grid_line, shaded, technician_color
from vircom_desktop.ui.agenda.visit_chips import TextStyle, VisitChips
from vircom_desktop.ui.formatting import TIME_PATTERN

HEADER_HEIGHT = 46
AXIS_WIDTH = 58


@dataclass(frozen=True)
class GridLook:
    """How the grid widget looks: a frame drawn for another look is drawn again."""

    width: int
    height: int
    ratio: float  # device pixel ratio of the screen
    palette: QPalette
    font: QFont
    locale: QLocale

    @classmethod
    def of(cls, widget: QWidget) -> GridLook:
        """How `widget` looks now."""
        return cls(
            widget.width(),
            widget.height(),
            widget.devicePixelRatioF(),
            widget.palette(),
            _unshared(widget.font()),
            widget.locale(),
        )

    def unshared(self) -> GridLook:
        """An equal look whose font shares nothing with this one's: for a worker to draw with."""
        return dataclasses.replace(self, font=_unshared(self.font))


def _unshared(font: QFont) -> QFont:
    """An equal font that shares no data with `font`, so another thread can draw with it.

    Copies of a QFont share its engine cache, which is not thread-safe: a worker drawing with a
    copy of the widget's font while the GUI thread draws with the font itself crashes.
    """
    copy = QFont(font)
    copy.setKerning(not font.kerning())  # a change detaches the copy's data from the font's
    copy.setKerning(font.kerning())
    copy.setResolveMask(font.resolveMask())
    return copy


class GridFrame:
    """The time grid's picture of one content in one look."""

    def __init__(
        self,
        look: GridLook,
        columns: Iterable[Column],
        visits: Iterable[Visit],
        technicians: Iterable[TechnicianInfo],
    ) -> None:
        self.look = look
        self.columns = list(columns)
        self.technicians = {t.id: t for t in technicians}
        self._column_of_key = {(c.day, c.technician_id): i for i, c in enumerate(self.columns)}
        self.visits = [v for v in visits if self.columns_of(v)]
        self._spans: dict[int, tuple[Visit, float, float]] = {}
        self.first_minute, self.last_minute = self._fitted_hours()
        self.rects: dict[int, QRectF] | None = None  # None: not laid out
        self.by_column: list[list[Visit]] = []  # shown visits of each column, in paint order
        self._background: QImage | None = None
        self._background_day: date | None = None
        self._visit_layer: QImage | None = None
        self._dirty: set[int] = set()  # columns whose visits the layer must draw again

    @classmethod
    def laid_out(
        cls,
        look: GridLook,
        columns: Iterable[Column],
        visits: Iterable[Visit],
        technicians: Iterable[TechnicianInfo],
    ) -> GridFrame:
        """A frame laid out, not drawn: a worker's for a range the grid shows already."""
        frame = cls(look, columns, visits, technicians)
        frame.layout(frame.visits)
        return frame

    @classmethod
    def drawn(
        cls,
        look: GridLook,
        columns: Iterable[Column],
        visits: Iterable[Visit],
        technicians: Iterable[TechnicianInfo],
    ) -> GridFrame:
        """A frame laid out with both layers drawn: a worker's for a new week or day."""
        frame = cls.laid_out(look, columns, visits, technicians)
        frame.background_layer(clock.today())
        frame.visits_layer(None)
        return frame

    def is_drawn(self) -> bool:
        return self._visit_layer is not None

    def has_picture(self) -> bool:
        """Both layers are drawn: the frame can stand in for a newer one (`paint_stretched`)."""
        return self._visit_layer is not None and self._background is not None

    def relooked(self, look: GridLook) -> GridFrame:
        """The same content for another look (nothing laid out or drawn yet).

        The visits, hours and spans do not depend on the look, so they are kept: a window
        resized by its edge makes one of these per step.
        """
        frame = copy.copy(self)
        frame.look = look
        frame._spans = dict(self._spans)
        frame.rects = None
        frame.by_column = []
        frame._background = frame._background_day = frame._visit_layer = None
        frame._dirty = set()
        return frame

    def content(self) -> tuple[tuple[Column, ...], tuple[Visit, ...], tuple[TechnicianInfo, ...]]:
        """Columns, visits and technicians, as another thread may read them."""
        return tuple(self.columns), tuple(self.visits), tuple(self.technicians.values())

    def key(self) -> tuple[object, ...]:
        """What places and colours every visit: the columns' keys, hours and technicians."""
        keys = tuple((c.day, c.technician_id) for c in self.columns)
        return keys, self.first_minute, self.last_minute, tuple(self.technicians.items())

    def keep_layers_of(self, old: GridFrame, shown: Iterable[Visit]) -> None:
        """Reuse what `old` drew that this content leaves unchanged (a refresh, same week).

        With the same look and frame, only the columns whose visits changed are drawn again;
        the static layer is kept when the columns themselves are unchanged too. `shown` lays
        this frame out unless a worker did.
        """
        if old.look != self.look or old.key() != self.key():
            return
        if old.columns == self.columns:
            self._background, self._background_day = old._background, old._background_day
        if old.rects is None or old._visit_layer is None:
            return
        if self.rects is None:
            self.layout(shown)
        self._visit_layer = old._visit_layer
        changed = {
            index
            for index, mine in enumerate(self.by_column)
            if index >= len(old.by_column) or mine != old.by_column[index]
        }
        self._dirty = changed | old._dirty  # what `old` had still to draw, too

    # -- geometry ------------------------------------------------------------------------------

    def columns_of(self, visit: Visit) -> list[int]:
        """The columns that show `visit`: its day's, or its technician's on that day."""
        found = (
            self._column_of_key.get((visit.day, None)),
            self._column_of_key.get((visit.day, visit.technician_id)),
        )
        return [index for index in found if index is not None]

    def minutes_per_pixel(self) -> float:
        body = max(1, self.look.height - HEADER_HEIGHT - 6)
        return (self.last_minute - self.first_minute) / body

    def y(self, minutes: float) -> float:
        return HEADER_HEIGHT + (minutes - self.first_minute) / self.minutes_per_pixel()

    def minutes_at(self, y: float) -> float:
        return self.first_minute + (y - HEADER_HEIGHT) * self.minutes_per_pixel()

    def column_width(self) -> float:
        return (self.look.width - AXIS_WIDTH) / max(1, len(self.columns))

    def column_x(self, index: int) -> float:
        return AXIS_WIDTH + index * self.column_width()

    def column_at(self, x: float) -> int:
        if not self.columns:
            return -1
        index = int((x - AXIS_WIDTH) // self.column_width())
        return min(max(index, 0), len(self.columns) - 1)

    def column_rect(self, index: int) -> QRectF:
        return QRectF(self.column_x(index), 0, self.column_width(), self.look.height)

    # -- layout ---------------------------------------------------------------------------------

    def layout(self, shown: Iterable[Visit]) -> dict[int, QRectF]:
        """Lay out `shown` (the visits, with moves waiting for the engine) in every column."""
        self.by_column = [[] for _ in self.columns]
        for visit in sorted(shown, key=lambda v: (v.starts_at, v.id)):
            for index in self.columns_of(visit):
                self.by_column[index].append(visit)
        rects: dict[int, QRectF] = {}
        for index in range(len(self.columns)):
            rects.update(self._layout_column(index))
        self.rects = rects
        self._dirty = set(range(len(self.columns)))
        return rects

    def relayout(self, columns: set[int], shown: list[Visit]) -> None:
        """Lay out `columns` again with `shown`, and have the visits layer draw them again."""
        assert self.rects is not None
        for index in columns:  # a visit moving between two of them is in both lists now
            for visit in self.by_column[index]:
                self.rects.pop(visit.id, None)
        for index in columns:
            self.by_column[index] = [v for v in shown if index in self.columns_of(v)]
            self.rects.update(self._layout_column(index))
            self._dirty.add(index)

    def _layout_column(self, index: int) -> dict[int, QRectF]:
        """Overlapping visits of a column share it in lanes."""
        mine = sorted(self.by_column[index], key=lambda v: (v.starts_at, v.id))
        self.by_column[index] = mine
        rects: dict[int, QRectF] = {}
        width, left = self.column_width(), self.column_x(index) + 4
        per_pixel, first = self.minutes_per_pixel(), self.first_minute
        for cluster in clusters(mine):
            lanes = assign_lanes(cluster)
            count = max(lanes.values()) + 1
            lane_width = (width - 8) / count
            for visit in cluster:  # shown in this column: on its day
                starts, ends = self._span(visit)
                top = (starts - first) / per_pixel
                bottom = (ends - first) / per_pixel
                rects[visit.id] = QRectF(
                    left + lanes[visit.id] * lane_width,
                    HEADER_HEIGHT + top + 1,
                    lane_width - 2,
                    max(bottom - top - 2, 14),
                )
        return rects

    def _span(self, visit: Visit) -> tuple[float, float]:
        """Minutes from the midnight of the visit's day to its start and end (computed once)."""
        known = self._spans.get(visit.id)
        if known is not None and known[0] is visit:
            return known[1], known[2]
        starts = minutes_into(visit.starts_at, visit.day)
        ends = minutes_into(visit.ends_at, visit.day)
        self._spans[visit.id] = (visit, starts, ends)
        return starts, ends

    def _fitted_hours(self) -> tuple[int, int]:
        """The first and last minute shown: working hours and visits, with an hour around."""
        starts, ends = [], []
        for column in self.columns:
            for start, end in column.windows:
                starts.append(minutes_into(start, column.day))
                ends.append(minutes_into(end, column.day))
        for visit in self.visits:
            visit_starts, visit_ends = self._span(visit)
            starts.append(visit_starts)
            ends.append(visit_ends)
        if not starts:
            return 8 * 60, 19 * 60
        first = max(0, int(min(starts) // 60) * 60 - 60)
        last = min(24 * 60, (int(max(ends) + 59) // 60) * 60 + 60)
        return first, last

    # -- layers ---------------------------------------------------------------------------------

    def in_pixels(self, rect: QRect) -> QRectF:
        """`rect` of the widget in the layers' device pixels."""
        ratio = self.look.ratio
        return QRectF(
            rect.x() * ratio, rect.y() * ratio, rect.width() * ratio, rect.height() * ratio
        )

    def _new_layer(self) -> QImage:
        ratio = self.look.ratio
        layer = QImage(
            max(1, round(self.look.width * ratio)),
            max(1, round(self.look.height * ratio)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        layer.setDevicePixelRatio(ratio)
        layer.fill(Qt.GlobalColor.transparent)
        return layer

    def background_layer(self, today: date) -> QImage:
        """What does not change while visits move: columns, hours, closures, header."""
        if self._background is not None and self._background_day == today:
            return self._background
        layer = self._new_layer()
        painter = QPainter(layer)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.look.palette
        painter.fillRect(
            QRect(0, 0, self.look.width, self.look.height), palette.color(QPalette.ColorRole.Window)
        )
        self._paint_columns(painter, palette)
        self._paint_hours(painter, palette)
        self._paint_unavailable(painter, palette)
        paint_header(
            painter,
            palette,
            self.look.font,
            self.columns,
            self.technicians,
            size=(self.look.width, HEADER_HEIGHT),
            column_x=self.column_x,
            column_width=self.column_width(),
        )
        painter.end()
        self._background, self._background_day = layer, today
        return layer

    def visits_layer(self, faded: int | None) -> QImage:
        """The visits, with the columns where one changed drawn again (and only those).

        `faded` is the visit being dragged, drawn faded where it was. The frame must be laid out.
        """
        if self._visit_layer is None:
            self._visit_layer = self._new_layer()
            self._dirty = set(range(len(self.columns)))
        if not self._dirty:
            return self._visit_layer
        painter = QPainter(self._visit_layer)
        palette = self.look.palette
        style = TextStyle.of(self.look.font, palette)
        for index in sorted(self._dirty):
            if index >= len(self.by_column):
                continue
            area = self.column_rect(index).adjusted(0, HEADER_HEIGHT, 0, 0)
            painter.setClipRect(area)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
            painter.fillRect(area, Qt.GlobalColor.transparent)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
            self._paint_visits(painter, palette, style, self.by_column[index], faded)
        painter.end()
        self._dirty.clear()
        return self._visit_layer

    def paint_stretched(self, painter: QPainter, exposed: QRect, width: int, height: int) -> None:
        """Paint the `exposed` part of this frame's picture stretched over `width` x `height`.

        The picture of an older look standing in while a worker draws the new one: cheap (two
        image copies, no text), and plainly the old picture, not a new layout.
        """
        assert self._background is not None and self._visit_layer is not None
        ratio = self.look.ratio
        x_scale = self.look.width * ratio / max(1, width)
        y_scale = self.look.height * ratio / max(1, height)
        source = QRectF(
            exposed.x() * x_scale,
            exposed.y() * y_scale,
            exposed.width() * x_scale,
            exposed.height() * y_scale,
        )
        painter.drawImage(QRectF(exposed), self._background, source)
        painter.drawImage(QRectF(exposed), self._visit_layer, source)

    def dirty_columns(self) -> set[int]:
        """The columns the visits layer will draw again at the next paint."""
        return set(self._dirty)

    def _paint_columns(self, painter: QPainter, palette: QPalette) -> None:
        top, bottom = self.y(self.first_minute), self.y(self.last_minute)
        width = self.column_width()
        closed_brush = shaded(palette)
        open_color = palette.color(QPalette.ColorRole.Base)
        for index, column in enumerate(self.columns):
            x = self.column_x(index)
            painter.fillRect(QRectF(x, top, width, bottom - top), closed_brush)
            for start, end in column.windows:
                y1 = self.y(minutes_into(start, column.day))
                y2 = self.y(minutes_into(end, column.day))
                painter.fillRect(QRectF(x, y1, width, y2 - y1), open_color)
        painter.setPen(QPen(grid_line(palette, True), 1))
        for index in range(1, len(self.columns)):
            x = self.column_x(index)
            painter.drawLine(QPointF(x, HEADER_HEIGHT), QPointF(x, bottom))

    def _paint_unavailable(self, painter: QPainter, palette: QPalette) -> None:
        """Why nobody works in a column (closed, on leave), over its middle."""
        top, bottom = self.y(self.first_minute), self.y(self.last_minute)
        width = self.column_width()
        base = palette.color(QPalette.ColorRole.Base)
        muted = blend(base, palette.color(QPalette.ColorRole.Text), 0.6)
        for index, column in enumerate(self.columns):
            if column.unavailable is None or column.windows:
                continue
            label = QRectF(self.column_x(index) + 8, (top + bottom) / 2 - 24, width - 16, 48)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(base)
            painter.drawRoundedRect(label, 6, 6)
            painter.setPen(muted)
            painter.drawText(
                label.adjusted(6, 0, -6, 0),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                column.unavailable,
            )

    def _paint_hours(self, painter: QPainter, palette: QPalette) -> None:
        locale = self.look.locale
        strong, weak = grid_line(palette, True), grid_line(palette, False)
        text = blend(
            palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Text), 0.65
        )
        small = QFont(self.look.font)
        small.setPointSizeF(small.pointSizeF() * 0.85)
        painter.setFont(small)
        for minutes in range(self.first_minute, self.last_minute + 1, 30):
            y = self.y(minutes)
            on_hour = minutes % 60 == 0
            painter.setPen(QPen(strong if on_hour else weak, 1))
            painter.drawLine(QPointF(AXIS_WIDTH, y), QPointF(self.look.width, y))
            if on_hour and y - 8 > HEADER_HEIGHT:
                painter.setPen(text)
                label = locale.toString(QTime(minutes // 60 % 24, 0), TIME_PATTERN)
                painter.drawText(
                    QRectF(0, y - 8, AXIS_WIDTH - 8, 16),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    label,
                )
        painter.setFont(self.look.font)

    def _paint_visits(
        self,
        painter: QPainter,
        palette: QPalette,
        style: TextStyle,
        visits: list[Visit],
        faded: int | None,
    ) -> None:
        rects = self.rects or {}
        chips = VisitChips.of_this_thread()
        buffers: dict[str, QBrush] = {}  # by technician colour
        per_pixel = self.minutes_per_pixel()
        for visit in visits:
            rect = rects.get(visit.id)
            if rect is None:
                continue
            painter.setOpacity(0.35 if visit.id == faded or not _shows_active(visit) else 1.0)
            if visit.buffer_minutes and visit.holding:
                brush = buffers.get(self.color_of(visit))
                if brush is None:
                    brush = buffers[self.color_of(visit)] = self._buffer_brush(visit, palette)
                height = visit.buffer_minutes / per_pixel
                painter.fillRect(
                    QRectF(rect.left() + 6, rect.bottom() + 1, rect.width() - 12, height - 2), brush
                )
            chips.paint(painter, palette, style, visit, self.color_of(visit), rect, self.look.ratio)
        painter.setOpacity(1.0)

    def _buffer_brush(self, visit: Visit, palette: QPalette) -> QBrush:
        """The travel time after a visit: its technician's colour, faint and dotted."""
        color = technician_color(self.color_of(visit), palette)
        color.setAlpha(60)
        return QBrush(color, Qt.BrushStyle.Dense6Pattern)

    def color_of(self, visit: Visit) -> str:
        tech = self.technicians.get(visit.technician_id)
        return tech.color if tech else ""


_warmed_up = False


def warm_up(look: GridLook) -> None:
    """Draw a small sample frame once per process, on the GUI thread, before any worker draws.

    PySide creates some of its Python enum types the first time they are used, and two threads
    creating the same one at once crash the process (seen: the GUI thread and a worker drawing
    their first frames together). After one frame with every kind of column and visit, a
    worker finds them all created.
    """
    global _warmed_up
    if _warmed_up:
        return
    _warmed_up = True
    today = clock.today()
    opening = clock.local_datetime(today, time(9))
    windows = ((opening, opening + timedelta(hours=8)),)
    sample = GridLook(480, 320, look.ratio, look.palette, look.font, look.locale)
    columns = [
        Column(today, 1, "A", "1", windows),
        Column(today, 2, "B", "", (), "-"),
    ]
    visits = [
        Visit(n, 1, 1, "C", "", 1, "S", start, start + timedelta(hours=1), 15, status, "", "", "")
        for n, (status, start) in enumerate(
            (
                ("proposed", opening),
                ("confirmed", opening + timedelta(hours=2)),
                ("done", opening + timedelta(hours=4)),
                ("no_show", opening + timedelta(hours=6)),
            ),
            start=1,
        )
    ]
    visits.append(dataclasses.replace(visits[1], id=5, attendance_confirmed=True))
    frame = GridFrame.drawn(sample, columns, visits, [TechnicianInfo(1, "A", "#2563eb")])
    frame.visits_layer(faded=1)


def _shows_active(visit: Visit) -> bool:
    return visit.holding or visit.status in (DONE, NO_SHOW)
