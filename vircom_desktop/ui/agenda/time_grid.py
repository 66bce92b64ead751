"""A painted time grid: columns (technicians of a day, or days of a week) over a time axis.

Working time is white, closed time shaded, so breaks and closures show at a glance. Visits
are coloured by technician; proposals are hatched with a dashed amber border and a "Pendiente"
label. Drag a visit to move it (to another time, technician or day), drag its bottom edge to
make it longer or shorter, drag on empty time to create one, double-click to edit. The grid only
*asks* for a move or a resize: the page runs the booking engine and either settles the change or
reverts it, which snaps the visit back.

Painting a busy week (hundreds of visits) must fit in a frame, and a drag must not repaint it all:
what the grid shows is a `GridFrame` (layout and two cached layers, see grid_frame.py); a page
can have a worker lay out and draw a newly loaded week (`show_frame`), a move redraws one
column, and every paint copies only the exposed rect.

The GUI thread never draws a whole frame once the grid has a picture: after a resize, a theme
or font change, or content that keeps none of the cached layers, a worker draws the new frame
while the last picture stands in, stretched to the widget, until it arrives (`redrawing`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from vircom_desktop.desk.agenda import TechnicianInfo, Visit
from vircom_desktop.domain import clock
from vircom_desktop.domain.booking import MAX_DURATION
from vircom_desktop.ui.agenda.columns import Column, minutes_into
from vircom_desktop.ui.agenda.grid_frame import (
    AXIS_WIDTH,
    HEADER_HEIGHT,
    GridFrame,
    GridLook,
    warm_up,
)
from vircom_desktop.ui.agenda.grid_redraw import FrameRedraw
from vircom_desktop.ui.agenda.painting import NOW_COLOR
from vircom_desktop.ui.formatting import TIME_PATTERN, time_text
from vircom_desktop.ui.texts import attendance_text, status_text

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
    redrawn = Signal()  # a frame a worker drew replaced the stand-in picture

    HEADER_HEIGHT = HEADER_HEIGHT
    AXIS_WIDTH = AXIS_WIDTH

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._frame = GridFrame(GridLook.of(self), [], [], [])
        warm_up(self._frame.look)  # before a page asks a worker to draw a week
        self._stand_in: GridFrame | None = None  # shown stretched while a worker draws _frame
        self._redraw = FrameRedraw(self)
        self._pending: dict[int, Visit] = {}
        self._settled: set[int] = set()
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
        self._now_timer.timeout.connect(self.update)  # the now line; the header's today
        self._redraw.drawn.connect(self._show_redrawn)
        self._redraw.failed.connect(self._draw_here)

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
        self._drop_settled()
        frame = GridFrame(GridLook.of(self), columns, visits, technicians)
        frame.keep_layers_of(self._frame, self._shown_visits(frame))
        self._replace_frame(frame)

    def show_frame(self, frame: GridFrame) -> None:
        """Show a frame a worker laid out (and drew), if made for how this grid looks now.

        A frame laid out but not drawn (the range shown, loaded again) keeps what this grid
        drew of the columns whose visits did not change. A frame for another look (resized,
        restyled meanwhile) is drawn again by a worker; its picture stands in meanwhile.
        """
        if frame.look != GridLook.of(self) or frame.rects is None:
            self.set_content(frame.columns, frame.visits, tuple(frame.technicians.values()))
            if frame.has_picture() and not self._frame.is_drawn():
                self._stand_in = frame  # the new content, drawn for the look before
                if self.isVisible():
                    self._redraw.request(self._frame)
            return
        self._drop_settled()
        if not frame.is_drawn():
            frame.keep_layers_of(self._frame, frame.visits)
        self._replace_frame(frame)
        moved = [(self._original(visit_id), v) for visit_id, v in self._pending.items()]
        dragged = self._drag.visit if self._drag is not None and self._drag.active else None
        if moved or dragged is not None:  # drawn by the worker where the engine has them
            self._relayout(dragged, *(visit for pair in moved for visit in pair))

    def redrawing(self) -> bool:
        """The grid shows its last picture stretched until a worker's frame replaces it.

        The worker is asked at once, or for a hidden grid at its next paint.
        """
        return self._stand_in is not None

    def _replace_frame(self, frame: GridFrame, *, resized: bool = False) -> None:
        """Show `frame`; if it kept none of the layers, a worker draws it and the last picture
        stands in (the very first picture of a grid is drawn here: there is nothing to show)."""
        previous, self._frame = self._frame, frame
        if frame.is_drawn():
            self._stand_in = None
        elif previous.has_picture():
            self._stand_in = previous
        if self._stand_in is not None and self.isVisible():
            self._redraw.request(frame, when_quiet=resized)
        self.update()

    def _show_redrawn(self, asked: GridFrame, drawn: GridFrame) -> None:
        """A worker's frame arrived: it replaces the stand-in if it is still what the grid shows."""
        if self._frame is not asked:
            return  # the grid moved on: its newer frame is drawn, or asked for at the next paint
        self.show_frame(drawn)  # another look by now: asked for again
        if self._stand_in is None:
            self.redrawn.emit()

    def _draw_here(self, asked: GridFrame) -> None:
        """The worker could not draw the frame (reported): the next paint draws it here."""
        if self._frame is asked:
            self._stand_in = None
            self.update()

    def _drop_settled(self) -> None:
        for visit_id in self._settled:
            self._pending.pop(visit_id, None)
        self._settled.clear()

    def _original(self, visit_id: int) -> Visit | None:
        return next((v for v in self._frame.visits if v.id == visit_id), None)

    @property
    def columns(self) -> list[Column]:
        return list(self._frame.columns)

    @property
    def frame(self) -> GridFrame:
        """What the grid shows now (tests compare it with a worker's)."""
        return self._frame

    def visit_ids(self) -> list[int]:
        return [visit.id for visit in self._shown_visits()]

    def revert_move(self, visit_id: int) -> None:
        """The engine refused the move: the visit snaps back to where it was."""
        moved = self._pending.pop(visit_id, None)
        self._settled.discard(visit_id)
        self._relayout(moved, self._original(visit_id))

    def settle_move(self, visit_id: int) -> None:
        """The engine accepted the move: keep showing it there until fresh data arrives."""
        if visit_id in self._pending:
            self._settled.add(visit_id)

    # -- geometry -----------------------------------------------------------------------------

    def _minutes_per_pixel(self) -> float:
        return self._frame.minutes_per_pixel()

    def _y(self, minutes: float) -> float:
        return self._frame.y(minutes)

    def _minutes_at(self, y: float) -> float:
        return self._frame.minutes_at(y)

    def _column_width(self) -> float:
        return self._frame.column_width()

    def _column_x(self, index: int) -> float:
        return self._frame.column_x(index)

    def _column_at(self, x: float) -> int:
        return self._frame.column_at(x)

    def _snap(self, minutes: float) -> int:
        first, last = self._frame.first_minute, self._frame.last_minute
        snapped = round(minutes / SNAP_MINUTES) * SNAP_MINUTES
        return int(min(max(snapped, first), last - SNAP_MINUTES))

    def point_at(self, column: int, moment: datetime) -> QPoint:
        """The point in `column` at local time `moment` (for tests and drops)."""
        x = self._column_x(column) + self._column_width() / 2
        day = self._frame.columns[column].day
        return QPoint(int(x), round(self._y(minutes_into(moment, day))))

    def visit_rect(self, visit_id: int) -> QRectF | None:
        """Where a visit is drawn now (its new place while a move waits for the engine)."""
        return self._layout().get(visit_id)

    def _shown_visits(self, frame: GridFrame | None = None) -> list[Visit]:
        frame = frame or self._frame
        shown = [self._pending.get(v.id, v) for v in frame.visits]
        return [v for v in shown if frame.columns_of(v)]

    def _relayout(self, *visits: Visit | None) -> None:
        """Lay out again only the columns of `visits` (before and after a change); repaint them."""
        frame = self._frame
        if frame.rects is None:
            self.update()
            return
        columns = {
            index for visit in visits if visit is not None for index in frame.columns_of(visit)
        }
        frame.relayout(columns, self._shown_visits())
        for index in columns:
            self.update(frame.column_rect(index).toAlignedRect())

    def _restyle(self, *, resized: bool = False) -> None:
        """New size, palette, font or pixel ratio: lay out and draw everything again.

        A change that leaves the look as it was (a theme's style sheet after its palette) keeps
        the frame: drawing it again would only be thrown away.
        """
        look = GridLook.of(self)
        if look != self._frame.look:
            self._replace_frame(self._frame.relooked(look), resized=resized)

    def resizeEvent(self, event: object) -> None:
        self._restyle(resized=True)
        super().resizeEvent(event)  # type: ignore[arg-type]

    def changeEvent(self, event: QEvent) -> None:
        looks = (
            QEvent.Type.PaletteChange,
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
            QEvent.Type.LocaleChange,
        )
        if event.type() in looks:
            self._restyle()
        super().changeEvent(event)

    def _layout(self) -> dict[int, QRectF]:
        """Rectangles of the shown visits; overlapping visits of a column share it in lanes."""
        if self._frame.rects is not None:
            return self._frame.rects
        return self._frame.layout(self._shown_visits())

    def _visits_near(self, pos: QPointF) -> list[Visit]:
        """The visits of the column under `pos`, topmost (last painted) first."""
        self._layout()
        index = self._column_at(pos.x())
        return list(reversed(self._frame.by_column[index])) if index >= 0 else []

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
        tech = self._frame.technicians.get(visit.technician_id)
        lines = [
            f"{time_text(visit.starts_at)}–{time_text(visit.ends_at)} · {status_text(visit.status)}",
            attendance_text() if visit.attendance_confirmed else "",
            f"{visit.customer_name} {visit.customer_phone}".strip(),
            visit.service_name + (f" · {tech.name}" if tech else ""),
            visit.address,
            visit.issue,
        ]
        return "\n".join(line for line in lines if line)

    # -- mouse ----------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self._frame.columns:
            return
        pos = event.position()
        if pos.y() < self.HEADER_HEIGHT:
            column = self._frame.columns[self._column_at(pos.x())]
            if column.technician_id is None or len({c.day for c in self._frame.columns}) > 1:
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
        end = min(max(end, start + SNAP_MINUTES), start + longest, self._frame.last_minute)
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
        if event.button() != Qt.MouseButton.LeftButton or not self._frame.columns:
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
            column = self._frame.columns[self._column_at(pos.x())]
            minutes = self._snap(self._minutes_at(pos.y()) - 15)
            self.create_requested.emit(column.technician_id, self._moment(column.day, minutes))

    def _moment(self, day: date, minutes: int) -> datetime:
        return clock.local_datetime(day, time(0)) + timedelta(minutes=minutes)

    def _finish_drag(self, drag: _Drag) -> None:
        column = self._frame.columns[drag.column]
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
        column = self._frame.columns[create.column]
        first = min(create.anchor_minutes, create.current_minutes)
        self.create_requested.emit(column.technician_id, self._moment(column.day, first))

    # -- painting -------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._frame.look.ratio != self.devicePixelRatioF():  # moved to another screen
            self._restyle()
        exposed = event.rect()
        painter = QPainter(self)
        if self._stand_in is not None:
            self._redraw.request(self._frame)  # if hidden when its frame changed
            self._stand_in.paint_stretched(painter, exposed, self.width(), self.height())
        else:
            self._paint_frame(painter, exposed)
        painter.setClipRect(exposed)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_now(painter)
        self._paint_ghosts(painter, self.palette())
        painter.end()

    def _paint_frame(self, painter: QPainter, exposed: QRect) -> None:
        """Copy the frame's layers, drawing first what is not drawn yet (changed columns)."""
        self._layout()
        frame = self._frame
        dragged = self._drag.visit.id if self._drag and self._drag.active else None
        background, visits = frame.background_layer(clock.today()), frame.visits_layer(dragged)
        source = frame.in_pixels(exposed)
        painter.drawImage(QRectF(exposed), background, source)
        painter.drawImage(QRectF(exposed), visits, source)

    def _paint_now(self, painter: QPainter) -> None:
        now = clock.local_now()
        for index, column in enumerate(self._frame.columns):
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
