"""A painted time grid: columns (technicians of a day, or days of a week) over a time axis.

Working time is white, closed time shaded, so breaks and closures show at a glance. Visits
are coloured by technician; proposals are hatched with a dashed amber border and a "Pendiente"
label. Drag a visit to move it (to another time, technician or day), drag its bottom edge to
make it longer or shorter, drag on empty time to create one, double-click to edit. The grid only
*asks* for a move or a resize: the page runs the booking engine and either settles the change or
reverts it, which snaps the visit back.

Painting a busy week (hundreds of visits) must fit in a frame, and a drag must not repaint it all:
the static grid (columns, hours, closures, header) is one cached layer, the visits another that
is redrawn one column at a time when a visit in that column changes, each visit's chip (fill,
hatch, border) is drawn once per size and kind, and every paint copies only the exposed rect.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import (
    QEvent,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from vircom_desktop.desk.agenda import TechnicianInfo, Visit
from vircom_desktop.domain import clock
from vircom_desktop.domain.booking import MAX_DURATION
from vircom_desktop.domain.statuses import DONE, NO_SHOW
from vircom_desktop.ui.agenda.columns import Column, minutes_into
from vircom_desktop.ui.agenda.grid_header import paint_header
from vircom_desktop.ui.agenda.lanes import assign_lanes, clusters
from vircom_desktop.ui.agenda.painting import (
    NOW_COLOR,
    blend,
    grid_line,
    shaded,
    technician_color,
)
from vircom_desktop.ui.agenda.visit_chips import TextStyle, VisitChips
from vircom_desktop.ui.formatting import TIME_PATTERN, time_text
from vircom_desktop.ui.texts import status_text

SNAP_MINUTES = 15
RESIZE_MARGIN = 5  # pixels above a visit's bottom edge that grab it for a resize


@dataclass
class _Drag:
    visit: Visit
    grab_minutes: float
    origin: QPoint
    active: bool = False
    column: int = -1
    start_minutes: int = 0


@dataclass
class _Resize:
    visit: Visit
    origin: QPoint
    active: bool = False


@dataclass
class _Create:
    column: int
    anchor_minutes: int
    current_minutes: int
    origin: QPoint


class TimeGrid(QWidget):
    """The painted day/week grid."""

    visit_move_requested = Signal(int, object, object)  # visit id, new start, technician id | None
    visit_resize_requested = Signal(int, object, object)  # visit id, start, new duration
    create_requested = Signal(object, object)  # technician id | None, start
    edit_requested = Signal(int)  # visit id
    day_activated = Signal(object)  # date whose header was clicked

    HEADER_HEIGHT = 46
    AXIS_WIDTH = 58

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns: list[Column] = []
        self._visits: list[Visit] = []
        self._technicians: dict[int, TechnicianInfo] = {}
        self._first_minute = 8 * 60
        self._last_minute = 19 * 60
        self._pending: dict[int, Visit] = {}
        self._settled: set[int] = set()
        self._rects: dict[int, QRectF] | None = None
        self._by_column: list[list[Visit]] = []  # shown visits of each column, in paint order
        self._column_of_key: dict[tuple[date, int | None], int] = {}
        self._background: QPixmap | None = None  # columns, hours, closures, header
        self._background_day: date | None = None
        self._visit_layer: QPixmap | None = None  # the visits, over a transparent background
        self._dirty_columns: set[int] = set()  # columns whose visits the layer must redraw
        self._chips = VisitChips()
        self._drag: _Drag | None = None
        self._resize: _Resize | None = None
        self._create: _Create | None = None
        self._now_timer = QTimer(self)
        self._init_widget()
        self._connect_signals()

    def _init_widget(self) -> None:
        self.setMouseTracking(True)
        self.setMinimumSize(420, 360)
        self.setAutoFillBackground(False)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._now_timer.setInterval(60_000)
        self._now_timer.start()

    def _connect_signals(self) -> None:
        self._now_timer.timeout.connect(self._minute_passed)

    def _minute_passed(self) -> None:
        if self._background_day != clock.today():
            self._background = None  # the header marks another day as today
        self.update()

    # -- content -------------------------------------------------------------------------------

    def set_content(
        self,
        columns: list[Column],
        visits: tuple[Visit, ...] | list[Visit],
        technicians: tuple[TechnicianInfo, ...],
    ) -> None:
        """Show `visits` in `columns`; moves already settled by the engine are dropped.

        A refresh that keeps the frame (same columns, hours and colours) redraws only the
        columns whose visits changed, so a booking arriving mid-drag costs one column.
        """
        before = (self._frame(), list(self._columns), self._by_column if self._rects else None)
        self._columns = list(columns)
        self._technicians = {t.id: t for t in technicians}
        self._column_of_key = {(c.day, c.technician_id): i for i, c in enumerate(self._columns)}
        self._visits = [v for v in visits if self._columns_of(v)]
        for visit_id in self._settled:
            self._pending.pop(visit_id, None)
        self._settled.clear()
        self._fit_hours()
        frame, old_columns, old_visits = before
        if old_columns != self._columns:
            self._background = None  # titles and counts live in the header
        self._invalidate()
        if frame != self._frame() or old_visits is None or self._visit_layer is None:
            return
        self._layout()
        self._dirty_columns = {
            index
            for index, shown in enumerate(self._by_column)
            if index >= len(old_visits) or shown != old_visits[index]
        }

    def _frame(self) -> tuple[object, ...]:
        """What places and colours every visit: the columns' keys, hours and technicians."""
        keys = tuple((c.day, c.technician_id) for c in self._columns)
        return keys, self._first_minute, self._last_minute, tuple(self._technicians.items())

    def _fit_hours(self) -> None:
        starts, ends = [], []
        for column in self._columns:
            for start, end in column.windows:
                starts.append(minutes_into(start, column.day))
                ends.append(minutes_into(end, column.day))
        for visit in self._visits:
            starts.append(minutes_into(visit.starts_at, visit.day))
            ends.append(minutes_into(visit.ends_at, visit.day))
        if not starts:
            self._first_minute, self._last_minute = 8 * 60, 19 * 60
            return
        self._first_minute = max(0, int(min(starts) // 60) * 60 - 60)
        self._last_minute = min(24 * 60, (int(max(ends) + 59) // 60) * 60 + 60)

    @property
    def columns(self) -> list[Column]:
        return list(self._columns)

    def visit_ids(self) -> list[int]:
        return [visit.id for visit in self._shown_visits()]

    def revert_move(self, visit_id: int) -> None:
        """The engine refused the move: the visit snaps back to where it was."""
        moved = self._pending.pop(visit_id, None)
        self._settled.discard(visit_id)
        original = next((v for v in self._visits if v.id == visit_id), None)
        self._relayout(moved, original)

    def settle_move(self, visit_id: int) -> None:
        """The engine accepted the move: keep showing it there until fresh data arrives."""
        if visit_id in self._pending:
            self._settled.add(visit_id)

    # -- geometry -----------------------------------------------------------------------------

    def _minutes_per_pixel(self) -> float:
        body = max(1, self.height() - self.HEADER_HEIGHT - 6)
        return (self._last_minute - self._first_minute) / body

    def _y(self, minutes: float) -> float:
        return self.HEADER_HEIGHT + (minutes - self._first_minute) / self._minutes_per_pixel()

    def _minutes_at(self, y: float) -> float:
        return self._first_minute + (y - self.HEADER_HEIGHT) * self._minutes_per_pixel()

    def _column_width(self) -> float:
        return (self.width() - self.AXIS_WIDTH) / max(1, len(self._columns))

    def _column_x(self, index: int) -> float:
        return self.AXIS_WIDTH + index * self._column_width()

    def _column_at(self, x: float) -> int:
        if not self._columns:
            return -1
        index = int((x - self.AXIS_WIDTH) // self._column_width())
        return min(max(index, 0), len(self._columns) - 1)

    def _snap(self, minutes: float) -> int:
        snapped = round(minutes / SNAP_MINUTES) * SNAP_MINUTES
        return int(min(max(snapped, self._first_minute), self._last_minute - SNAP_MINUTES))

    def point_at(self, column: int, moment: datetime) -> QPoint:
        """The point in `column` at local time `moment` (for tests and drops)."""
        x = self._column_x(column) + self._column_width() / 2
        return QPoint(int(x), round(self._y(minutes_into(moment, self._columns[column].day))))

    def visit_rect(self, visit_id: int) -> QRectF | None:
        """Where a visit is drawn now (its new place while a move waits for the engine)."""
        return self._layout().get(visit_id)

    def _shown_visits(self) -> list[Visit]:
        shown = [self._pending.get(v.id, v) for v in self._visits]
        return [v for v in shown if self._columns_of(v)]

    def _columns_of(self, visit: Visit) -> list[int]:
        """The columns that show `visit`: its day's, or its technician's on that day."""
        found = (
            self._column_of_key.get((visit.day, None)),
            self._column_of_key.get((visit.day, visit.technician_id)),
        )
        return [index for index in found if index is not None]

    def _invalidate(self) -> None:
        """Everything moved (new content, new size): lay out and draw all visits again."""
        self._rects = None
        self.update()

    def _relayout(self, *visits: Visit | None) -> None:
        """Lay out again only the columns of `visits` (before and after a change); repaint them."""
        if self._rects is None:
            self.update()
            return
        columns = {
            index for visit in visits if visit is not None for index in self._columns_of(visit)
        }
        shown = self._shown_visits()
        for index in columns:  # a visit moving between two of them is in both lists now
            for visit in self._by_column[index]:
                self._rects.pop(visit.id, None)
        for index in columns:
            self._by_column[index] = [v for v in shown if index in self._columns_of(v)]
            self._rects.update(self._layout_column(index))
            self._redraw_column(index)

    def _redraw_column(self, index: int) -> None:
        self._dirty_columns.add(index)
        self.update(self._column_rect(index).toAlignedRect())

    def _column_rect(self, index: int) -> QRectF:
        return QRectF(self._column_x(index), 0, self._column_width(), self.height())

    def resizeEvent(self, event: object) -> None:
        self._rects = None
        self._background = self._visit_layer = None
        super().resizeEvent(event)  # type: ignore[arg-type]

    def changeEvent(self, event: QEvent) -> None:
        looks = (
            QEvent.Type.PaletteChange,
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
            QEvent.Type.LocaleChange,
        )
        if event.type() in looks:
            self._background = self._visit_layer = None
            self._chips.clear()
        super().changeEvent(event)

    def _layout(self) -> dict[int, QRectF]:
        """Rectangles of the shown visits; overlapping visits of a column share it in lanes."""
        if self._rects is not None:
            return self._rects
        self._by_column = [[] for _ in self._columns]
        for visit in sorted(self._shown_visits(), key=lambda v: (v.starts_at, v.id)):
            for index in self._columns_of(visit):
                self._by_column[index].append(visit)
        rects: dict[int, QRectF] = {}
        for index in range(len(self._columns)):
            rects.update(self._layout_column(index))
        self._rects = rects
        self._dirty_columns = set(range(len(self._columns)))
        return rects

    def _layout_column(self, index: int) -> dict[int, QRectF]:
        column = self._columns[index]
        mine = sorted(self._by_column[index], key=lambda v: (v.starts_at, v.id))
        self._by_column[index] = mine
        rects: dict[int, QRectF] = {}
        width, left = self._column_width(), self._column_x(index) + 4
        per_pixel, first = self._minutes_per_pixel(), self._first_minute
        for cluster in clusters(mine):
            lanes = assign_lanes(cluster)
            count = max(lanes.values()) + 1
            lane_width = (width - 8) / count
            for visit in cluster:
                top = (minutes_into(visit.starts_at, column.day) - first) / per_pixel
                bottom = (minutes_into(visit.ends_at, column.day) - first) / per_pixel
                rects[visit.id] = QRectF(
                    left + lanes[visit.id] * lane_width,
                    self.HEADER_HEIGHT + top + 1,
                    lane_width - 2,
                    max(bottom - top - 2, 14),
                )
        return rects

    def _visits_near(self, pos: QPointF) -> list[Visit]:
        """The visits of the column under `pos`, topmost (last painted) first."""
        self._layout()
        index = self._column_at(pos.x())
        return list(reversed(self._by_column[index])) if index >= 0 else []

    def _resize_edge_at(self, pos: QPointF) -> Visit | None:
        """The movable visit whose bottom edge is under `pos`, if any."""
        rects = self._layout()
        for visit in self._visits_near(pos):
            rect = rects.get(visit.id)
            if rect is None or not visit.holding:
                continue
            reach = min(RESIZE_MARGIN, rect.height() / 3)  # short visits stay easy to move
            near_bottom = -reach <= pos.y() - rect.bottom() <= 2
            if near_bottom and rect.left() <= pos.x() <= rect.right():
                return visit
        return None

    def _visit_at(self, pos: QPointF) -> Visit | None:
        rects = self._layout()
        for visit in self._visits_near(pos):
            rect = rects.get(visit.id)
            if rect is not None and rect.contains(pos):
                return visit
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            visit = self._visit_at(QPointF(event.pos()))
            if visit is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self._tooltip(visit), self)
            return True
        return super().event(event)

    def _tooltip(self, visit: Visit) -> str:
        tech = self._technicians.get(visit.technician_id)
        lines = [
            f"{time_text(visit.starts_at)}–{time_text(visit.ends_at)} · {status_text(visit.status)}",
            f"{visit.customer_name} {visit.customer_phone}".strip(),
            visit.service_name + (f" · {tech.name}" if tech else ""),
            visit.address,
            visit.issue,
        ]
        return "\n".join(line for line in lines if line)

    # -- mouse ----------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self._columns:
            return
        pos = event.position()
        if pos.y() < self.HEADER_HEIGHT:
            column = self._columns[self._column_at(pos.x())]
            if column.technician_id is None or len({c.day for c in self._columns}) > 1:
                self.day_activated.emit(column.day)
            return
        edge = self._resize_edge_at(pos)
        if edge is not None:
            self._resize = _Resize(edge, pos.toPoint())
            return
        visit = self._visit_at(pos)
        if visit is not None:
            if visit.holding:
                start = minutes_into(visit.starts_at, visit.day)
                self._drag = _Drag(visit, self._minutes_at(pos.y()) - start, pos.toPoint())
            return
        if pos.x() > self.AXIS_WIDTH:
            minutes = self._snap(self._minutes_at(pos.y()) - SNAP_MINUTES / 2)
            self._create = _Create(self._column_at(pos.x()), minutes, minutes, pos.toPoint())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._drag is not None:
            drag = self._drag
            distance = (pos.toPoint() - drag.origin).manhattanLength()
            if not drag.active and distance < QApplication.startDragDistance():
                return
            before = self._ghost_rect()
            if not drag.active:
                drag.active = True
                self._relayout(drag.visit)  # shown faded where it was while it is dragged
            drag.column = self._column_at(pos.x())
            drag.start_minutes = self._snap(self._minutes_at(pos.y()) - drag.grab_minutes)
            self._update_ghost(before)
            return
        if self._resize is not None:
            self._follow_resize(self._resize, pos)
            return
        if self._create is not None:
            before = self._ghost_rect()
            self._create.current_minutes = self._snap(self._minutes_at(pos.y()))
            self._update_ghost(before)
            return
        self.setCursor(self._hover_cursor(pos))

    def _hover_cursor(self, pos: QPointF) -> Qt.CursorShape:
        if self._resize_edge_at(pos) is not None:
            return Qt.CursorShape.SizeVerCursor
        visit = self._visit_at(pos)
        if visit is not None and visit.holding:
            return Qt.CursorShape.OpenHandCursor
        return Qt.CursorShape.ArrowCursor

    def _follow_resize(self, resize: _Resize, pos: QPointF) -> None:
        """Show the visit with its end at the snapped time under the pointer, while dragging."""
        distance = (pos.toPoint() - resize.origin).manhattanLength()
        if not resize.active and distance < QApplication.startDragDistance():
            return
        resize.active = True
        visit = resize.visit
        start = minutes_into(visit.starts_at, visit.day)
        end: float = round(self._minutes_at(pos.y()) / SNAP_MINUTES) * SNAP_MINUTES
        longest = MAX_DURATION.total_seconds() / 60
        end = min(max(end, start + SNAP_MINUTES), start + longest, self._last_minute)
        self._pending[visit.id] = dataclasses.replace(
            visit, ends_at=visit.starts_at + timedelta(minutes=end - start)
        )
        self._relayout(visit)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        drag, resize, create = self._drag, self._resize, self._create
        ghost = self._ghost_rect(drag, create)
        self._drag = self._resize = self._create = None
        if ghost is not None:
            self.update(ghost)
        if drag is not None and drag.active:
            self._finish_drag(drag)
        elif resize is not None and resize.active:
            self._finish_resize(resize)
        elif create is not None and create.current_minutes != create.anchor_minutes:
            self._finish_create(create)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self._columns:
            return
        self._drag = self._resize = self._create = None
        pos = event.position()
        if pos.y() < self.HEADER_HEIGHT:
            return
        visit = self._visit_at(pos)
        if visit is not None:
            self.edit_requested.emit(visit.id)
            return
        if pos.x() > self.AXIS_WIDTH:
            column = self._columns[self._column_at(pos.x())]
            minutes = self._snap(self._minutes_at(pos.y()) - 15)
            self.create_requested.emit(column.technician_id, self._moment(column.day, minutes))

    def _moment(self, day: date, minutes: int) -> datetime:
        return clock.local_datetime(day, time(0)) + timedelta(minutes=minutes)

    def _finish_drag(self, drag: _Drag) -> None:
        column = self._columns[drag.column]
        visit = drag.visit
        start = self._moment(column.day, drag.start_minutes)
        technician_id = column.technician_id or visit.technician_id
        if start == visit.starts_at and technician_id == visit.technician_id:
            self._relayout(visit)  # no longer faded
            return
        moved = dataclasses.replace(
            visit,
            starts_at=start,
            ends_at=start + (visit.ends_at - visit.starts_at),
            technician_id=technician_id,
        )
        self._pending[visit.id] = moved
        self._relayout(visit, moved)
        self.visit_move_requested.emit(visit.id, start, column.technician_id)

    def _finish_resize(self, resize: _Resize) -> None:
        visit = resize.visit
        resized = self._pending.get(visit.id)
        if resized is None or resized.ends_at == visit.ends_at:
            self._pending.pop(visit.id, None)
            self._relayout(visit)
            return
        duration = resized.ends_at - resized.starts_at
        self.visit_resize_requested.emit(visit.id, visit.starts_at, duration)

    def _finish_create(self, create: _Create) -> None:
        column = self._columns[create.column]
        first = min(create.anchor_minutes, create.current_minutes)
        self.create_requested.emit(column.technician_id, self._moment(column.day, first))

    # -- painting -------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        exposed = event.rect()
        background, visits = self._background_layer(), self._visits_layer()
        painter = QPainter(self)
        source = self._in_pixels(exposed)
        painter.drawPixmap(QRectF(exposed), background, source)
        painter.drawPixmap(QRectF(exposed), visits, source)
        painter.setClipRect(exposed)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_now(painter)
        self._paint_ghosts(painter, self.palette())
        painter.end()

    def _in_pixels(self, rect: QRect) -> QRectF:
        ratio = self.devicePixelRatioF()
        return QRectF(
            rect.x() * ratio, rect.y() * ratio, rect.width() * ratio, rect.height() * ratio
        )

    def _new_layer(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        size = self.size()
        layer = QPixmap(
            QSize(max(1, round(size.width() * ratio)), max(1, round(size.height() * ratio)))
        )
        layer.setDevicePixelRatio(ratio)
        layer.fill(Qt.GlobalColor.transparent)
        return layer

    def _background_layer(self) -> QPixmap:
        """What does not change while visits move: columns, hours, closures, header."""
        if self._background is not None:
            return self._background
        layer = self._new_layer()
        painter = QPainter(layer)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        self._paint_columns(painter, palette)
        self._paint_hours(painter, palette)
        self._paint_unavailable(painter, palette)
        paint_header(
            painter,
            palette,
            self.font(),
            self._columns,
            self._technicians,
            size=(self.width(), self.HEADER_HEIGHT),
            column_x=self._column_x,
            column_width=self._column_width(),
        )
        painter.end()
        self._background, self._background_day = layer, clock.today()
        return layer

    def _visits_layer(self) -> QPixmap:
        """The visits, with the columns where one changed drawn again (and only those)."""
        self._layout()
        if self._visit_layer is None:
            self._visit_layer = self._new_layer()
            self._dirty_columns = set(range(len(self._columns)))
        if not self._dirty_columns:
            return self._visit_layer
        painter = QPainter(self._visit_layer)
        palette = self.palette()
        style = TextStyle.of(self.font(), palette)
        body_top = float(self.HEADER_HEIGHT)
        for index in sorted(self._dirty_columns):
            if index >= len(self._by_column):
                continue
            area = self._column_rect(index).adjusted(0, body_top, 0, 0)
            painter.setClipRect(area)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
            painter.fillRect(area, Qt.GlobalColor.transparent)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
            self._paint_visits(painter, palette, style, self._by_column[index])
        painter.end()
        self._dirty_columns.clear()
        return self._visit_layer

    def _paint_columns(self, painter: QPainter, palette: QPalette) -> None:
        top, bottom = self._y(self._first_minute), self._y(self._last_minute)
        width = self._column_width()
        closed_brush = shaded(palette)
        open_color = palette.color(QPalette.ColorRole.Base)
        for index, column in enumerate(self._columns):
            x = self._column_x(index)
            painter.fillRect(QRectF(x, top, width, bottom - top), closed_brush)
            for start, end in column.windows:
                y1 = self._y(minutes_into(start, column.day))
                y2 = self._y(minutes_into(end, column.day))
                painter.fillRect(QRectF(x, y1, width, y2 - y1), open_color)
        painter.setPen(QPen(grid_line(palette, True), 1))
        for index in range(1, len(self._columns)):
            x = self._column_x(index)
            painter.drawLine(QPointF(x, self.HEADER_HEIGHT), QPointF(x, bottom))

    def _paint_unavailable(self, painter: QPainter, palette: QPalette) -> None:
        """Why nobody works in a column (closed, on leave), over its middle."""
        top, bottom = self._y(self._first_minute), self._y(self._last_minute)
        width = self._column_width()
        base = palette.color(QPalette.ColorRole.Base)
        muted = blend(base, palette.color(QPalette.ColorRole.Text), 0.6)
        for index, column in enumerate(self._columns):
            if column.unavailable is None or column.windows:
                continue
            label = QRectF(self._column_x(index) + 8, (top + bottom) / 2 - 24, width - 16, 48)
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
        locale = self.locale()
        strong, weak = grid_line(palette, True), grid_line(palette, False)
        text = blend(
            palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Text), 0.65
        )
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.85)
        painter.setFont(small)
        for minutes in range(self._first_minute, self._last_minute + 1, 30):
            y = self._y(minutes)
            on_hour = minutes % 60 == 0
            painter.setPen(QPen(strong if on_hour else weak, 1))
            painter.drawLine(QPointF(self.AXIS_WIDTH, y), QPointF(self.width(), y))
            if on_hour and y - 8 > self.HEADER_HEIGHT:
                painter.setPen(text)
                label = locale.toString(QTime(minutes // 60 % 24, 0), TIME_PATTERN)
                painter.drawText(
                    QRectF(0, y - 8, self.AXIS_WIDTH - 8, 16),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    label,
                )
        painter.setFont(self.font())

    def _paint_visits(
        self, painter: QPainter, palette: QPalette, style: TextStyle, visits: list[Visit]
    ) -> None:
        rects = self._layout()
        dragged = self._drag.visit.id if self._drag and self._drag.active else None
        for visit in visits:
            rect = rects.get(visit.id)
            if rect is None:
                continue
            painter.setOpacity(0.35 if visit.id == dragged or not _shows_active(visit) else 1.0)
            self._paint_buffer(painter, palette, visit, rect)
            self._chips.paint(
                painter,
                palette,
                style,
                visit,
                self._color_of(visit),
                rect,
                self.devicePixelRatioF(),
            )
        painter.setOpacity(1.0)

    def _paint_buffer(
        self, painter: QPainter, palette: QPalette, visit: Visit, rect: QRectF
    ) -> None:
        if not visit.buffer_minutes or not visit.holding:
            return
        height = visit.buffer_minutes / self._minutes_per_pixel()
        color = technician_color(self._color_of(visit), palette)
        color.setAlpha(60)
        painter.fillRect(
            QRectF(rect.left() + 6, rect.bottom() + 1, rect.width() - 12, height - 2),
            QBrush(color, Qt.BrushStyle.Dense6Pattern),
        )

    def _color_of(self, visit: Visit) -> str:
        tech = self._technicians.get(visit.technician_id)
        return tech.color if tech else ""

    def _paint_now(self, painter: QPainter) -> None:
        now = clock.local_now()
        for index, column in enumerate(self._columns):
            if column.day != now.date():
                continue
            y = self._y(minutes_into(now, column.day))
            if not self.HEADER_HEIGHT <= y <= self.height():
                continue
            x = self._column_x(index)
            painter.setPen(QPen(NOW_COLOR, 2))
            painter.drawLine(QPointF(x, y), QPointF(x + self._column_width(), y))
            painter.setBrush(NOW_COLOR)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QPointF(x + 1, y), 4, 4)

    def _ghost(
        self, drag: _Drag | None = None, create: _Create | None = None
    ) -> tuple[QRectF, float] | None:
        """Where the visit being dragged or created would go, and its first minute."""
        drag = drag or self._drag
        create = create or self._create
        ghost: tuple[int, float, float] | None = None
        if drag is not None and drag.active:
            visit = drag.visit
            length = minutes_into(visit.ends_at, visit.day) - minutes_into(
                visit.starts_at, visit.day
            )
            ghost = (drag.column, drag.start_minutes, drag.start_minutes + length)
        elif create is not None and create.current_minutes != create.anchor_minutes:
            first = min(create.anchor_minutes, create.current_minutes)
            last = max(create.anchor_minutes, create.current_minutes)
            ghost = (create.column, first, last)
        if ghost is None:
            return None
        column, first_minutes, last_minutes = ghost
        rect = QRectF(
            self._column_x(column) + 4,
            self._y(first_minutes),
            self._column_width() - 8,
            self._y(last_minutes) - self._y(first_minutes),
        )
        return rect, first_minutes

    def _ghost_rect(self, drag: _Drag | None = None, create: _Create | None = None) -> QRect | None:
        """The pixels a ghost covers, its border included."""
        ghost = self._ghost(drag, create)
        return ghost[0].toAlignedRect().adjusted(-2, -2, 2, 2) if ghost is not None else None

    def _update_ghost(self, before: QRect | None) -> None:
        """Repaint where the ghost was and where it is now, nothing else."""
        after = self._ghost_rect()
        for rect in (before, after):
            if rect is not None:
                self.update(rect)

    def _paint_ghosts(self, painter: QPainter, palette: QPalette) -> None:
        ghost = self._ghost()
        if ghost is None:
            return
        rect, first_minutes = ghost
        highlight = palette.color(QPalette.ColorRole.Highlight)
        fill = QColor(highlight)
        fill.setAlpha(50)
        painter.setBrush(fill)
        painter.setPen(QPen(highlight, 1.5, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        label = self.locale().toString(
            QTime(int(first_minutes) // 60 % 24, int(first_minutes) % 60), TIME_PATTERN
        )
        painter.drawText(rect.adjusted(8, 2, -4, 0), Qt.AlignmentFlag.AlignLeft, label)


def _shows_active(visit: Visit) -> bool:
    return visit.holding or visit.status in (DONE, NO_SHOW)
