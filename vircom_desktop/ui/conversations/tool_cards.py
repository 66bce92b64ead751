"""Cards that show what VircomBot did while drafting: availability checked, visit proposed..."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from vircom_desktop.ui.formatting import date_text, datetime_text, time_text
from vircom_desktop.ui.texts import status_text
from vircom_desktop.ui.widgets import repolish

SLOT_FORMAT = "%Y-%m-%dT%H:%M"
MAX_SLOTS_SHOWN = 16


def _parse(result: str) -> dict[str, Any]:
    try:
        value = json.loads(result)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _local(value: Any) -> datetime | None:
    """A 'YYYY-MM-DDTHH:MM' shop-time string as an aware datetime, or None."""
    from vircom_desktop.domain import clock

    try:
        moment = datetime.strptime(str(value), SLOT_FORMAT)
    except ValueError:
        return None
    return moment.replace(tzinfo=clock.shop_zone())


class ToolCard(QFrame):
    """One tool call of the current draft: a title while it runs, then what it found."""

    show_appointment = Signal(int)
    rename_customer = Signal(int, str)  # customer id, the name the customer gave the bot

    def __init__(self, name: str, arguments: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.arguments = arguments
        self.appointment_id: int | None = None
        self._width: int | None = None
        self.setObjectName("toolCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title_label = QLabel()
        self.title_label.setObjectName("toolTitle")
        self.title_label.setWordWrap(True)
        self.body_label = QLabel()
        self.body_label.setWordWrap(True)
        self.body_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body_label.hide()
        self.agenda_button = QPushButton(self.tr("Ver en la agenda"))
        self.agenda_button.hide()
        self.agenda_button.clicked.connect(self._show_appointment)
        self.name_offer: tuple[int, str] | None = None
        self.rename_button = QPushButton()
        self.rename_button.hide()
        self.rename_button.clicked.connect(self._take_offered_name)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.agenda_button)
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.title_label)
        layout.addWidget(self.body_label)
        layout.addLayout(buttons)
        self.title_label.setText(self._running_title())

    def _running_title(self) -> str:
        titles = {
            "check_availability": self.tr("Consultando disponibilidad…"),
            "book_appointment": self.tr("Proponiendo una visita…"),
            "get_services": self.tr("Revisando los servicios…"),
            "handoff_to_human": self.tr("Derivando a una persona…"),
        }
        return titles.get(self.name, self.tr("Usando {tool}…").format(tool=self.name))

    def fit(self, width: int) -> None:
        """Exactly `width` wide, as tall as its wrapped lines need (the thread's row layouts
        do not pass height-for-width on)."""
        self._width = width
        self.setFixedWidth(width)
        # Style sheets change margins and fonts at polish time: measure polished widgets.
        self.ensurePolished()
        for child in self.findChildren(QWidget):
            child.ensurePolished()
        layout = self._layout
        layout.invalidate()
        needed = max(layout.totalHeightForWidth(width), layout.totalMinimumSize().height())
        # The style's frame and a line of slack: a clipped card hides its buttons.
        self.setMinimumHeight(needed + self.fontMetrics().height())

    def finish(self, result: str, ok: bool) -> None:
        """Show the tool's outcome (the JSON the model received)."""
        self._show_outcome(result, ok)
        if self._width is not None:
            self.fit(self._width)

    def _show_outcome(self, result: str, ok: bool) -> None:
        payload = _parse(result)
        if not ok:
            self._set_failed(payload)
        elif self.name == "check_availability":
            self._set_availability(payload)
        elif self.name == "book_appointment":
            self._set_booking(payload)
        elif self.name == "get_services":
            services = payload.get("services") or []
            self.title_label.setText(self.tr("Servicios consultados"))
            self._set_body(
                ", ".join(str(s.get("name", "")) for s in services if isinstance(s, dict))
            )
        elif self.name == "handoff_to_human":
            self.title_label.setText(self.tr("Derivada a una persona del equipo"))
            reason = self.arguments.get("reason") if isinstance(self.arguments, dict) else ""
            self._set_body(str(reason or ""))
        else:
            self.title_label.setText(self.tr("Herramienta {tool} usada").format(tool=self.name))

    def _set_body(self, text: str) -> None:
        self.body_label.setText(text)
        self.body_label.setVisible(bool(text))

    def _set_failed(self, payload: dict[str, Any]) -> None:
        repolish(self, failed=True)  # the theme colours a failed tool as an error
        self.title_label.setText(self._running_title().rstrip("…") + self.tr(": no resultó"))
        self._set_body(str(payload.get("error", "")))

    def _set_availability(self, payload: dict[str, Any]) -> None:
        day = str(payload.get("date", ""))
        starts = [_local(value) for value in payload.get("slots") or []]
        slots = [start for start in starts if start is not None]
        first = _local(f"{day}T00:00")
        day_text = date_text(first.date(), long=True) if first else day
        self.title_label.setText(self.tr("Disponibilidad consultada: {day}").format(day=day_text))
        if not slots:
            self._set_body(self.tr("No quedan horas libres ese día."))
            return
        times = [time_text(start) for start in slots[:MAX_SLOTS_SHOWN]]
        text = " · ".join(times)
        if len(slots) > MAX_SLOTS_SHOWN:
            text += " " + self.tr("(y {count} más)").format(count=len(slots) - MAX_SLOTS_SHOWN)
        self._set_body(
            self.tr("{count} horas libres: {times}").format(count=len(slots), times=text)
        )

    def _set_booking(self, payload: dict[str, Any]) -> None:
        appointment_id = payload.get("appointment_id")
        self.appointment_id = appointment_id if isinstance(appointment_id, int) else None
        start = _local(payload.get("date"))
        when = datetime_text(start, long=True) if start else str(payload.get("date", ""))
        pending = payload.get("status") == "proposed"
        self.title_label.setText(
            self.tr("Visita propuesta (pendiente de aprobación)")
            if pending
            else self.tr("Visita agendada")
        )
        self._set_body(
            self.tr("{service} · {when} · {technician}\n{address}").format(
                service=payload.get("service", ""),
                when=when,
                technician=payload.get("technician", ""),
                address=payload.get("address", ""),
            )
        )
        self.agenda_button.setVisible(self.appointment_id is not None)
        self._offer_name(payload.get("name_offer"))

    def set_visit_status(self, status: str) -> None:
        """The proposed visit's status now: approved, rejected... since the bot proposed it."""
        if self.name != "book_appointment" or self.appointment_id is None:
            return
        if status == "proposed":
            return
        self.title_label.setText(
            self.tr("Visita propuesta: {status}").format(status=status_text(status).lower())
        )

    def _offer_name(self, offer: Any) -> None:
        """The customer gave the bot another name than the one on file: staff decide."""
        if not isinstance(offer, dict) or not isinstance(offer.get("customer_id"), int):
            return
        heard, on_file = str(offer.get("heard", "")), str(offer.get("on_file", ""))
        self.name_offer = (offer["customer_id"], heard)
        self._set_body(
            self.body_label.text()
            + "\n"
            + self.tr("En la ficha figura «{on_file}»; el cliente dijo «{heard}».").format(
                on_file=on_file, heard=heard
            )
        )
        self.rename_button.setText(self.tr("Usar «{heard}»").format(heard=heard))
        self.rename_button.show()

    def _take_offered_name(self) -> None:
        if self.name_offer is not None:
            self.rename_button.setEnabled(False)
            self.rename_customer.emit(*self.name_offer)

    def _show_appointment(self) -> None:
        if self.appointment_id is not None:
            self.show_appointment.emit(self.appointment_id)
