"""The visit editor: customer search-or-create, service, technician, time with free slots
suggested by the availability engine, address, problem, notes, and the lifecycle actions.

Every change goes through `booking` on a worker; a refusal is shown in plain Spanish in the
dialog, which stays open so the user can fix it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from functools import partial

from PySide6.QtCore import QStringListModel, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from vircom_desktop.desk import approvals, lookups, visits
from vircom_desktop.domain import clock
from vircom_desktop.domain.availability import Slot
from vircom_desktop.domain.booking import VisitRequest
from vircom_desktop.domain.statuses import CONFIRMED, PROPOSED
from vircom_desktop.ui import errors
from vircom_desktop.ui.formatting import (
    TIME_PATTERN,
    datetime_text,
    pydate,
    qdate,
    short_date_format,
    time_text,
)
from vircom_desktop.ui.owner_gate import OwnerUnlock, ask_owner
from vircom_desktop.ui.tasks import Op
from vircom_desktop.ui.texts import booking_error_text, status_text
from vircom_desktop.ui.widgets import Banner


class AppointmentEditor(QDialog):
    """Create a visit, or look at and act on an existing one."""

    saved = Signal(int, str)  # visit id, a sentence saying what happened
    loaded = Signal()  # the choices and the visit arrived; the form is filled

    def __init__(
        self,
        *,
        actor: str,
        owner_unlock: OwnerUnlock | None = None,
        visit_id: int | None = None,
        technician_id: int | None = None,
        start: datetime | None = None,
        day: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._actor = actor
        self._owner_unlock = owner_unlock or OwnerUnlock()
        self._visit_id = visit_id
        self._services: tuple[lookups.ServiceChoice, ...] = ()
        self._technicians: tuple[lookups.TechnicianChoice, ...] = ()
        self.visit: lookups.VisitDetails | None = None
        self._customer_id: int | None = None
        self._customer_matches: dict[str, lookups.CustomerMatch] = {}
        self._search_timer = QTimer(self)
        self._slots_timer = QTimer(self)
        self._busy = True  # until the choices and the visit are loaded
        self._is_loaded = False
        self._focus_before: QWidget | None = None
        self._init_widgets()
        self._init_actions()
        self._init_layout()
        self._connect_signals()
        self._update_buttons()
        Op(self, partial(visits.editor_data, visit_id)).on_success(
            partial(self._loaded, technician_id, start, day)
        ).on_failure(self._load_failed).run()

    def is_loaded(self) -> bool:
        """The form shows the loaded choices and visit (tests and screenshots wait for this)."""
        return self._is_loaded

    # -- construction ---------------------------------------------------------------------------

    def _init_widgets(self) -> None:
        self.setWindowTitle(self.tr("Visita"))
        self.setMinimumWidth(640)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.status_label = QLabel()
        self.banner = Banner()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Buscar cliente por teléfono o nombre…"))
        self.search.setClearButtonEnabled(True)
        self._completions = QStringListModel(self)
        self.completer = QCompleter(self._completions, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.search.setCompleter(self.completer)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("+56 9 1234 5678"))
        self.name = QLineEdit()
        self.customer_hint = QLabel()
        self.customer_hint.setObjectName("placeholder")
        self.customer_hint.hide()
        self.service = QComboBox()
        self.technician = QComboBox()
        self.date = QDateEdit()
        self.date.setDisplayFormat(short_date_format())
        self.date.setCalendarPopup(True)
        self.time = QTimeEdit()
        self.time.setDisplayFormat(TIME_PATTERN)
        self.slots = QListWidget()
        self.slots.setObjectName("slots")
        self.slots.setFlow(QListView.Flow.LeftToRight)
        self.slots.setWrapping(True)
        self.slots.setResizeMode(QListView.ResizeMode.Adjust)
        self.slots.setSpacing(3)
        self.slots.setFixedHeight(84)
        self.address = QLineEdit()
        self.issue = QPlainTextEdit()
        self.issue.setTabChangesFocus(True)
        self.issue.setPlaceholderText(self.tr("¿Qué hay que reparar?"))
        self.issue.setFixedHeight(64)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(52)

    def _init_actions(self) -> None:
        self.confirm_button = QPushButton(self.tr("Confirmar"))
        self.complete_button = QPushButton(self.tr("Completada"))
        self.no_show_button = QPushButton(self.tr("No asistió"))
        self.cancel_visit_button = QPushButton(self.tr("Cancelar visita"))
        self.cancel_visit_button.setObjectName("danger")
        self.reschedule_button = QPushButton(self.tr("Reprogramar"))
        self.save_button = QPushButton(self.tr("Guardar"))
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Cerrar"))
        self.cancel_reason = QLineEdit()
        self.cancel_reason.setPlaceholderText(self.tr("Motivo (opcional)"))
        self.cancel_yes = QPushButton(self.tr("Sí, cancelar la visita"))
        self.cancel_yes.setObjectName("danger")
        self.cancel_no = QPushButton(self.tr("No"))
        self.cancel_row = QWidget()
        row = QHBoxLayout(self.cancel_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("¿Cancelar esta visita?")))
        row.addWidget(self.cancel_reason, 1)
        row.addWidget(self.cancel_yes)
        row.addWidget(self.cancel_no)
        self.cancel_row.hide()

    def _init_layout(self) -> None:
        customer = QGroupBox(self.tr("Cliente"))
        customer_form = QFormLayout(customer)
        customer_form.addRow(self.search)
        customer_form.addRow(self.tr("Teléfono"), self.phone)
        customer_form.addRow(self.tr("Nombre"), self.name)
        customer_form.addRow(self.customer_hint)
        visit = QGroupBox(self.tr("Visita"))
        visit_form = QFormLayout(visit)
        visit_form.addRow(self.tr("Servicio"), self.service)
        visit_form.addRow(self.tr("Técnico"), self.technician)
        when = QHBoxLayout()
        when.addWidget(self.date, 1)
        when.addWidget(self.time)
        visit_form.addRow(self.tr("Fecha y hora"), when)
        visit_form.addRow(self.tr("Horarios libres"), self.slots)
        visit_form.addRow(self.tr("Dirección"), self.address)
        visit_form.addRow(self.tr("Problema"), self.issue)
        visit_form.addRow(self.tr("Notas"), self.notes)
        actions = QHBoxLayout()
        for button in (
            self.confirm_button,
            self.complete_button,
            self.no_show_button,
            self.cancel_visit_button,
            self.reschedule_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.close_button)
        actions.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.status_label)
        layout.addWidget(self.banner)
        layout.addWidget(customer)
        layout.addWidget(visit)
        layout.addWidget(self.cancel_row)
        layout.addLayout(actions)

    def _connect_signals(self) -> None:
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self._search_customers)
        self._slots_timer.setSingleShot(True)
        self._slots_timer.setInterval(100)
        self._slots_timer.timeout.connect(self._suggest_slots)
        self.search.textEdited.connect(self._search_timer.start)
        self.completer.activated.connect(self._on_customer_chosen)
        self.phone.textEdited.connect(self._on_customer_edited)
        self.service.currentIndexChanged.connect(self._on_service_changed)
        self.technician.currentIndexChanged.connect(self._on_when_changed)
        self.date.dateChanged.connect(self._on_when_changed)
        self.time.timeChanged.connect(self._update_buttons)
        self.slots.itemClicked.connect(self._on_slot_clicked)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.confirm_button.clicked.connect(partial(self._act, "approve"))
        self.complete_button.clicked.connect(partial(self._act, "complete"))
        self.no_show_button.clicked.connect(partial(self._act, "no_show"))
        self.reschedule_button.clicked.connect(self.save)
        self.cancel_visit_button.clicked.connect(self.cancel_row.show)
        self.cancel_yes.clicked.connect(partial(self._act, "cancel"))
        self.cancel_no.clicked.connect(self.cancel_row.hide)

    # -- filling --------------------------------------------------------------------------------

    def _loaded(
        self,
        technician_id: int | None,
        start: datetime | None,
        day: date | None,
        data: visits.EditorData,
    ) -> None:
        self._services, self._technicians, self.visit = data.services, data.technicians, data.visit
        self.service.blockSignals(True)
        for service in self._services:
            self.service.addItem(service.name, service.id)
        self.service.blockSignals(False)
        if self._visit_id is not None and self.visit is None:
            self.title.setText(self.tr("Visita"))
            self.banner.show_error(self.tr("Esta visita ya no existe."))
            self.save_button.hide()
            self._is_loaded = True
            self.loaded.emit()
            return
        self._busy = False
        self._fill(technician_id, start, day)
        self._is_loaded = True
        self.loaded.emit()

    def _load_failed(self, error: Exception) -> None:
        errors.report(error)
        self.reject()

    def _fill(self, technician_id: int | None, start: datetime | None, day: date | None) -> None:
        if self.visit is None:
            self._fill_new(technician_id, start, day)
        else:
            self._fill_existing(self.visit)
        self._update_buttons()
        self._slots_timer.start()

    def _fill_new(
        self, technician_id: int | None, start: datetime | None, day: date | None
    ) -> None:
        self.title.setText(self.tr("Nueva visita"))
        self.status_label.hide()
        if not self._services:
            self.banner.show_info(
                self.tr(
                    "Para agendar visitas, el taller necesita al menos un servicio. "
                    "Créelo primero en Ajustes → Servicios."
                )
            )
        if technician_id is not None:
            tech = next((t for t in self._technicians if t.id == technician_id), None)
            first = next(
                (i for i, s in enumerate(self._services) if tech and s.id in tech.service_ids), 0
            )
            self.service.setCurrentIndex(first)
        self._fill_technicians(technician_id)
        local = clock.to_local(start) if start else None
        self.date.setDate(qdate(local.date() if local else day or clock.today()))
        if local is not None:
            self.time.setTime(QTime(local.hour, local.minute))
        else:
            self.time.setTime(QTime(9, 0))

    def _fill_existing(self, visit: lookups.VisitDetails) -> None:
        self.title.setText(
            self.tr("Visita de {name}").format(name=visit.customer.name or visit.customer.phone)
        )
        status = status_text(visit.status)
        if visit.status == PROPOSED and visit.expires_at:
            status = self.tr("{status} de aprobación · vence {when}").format(
                status=status, when=datetime_text(visit.expires_at)
            )
        if visit.source == "bot":
            status += " · " + self.tr("propuesta por VircomBot")
        if visit.customer_confirmed_at is not None:
            status += " · " + self.tr("✓ el cliente confirmó su asistencia ({when})").format(
                when=datetime_text(visit.customer_confirmed_at)
            )
        self.status_label.setText(status)
        self.search.hide()
        self.phone.setText(visit.customer.phone)
        self.name.setText(visit.customer.name)
        for field in (self.phone, self.name):
            field.setReadOnly(True)
        self._customer_id = visit.customer.id
        index = self.service.findData(visit.service_id)
        self.service.setCurrentIndex(max(index, 0))
        self._fill_technicians(visit.technician_id)
        self.date.setDate(qdate(visit.starts_at.date()))
        self.time.setTime(QTime(visit.starts_at.hour, visit.starts_at.minute))
        self.address.setText(visit.address)
        self.issue.setPlainText(visit.issue)
        self.notes.setPlainText(visit.notes)
        movable = visit.status in (PROPOSED, CONFIRMED)
        for widget in (self.service, self.technician, self.date, self.time, self.slots):
            widget.setEnabled(movable)

    def _fill_technicians(self, chosen: int | None) -> None:
        """Only technicians who do the chosen service; "any" lets the engine pick (new visits)."""
        service_id = self.service.currentData()
        self.technician.blockSignals(True)
        previous = chosen if chosen is not None else self.technician.currentData()
        self.technician.clear()
        if self.visit is None:
            self.technician.addItem(self.tr("Cualquiera disponible"), None)
        for tech in self._technicians:
            if service_id in tech.service_ids:
                self.technician.addItem(tech.name, tech.id)
        index = self.technician.findData(previous) if previous is not None else 0
        self.technician.setCurrentIndex(max(index, 0))
        self.technician.blockSignals(False)

    # -- customer -------------------------------------------------------------------------------

    def _search_customers(self) -> None:
        text = self.search.text()
        if len(text.strip()) < 2:
            return
        Op(self, partial(lookups.search_customers, text)).on_success(self._show_matches).run()

    def _show_matches(self, matches: tuple[lookups.CustomerMatch, ...]) -> None:
        self._customer_matches = {
            f"{m.name} · {m.phone}" if m.phone else m.name: m for m in matches
        }
        self._completions.setStringList(list(self._customer_matches))
        if matches and self.search.hasFocus():
            self.completer.complete()

    def _on_customer_chosen(self, text: str) -> None:
        match = self._customer_matches.get(text)
        if match is None:
            return
        self.choose_customer(match)

    def choose_customer(self, match: lookups.CustomerMatch) -> None:
        """Use an existing customer for the new visit."""
        self._customer_id = match.id
        self.phone.setText(match.phone)
        self.name.setText(match.name)
        if not self.address.text().strip():
            self.address.setText(match.address)
        self._show_hint(self.tr("Cliente registrado"))

    def _on_customer_edited(self) -> None:
        if self.visit is None and self._customer_id is not None:
            self._customer_id = None
            self._show_hint(self.tr("Se registrará como cliente nuevo"))

    def _show_hint(self, text: str) -> None:
        self.customer_hint.setText(text)
        self.customer_hint.show()

    # -- time and technician ------------------------------------------------------------------

    def _on_service_changed(self) -> None:
        self._fill_technicians(None)
        self._on_when_changed()

    def _on_when_changed(self) -> None:
        self._update_buttons()
        self._slots_timer.start()

    def start(self) -> datetime:
        """The chosen start, an aware instant in the shop's zone."""
        value = self.time.time()
        return clock.local_datetime(pydate(self.date.date()), time(value.hour(), value.minute()))

    def _suggest_slots(self) -> None:
        service_id = self.service.currentData()
        if service_id is None:
            return
        find = partial(
            visits.free_times,
            pydate(self.date.date()),
            service_id,
            self.technician.currentData(),
            editing=self.visit.id if self.visit else None,
        )
        Op(self, find).on_success(self._show_slots).on_failure(self._show_slots_error).run()

    def _show_slots(self, slots: list[Slot]) -> None:
        self.slots.clear()
        if not slots:
            item = QListWidgetItem(self.tr("Sin horarios libres ese día"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.slots.addItem(item)
            return
        chosen = self.start()
        for slot in slots:
            item = QListWidgetItem(time_text(slot.start))
            item.setData(Qt.ItemDataRole.UserRole, slot.start)
            item.setToolTip(", ".join(tech.name for tech in slot.technicians))
            self.slots.addItem(item)
            if slot.start == chosen:
                item.setSelected(True)  # the time picked stays marked, with its label

    def _show_slots_error(self, error: Exception) -> None:
        self.slots.clear()
        self.slots.addItem(booking_error_text(error) or self.tr("No se pudo consultar"))

    def _on_slot_clicked(self, item: QListWidgetItem) -> None:
        start = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(start, datetime):
            self.time.setTime(QTime(start.hour, start.minute))

    def slot_times(self) -> list[datetime]:
        """The suggested free starts now listed."""
        items = (self.slots.item(row) for row in range(self.slots.count()))
        values = (item.data(Qt.ItemDataRole.UserRole) for item in items)
        return [value for value in values if isinstance(value, datetime)]

    def _moved(self) -> bool:
        visit = self.visit
        return visit is not None and (
            self.start(),
            self.technician.currentData(),
            self.service.currentData(),
        ) != (visit.starts_at, visit.technician_id, visit.service_id)

    def _update_buttons(self) -> None:
        status = self.visit.status if self.visit else None
        self.confirm_button.setVisible(status == PROPOSED)
        self.complete_button.setVisible(status == CONFIRMED)
        self.no_show_button.setVisible(status == CONFIRMED)
        self.cancel_visit_button.setVisible(status in (PROPOSED, CONFIRMED))
        self.reschedule_button.setVisible(status in (PROPOSED, CONFIRMED))
        self.reschedule_button.setEnabled(self._moved() and not self._busy)
        self.save_button.setText(
            self.tr("Agendar visita") if self.visit is None else self.tr("Guardar")
        )
        self.save_button.setEnabled(
            not self._busy and (self.visit is not None or bool(self._services))
        )
        for button in (
            self.confirm_button,
            self.complete_button,
            self.no_show_button,
            self.cancel_yes,
        ):
            button.setEnabled(not self._busy)

    # -- saving ---------------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        if busy:
            # Disabling the clicked button moves the focus on (to "Cancelar visita", where Enter
            # would open the cancel dialog); it comes back here when the step is refused.
            self._focus_before = self.focusWidget()
        self._busy = busy
        self._update_buttons()

    def save(self) -> None:
        """Book the new visit, or save the changes of an existing one."""
        self.banner.hide()
        if self.visit is None:
            self._save_new()
        else:
            self._save_existing(self.visit)

    def _save_new(self) -> None:
        if not (self.phone.text().strip() or self.name.text().strip()):
            self.banner.show_error(self.tr("Indique el teléfono o el nombre del cliente."))
            return
        service_id = self.service.currentData()
        if service_id is None:
            self.banner.show_error(self.tr("Primero cree un servicio en Ajustes → Servicios."))
            return
        new = visits.NewVisit(
            phone=self.phone.text(),
            name=self.name.text(),
            customer_id=self._customer_id,
            request=VisitRequest(
                customer_id=self._customer_id or 0,
                service_id=service_id,
                start=self.start(),
                address=self.address.text(),
                issue=self.issue.toPlainText(),
                technician_id=self.technician.currentData(),
                notes=self.notes.toPlainText(),
            ),
        )
        self._set_busy(True)
        Op(self, partial(visits.book, new, self._actor)).on_success(self._on_booked).on_failure(
            self._on_refused
        ).run()

    def _on_booked(self, visit: visits.Booked) -> None:
        self._set_busy(False)
        message = self.tr("Visita agendada para el {when}.").format(
            when=datetime_text(visit.starts_at)
        )
        self.saved.emit(visit.id, message)
        self.accept()

    def _details(self) -> dict[str, str]:
        return {
            "address": self.address.text(),
            "issue": self.issue.toPlainText(),
            "notes": self.notes.toPlainText(),
        }

    def _edited_details(self) -> dict[str, str]:
        """The details typed since the visit was opened: a lifecycle step saves them with it."""
        visit = self.visit
        if visit is None:
            return {}
        stored = {"address": visit.address, "issue": visit.issue, "notes": visit.notes}
        return {key: value for key, value in self._details().items() if value != stored[key]}

    def has_unsaved_edits(self) -> bool:
        """Whether closing now would lose something typed."""
        if self.visit is not None:
            return bool(self._edited_details()) or self._moved()
        return any(self._details().values()) or bool(self.name.text() or self.phone.text())

    def _save_existing(self, visit: lookups.VisitDetails) -> None:
        details = self._details()
        change = partial(
            visits.save,
            visit,
            self.start(),
            self.technician.currentData(),
            self.service.currentData(),
            details,
            self._actor,
        )
        message = (
            self.tr("Visita reprogramada para el {when}.").format(when=datetime_text(self.start()))
            if self._moved()
            else self.tr("Cambios guardados.")
        )
        self._set_busy(True)
        Op(self, change).on_success(lambda _none: self._done(message)).on_failure(
            self._on_refused
        ).run()

    def _act(self, action: str) -> None:
        """Run a lifecycle step (approve, complete, no_show, cancel) on the open visit.

        Approving the bot's proposal is the owner's decision, so it asks for the owner's PIN.
        """
        if self.visit is None:
            return
        if action == "approve":
            ask_owner(self, self._owner_unlock, self._approve)
            return
        visit_id = self.visit.id
        edits = self._edited_details()
        steps = {
            "complete": (
                partial(visits.complete, visit_id, actor=self._actor, edits=edits),
                self.tr("Visita marcada como realizada."),
            ),
            "no_show": (
                partial(visits.mark_no_show, visit_id, actor=self._actor, edits=edits),
                self.tr("Visita marcada como «no asistió»."),
            ),
            "cancel": (
                partial(
                    visits.cancel,
                    visit_id,
                    actor=self._actor,
                    reason=self.cancel_reason.text(),
                    edits=edits,
                ),
                self.tr("Visita cancelada."),
            ),
        }
        step, message = steps[action]
        self._run_step(step, message)

    def _approve(self, owner: str) -> None:
        assert self.visit is not None
        self._run_step(
            partial(
                approvals.approve,
                self.visit.id,
                actor=owner,
                at_desk=self._owner_unlock.desk,
                edits=self._edited_details(),
            ),
            self.tr("Visita confirmada."),
        )

    def _run_step(self, step: Callable[[], object], message: str) -> None:
        self._set_busy(True)
        Op(self, step).on_success(lambda _visit: self._done(message)).on_failure(
            self._on_refused
        ).run()

    def _done(self, message: str) -> None:
        self._set_busy(False)
        assert self.visit is not None
        self.saved.emit(self.visit.id, message)
        self.accept()

    def _on_refused(self, error: Exception) -> None:
        self._set_busy(False)
        focus = self._focus_before
        if focus is not None and focus.isVisible() and focus.isEnabled():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        text = booking_error_text(error)
        if text is None:
            errors.report(error)
            return
        self.banner.show_error(text)
