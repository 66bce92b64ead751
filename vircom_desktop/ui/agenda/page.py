"""The Agenda page: toolbar (today, date, view, technician), the views, and the data flow.

Data for the visible range loads on a worker; a newer request makes older answers stale.
The page reloads whenever the event bridge says a visit changed, whoever changed it. `actor`
is the name the audit log records for the changes made here; the main window keeps it on the
person at the desk.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import partial

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vircom_desktop.desk import agenda as data
from vircom_desktop.desk import visits
from vircom_desktop.desk.agenda import AgendaData, MonthData, TechnicianInfo
from vircom_desktop.domain import clock
from vircom_desktop.ui import errors
from vircom_desktop.ui.agenda.columns import Column
from vircom_desktop.ui.agenda.grid_columns import (
    ColumnTexts,
    GridRequest,
    PreparedGrid,
    day_columns,
    prepare_grid,
    technician_column,
    week_columns,
)
from vircom_desktop.ui.agenda.grid_frame import GridLook
from vircom_desktop.ui.agenda.month_view import MonthView
from vircom_desktop.ui.agenda.my_day import MyDayView
from vircom_desktop.ui.agenda.routine import RoutineMenu
from vircom_desktop.ui.agenda.time_grid import TimeGrid
from vircom_desktop.ui.appointment_editor import AppointmentEditor
from vircom_desktop.ui.bridge import EventBridge
from vircom_desktop.ui.formatting import datetime_text, qdate, short_date_format, time_text
from vircom_desktop.ui.owner_gate import OwnerUnlock
from vircom_desktop.ui.tasks import LatestLoad, Op
from vircom_desktop.ui.texts import booking_error_text
from vircom_desktop.ui.widgets import Banner

VIEWS = ("day", "week", "month", "my_day")


class AgendaPage(QWidget):
    """Day, week, month and "Mi día" views with live refresh."""

    loaded = Signal()  # the visible view shows fresh data
    view_changed = Signal(str)
    setup_requested = Signal()  # the shop has no technicians yet: staff want Ajustes → Técnicos
    demo_requested = Signal()  # an empty shop: staff want to try the example shop

    def __init__(
        self,
        bridge: EventBridge,
        *,
        actor: str,
        technician_id: int | None = None,
        view: str = "day",
        owner_unlock: OwnerUnlock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.actor = actor
        self.owner_unlock = owner_unlock or OwnerUnlock()
        self._own_technician = technician_id
        self._view = view if view in VIEWS else "day"
        self._date = clock.today()
        self._technicians: tuple[TechnicianInfo, ...] = ()
        self.loader: LatestLoad[AgendaData | MonthData | PreparedGrid] = LatestLoad(
            self, self._show
        )
        # What the day and week grids show (first day, days, cancelled shown, technician), and
        # what the latest load asked for (the loader only ever delivers the latest).
        self._shown_ranges: dict[str, tuple[object, ...]] = {}
        self._asked: tuple[object, ...] = ()
        self._reload_timer = QTimer(self)
        self.editor: AppointmentEditor | None = None
        self._init_toolbar()
        self._init_views()
        self._init_layout()
        self._connect_signals()
        self._sync_controls()

    # -- construction ---------------------------------------------------------------------------

    def _init_toolbar(self) -> None:
        self.today_button = QPushButton(self.tr("Hoy"))
        self.today_button.setToolTip(self.tr("Ir a hoy (Ctrl+T)"))
        self.previous_button = QToolButton()
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.setToolTip(self.tr("Anterior"))
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolTip(self.tr("Siguiente"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(short_date_format())
        self.range_label = QLabel()
        self.range_label.setObjectName("pageTitle")
        self.view_buttons = QButtonGroup(self)
        self._view_button_row = QHBoxLayout()
        self._view_button_row.setSpacing(2)
        names = {
            "day": self.tr("Día"),
            "week": self.tr("Semana"),
            "month": self.tr("Mes"),
            "my_day": self.tr("Mi día"),
        }
        for index, key in enumerate(VIEWS):
            button = QToolButton()
            button.setText(names[key])
            button.setCheckable(True)
            button.setProperty("view", key)
            button.setMinimumWidth(64)
            # Never narrower than its text: squeezed, the segmented buttons overlapped.
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            self.view_buttons.addButton(button, index)
            self._view_button_row.addWidget(button)
        self.technician_filter = QComboBox()
        self.technician_filter.setMinimumWidth(170)
        self.technician_filter.addItem(self.tr("Todos los técnicos"), None)
        self.show_inactive = QCheckBox(self.tr("Mostrar canceladas"))
        self.new_button = QPushButton(self.tr("Nueva visita"))
        self.new_button.setObjectName("primary")
        self.new_button.setToolTip(self.tr("Agendar una visita (Ctrl+N)"))

    def _init_views(self) -> None:
        self.day_grid = TimeGrid()
        self.week_grid = TimeGrid()
        self.month_view = MonthView()
        self.my_day = MyDayView()
        self.stack = QStackedWidget()
        for widget in (self.day_grid, self.week_grid, self.month_view, self.my_day):
            self.stack.addWidget(widget)
        self.banner = Banner()
        self.routine = RoutineMenu(
            self.banner, current_date=lambda: self._date, technician=self._sheet_technician
        )
        self.setup_hint = QWidget()
        hint_text = QLabel(
            self.tr(
                "Su taller aún no tiene técnicos. Agregue en Ajustes sus técnicos, el horario y "
                "los servicios para empezar a agendar visitas. Si solo quiere conocer la "
                "aplicación, cargue un taller de ejemplo."
            )
        )
        hint_text.setWordWrap(True)
        self.setup_button = QPushButton(self.tr("Agregar técnicos"))
        self.setup_button.setObjectName("primary")
        self.demo_button = QPushButton(self.tr("Cargar taller de ejemplo"))
        self.demo_button.setToolTip(
            self.tr("Llena el taller vacío con servicios, técnicos, visitas y conversaciones")
        )
        hint_layout = QHBoxLayout(self.setup_hint)
        hint_layout.addWidget(hint_text, 1)
        hint_layout.addWidget(self.setup_button)
        hint_layout.addWidget(self.demo_button)
        self.setup_hint.hide()
        self.legend = QLabel(
            self.tr(
                "Arrastre una visita para moverla, o su borde inferior para alargarla · "
                "arrastre en un hueco para crear una · doble clic para editar · "
                "rayado = pendiente de aprobación"
            )
        )
        self.legend.setObjectName("placeholder")
        self.legend.setWordWrap(True)

    def _init_layout(self) -> None:
        # Laid out for a 1024-pixel laptop: the view buttons keep their width, nothing overlaps.
        heading = QHBoxLayout()
        heading.addWidget(self.range_label, 1)
        heading.addWidget(self.show_inactive)
        heading.addSpacing(8)
        heading.addWidget(self.routine)
        heading.addWidget(self.new_button)
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.today_button)
        toolbar.addWidget(self.previous_button)
        toolbar.addWidget(self.next_button)
        toolbar.addWidget(self.date_edit)
        toolbar.addWidget(self.technician_filter)
        toolbar.addStretch(1)
        toolbar.addLayout(self._view_button_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addLayout(heading)
        layout.addLayout(toolbar)
        layout.addWidget(self.banner)
        layout.addWidget(self.setup_hint)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.legend)

    def _connect_signals(self) -> None:
        self.today_button.clicked.connect(self.go_today)
        self.setup_button.clicked.connect(self.setup_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.previous_button.clicked.connect(partial(self.step, -1))
        self.next_button.clicked.connect(partial(self.step, 1))
        self.date_edit.dateChanged.connect(self._on_date_edited)
        self.view_buttons.idClicked.connect(lambda index: self.set_view(VIEWS[index]))
        self.technician_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.show_inactive.toggled.connect(self.refresh)
        self.new_button.clicked.connect(lambda: self.new_visit())
        for grid in (self.day_grid, self.week_grid, self.my_day.grid):
            grid.visit_move_requested.connect(partial(self._on_move_requested, grid))
            grid.visit_resize_requested.connect(partial(self._on_resize_requested, grid))
            grid.create_requested.connect(self.new_visit)
            grid.edit_requested.connect(self.open_visit)
            grid.day_activated.connect(self._open_day)
        self.my_day.edit_requested.connect(self.open_visit)
        self.month_view.day_activated.connect(self._open_day)
        self._bridge.appointment_changed.connect(self._schedule_reload)
        self._bridge.settings_changed.connect(self._schedule_reload)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(60)
        self._reload_timer.timeout.connect(self.refresh)

    # -- navigation -----------------------------------------------------------------------------

    @property
    def view(self) -> str:
        return self._view

    @property
    def current_date(self) -> date:
        return self._date

    def set_view(self, view: str) -> None:
        if view not in VIEWS:
            raise ValueError(f"unknown agenda view {view!r}")
        if view != self._view:
            self.banner.hide()
        self._view = view
        self._sync_controls()
        self.view_changed.emit(view)
        self.refresh()

    def set_date(self, day: date) -> None:
        self._date = day
        self._sync_controls()
        self.refresh()

    def go_today(self) -> None:
        self.set_date(clock.today())

    def step(self, direction: int) -> None:
        """Move one day, week or month back (-1) or forward (1)."""
        if self._view == "week":
            self.set_date(self._date + timedelta(days=7 * direction))
        elif self._view == "month":
            month = self._date.month - 1 + direction
            year = self._date.year + month // 12
            self.set_date(date(year, month % 12 + 1, 1))
        else:
            self.set_date(self._date + timedelta(days=direction))

    def _open_day(self, day: date) -> None:
        self._date = day
        self.set_view("day")

    def _on_date_edited(self, value: QDate) -> None:
        day = date(value.year(), value.month(), value.day())
        if day != self._date:
            self.set_date(day)

    def _on_filter_changed(self, _index: int) -> None:
        self.refresh()

    def _sync_controls(self) -> None:
        self.stack.setCurrentIndex(VIEWS.index(self._view))
        self.view_buttons.button(VIEWS.index(self._view)).setChecked(True)
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(qdate(self._date))
        self.date_edit.blockSignals(False)
        self.range_label.setText(self._range_title())
        self.routine.print_action.setEnabled(self._view in ("day", "my_day"))

    def _week_start(self) -> date:
        return self._date - timedelta(days=self._date.weekday())

    def _range_title(self) -> str:
        locale = self.locale()
        if self._view == "month":
            name = locale.standaloneMonthName(self._date.month)
            return f"{name[:1].upper()}{name[1:]} {self._date.year}"
        if self._view == "week":
            first = self._week_start()
            last = first + timedelta(days=6)
            pattern = self.tr("d 'de' MMMM")
            return self.tr("{first} – {last} de {year}").format(
                first=locale.toString(qdate(first), pattern),
                last=locale.toString(qdate(last), pattern),
                year=last.year,
            )
        text = locale.toString(qdate(self._date), QLocale.FormatType.LongFormat)
        return text[:1].upper() + text[1:]

    def visible_days(self) -> tuple[date, date]:
        """The first and last local day the current view can show (with the month's spill-over)."""
        if self._view == "month":
            first = self._date.replace(day=1)
            return first - timedelta(days=7), first + timedelta(days=31 + 14)
        if self._view == "week":
            first = self._week_start()
            return first, first + timedelta(days=6)
        return self._date, self._date

    def selected_technician(self) -> int | None:
        value = self.technician_filter.currentData()
        return int(value) if value is not None else None

    def show_technician_day(self, technician_id: int | None) -> None:
        """Open "Mi día" on `technician_id` (the technician at the desk); None forgets it."""
        self._own_technician = technician_id
        self.banner.hide()  # the last person's messages are not the next one's
        if technician_id is None:
            return
        self.technician_filter.setCurrentIndex(0)
        self._date = clock.today()
        self.set_view("my_day")

    def _sheet_technician(self) -> int | None:
        """Whose day sheet to print: Mi día's technician, else the filter's (None = everyone)."""
        return self._my_technician() if self._view == "my_day" else self.selected_technician()

    def _my_technician(self) -> int | None:
        chosen = self.selected_technician() or self._own_technician
        if chosen is None and self._technicians:
            return self._technicians[0].id
        return chosen

    # -- data -----------------------------------------------------------------------------------

    def _schedule_reload(self, *_args: object) -> None:
        self._reload_timer.start()

    def refresh(self) -> None:
        """Load the visible range again on a worker; older answers still on their way are dropped.

        For a new day or week (or filter) the worker also lays out and draws the grid, so it
        costs the GUI thread one copy of the picture. The range the grid already shows, loaded
        again after a change elsewhere, is laid out there but not drawn: the grid redraws just
        the columns whose visits changed, less work in all than drawing everything anew.
        """
        include_inactive = self.show_inactive.isChecked()
        if self._view == "month":
            self.loader.request(partial(data.load_month, self._date.year, self._date.month))
            return
        first, days = (self._week_start(), 7) if self._view == "week" else (self._date, 1)
        load = partial(data.load_agenda, first, days, include_inactive=include_inactive)
        if self._view == "my_day":
            self.loader.request(load)
            return
        self._asked = (first, days, include_inactive, self.selected_technician())
        again = self._shown_ranges.get(self._view) == self._asked
        self.loader.request(partial(prepare_grid, load, self._grid_request(draw=not again)))

    def _grid_request(self, *, draw: bool) -> GridRequest:
        grid = self.week_grid if self._view == "week" else self.day_grid  # current, sized
        return GridRequest(
            self._view, GridLook.of(grid), self._column_texts(), self.selected_technician(), draw
        )

    def _column_texts(self) -> ColumnTexts:
        return ColumnTexts(
            locale=self.locale(),
            day_title=self.tr("ddd d"),
            one_visit=self.tr("1 visita"),
            visits=self.tr("{count} visitas"),
            pending=self.tr("{count} pend."),
            closed=self.tr("Cerrado"),
            closed_because=self.tr("Cerrado: {reason}"),
            away=self.tr("Ausente"),
            away_because=self.tr("Ausente: {reason}"),
            not_working=self.tr("No trabaja hoy"),
        )

    def _show(self, loaded: AgendaData | MonthData | PreparedGrid) -> None:
        if isinstance(loaded, MonthData):
            self._show_month(loaded)
        elif isinstance(loaded, PreparedGrid):
            self._show_prepared(loaded)
        else:
            self._show_agenda(loaded)

    def _update_technicians(self, technicians: tuple[TechnicianInfo, ...]) -> None:
        self.setup_hint.setVisible(not technicians)
        if technicians == self._technicians:
            return
        self._technicians = technicians
        chosen = self.selected_technician()
        self.technician_filter.blockSignals(True)
        self.technician_filter.clear()
        self.technician_filter.addItem(self.tr("Todos los técnicos"), None)
        for tech in technicians:
            self.technician_filter.addItem(tech.name, tech.id)
        index = self.technician_filter.findData(chosen) if chosen is not None else 0
        self.technician_filter.setCurrentIndex(max(index, 0))
        self.technician_filter.blockSignals(False)

    def _show_month(self, month: MonthData) -> None:
        self._update_technicians(month.technicians)
        self.month_view.set_month(month, self._date)
        self.loaded.emit()

    def _show_prepared(self, prepared: PreparedGrid) -> None:
        """Show the grid the worker drew, unless the view or filter changed since it was asked."""
        self._update_technicians(prepared.agenda.technicians)
        request = prepared.request
        if request.view != self._view or request.technician != self.selected_technician():
            self._show_agenda(prepared.agenda)
            return
        grid = self.week_grid if request.view == "week" else self.day_grid
        grid.show_frame(prepared.frame)
        self._shown_ranges[self._view] = self._asked
        self.loaded.emit()

    def _show_agenda(self, agenda: AgendaData) -> None:
        self._update_technicians(agenda.technicians)
        if self._view == "week":
            self.week_grid.set_content(
                self._week_columns(agenda), agenda.visits, agenda.technicians
            )
        elif self._view == "my_day":
            self._show_my_day(agenda)
        else:
            self.day_grid.set_content(self._day_columns(agenda), agenda.visits, agenda.technicians)
        if self._view != "my_day":
            self._shown_ranges[self._view] = self._asked
        self.loaded.emit()

    def _day_columns(self, agenda: AgendaData) -> list[Column]:
        return day_columns(agenda, self._column_texts(), self.selected_technician())

    def _week_columns(self, agenda: AgendaData) -> list[Column]:
        return week_columns(agenda, self._column_texts(), self.selected_technician())

    def _show_my_day(self, agenda: AgendaData) -> None:
        tech_id = self._my_technician()
        tech = agenda.technician(tech_id) if tech_id is not None else None
        columns = [technician_column(agenda, tech, self._column_texts())] if tech else []
        visits = [v for v in agenda.visits if tech and v.technician_id == tech.id]
        self.my_day.grid.set_content(columns, visits, agenda.technicians)
        self.my_day.model.set_visits(visits)

    # -- actions --------------------------------------------------------------------------------

    def _on_move_requested(
        self, grid: TimeGrid, visit_id: int, start: datetime, technician_id: int | None
    ) -> None:
        move = partial(visits.move, visit_id, start, actor=self.actor, technician_id=technician_id)
        Op(self, move).on_success(lambda _visit: self._move_done(grid, visit_id, start)).on_failure(
            lambda error: self._change_refused(
                grid, visit_id, error, self.tr("No se pudo mover la visita: {reason}")
            )
        ).run()

    def _move_done(self, grid: TimeGrid, visit_id: int, start: datetime) -> None:
        grid.settle_move(visit_id)
        when = datetime_text(start)
        self.banner.show_info(self.tr("Visita movida al {when}.").format(when=when))
        self._schedule_reload()

    def _on_resize_requested(
        self, grid: TimeGrid, visit_id: int, start: datetime, duration: timedelta
    ) -> None:
        resize = partial(visits.move, visit_id, start, actor=self.actor, duration=duration)
        Op(self, resize).on_success(
            lambda _visit: self._resize_done(grid, visit_id, start + duration)
        ).on_failure(
            lambda error: self._change_refused(
                grid,
                visit_id,
                error,
                self.tr("No se pudo cambiar la duración de la visita: {reason}"),
            )
        ).run()

    def _resize_done(self, grid: TimeGrid, visit_id: int, end: datetime) -> None:
        grid.settle_move(visit_id)
        self.banner.show_info(
            self.tr("La visita ahora termina a las {time}.").format(time=time_text(end))
        )
        self._schedule_reload()

    def _change_refused(
        self, grid: TimeGrid, visit_id: int, error: Exception, message: str
    ) -> None:
        """Snap a refused move or resize back; `message` has a {reason} placeholder."""
        grid.revert_move(visit_id)
        reason = booking_error_text(error)
        if reason is None:
            errors.report(error)
            return
        self.banner.show_error(message.format(reason=reason), fades=True)

    def new_visit(self, technician_id: int | None = None, start: datetime | None = None) -> None:
        """Open the editor for a new visit, optionally at a technician and time."""
        self._open_editor(
            AppointmentEditor(
                actor=self.actor,
                owner_unlock=self.owner_unlock,
                technician_id=technician_id,
                start=start,
                day=self._date,
                parent=self,
            )
        )

    def open_visit(self, visit_id: int) -> None:
        """Open the editor on an existing visit, with the agenda on that visit's day."""
        editor = AppointmentEditor(
            actor=self.actor, owner_unlock=self.owner_unlock, visit_id=visit_id, parent=self
        )
        editor.loaded.connect(partial(self._go_to_visit_day, editor))
        self._open_editor(editor)

    def _go_to_visit_day(self, editor: AppointmentEditor) -> None:
        """The editor's visit arrived: show its day behind it."""
        if editor.visit is not None and editor.visit.starts_at.date() != self._date:
            if self._view == "month":
                self._view = "day"
            self.set_date(editor.visit.starts_at.date())

    def _open_editor(self, editor: AppointmentEditor) -> None:
        if self.editor is not None:
            self.editor.close()
        self.editor = editor
        editor.saved.connect(self._on_editor_saved)
        editor.finished.connect(partial(self._forget_editor, editor))
        editor.open()

    def _on_editor_saved(self, _visit_id: int, message: str) -> None:
        self.banner.show_info(message)
        self._schedule_reload()

    def _forget_editor(self, editor: AppointmentEditor, _result: int) -> None:
        if self.editor is editor:
            self.editor = None
        editor.deleteLater()
