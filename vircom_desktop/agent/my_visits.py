"""The customer's own visits, as VircomBot may see and change them (CONTRACT §5).

Whose visits a conversation may touch is decided here, in code, whatever the model says: the
customer the channel vouches for. On WhatsApp, Twilio and the generic webhook that is the
sender's phone number (every customer record with that number, so visits booked at the desk
or through the staff API count too); in web chat, only the visits booked in that same chat.
A phone number or an id typed into a chat never reaches anyone else's visit, and someone
else's id gets the same answer as an id that does not exist.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from vircom_desktop.domain import booking, clock, conversations
from vircom_desktop.domain.models import (
    CONFIRMED,
    HOLDING_STATUSES,
    PROPOSED,
    Appointment,
    Customer,
)
from vircom_desktop.domain.policy import booking_policy

SLOT_FORMAT = "%Y-%m-%dT%H:%M"
_ID = re.compile(r"[0-9]{1,9}")
WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
ACTIONS = ("confirm_attendance", "cancel", "reschedule")
_ACTION_ALIASES = {
    "confirm": "confirm_attendance",
    "confirmar": "confirm_attendance",
    "confirm_attendance": "confirm_attendance",
    "attend": "confirm_attendance",
    "cancel": "cancel",
    "cancelar": "cancel",
    "anular": "cancel",
    "reschedule": "reschedule",
    "reagendar": "reschedule",
    "cambiar": "reschedule",
    "move": "reschedule",
    "mover": "reschedule",
}


class VisitError(ValueError):
    """Something the model must fix or tell the customer; `hint` says how (Spanish)."""

    def __init__(self, code: str, message: str, hint: str = "", **extra: Any) -> None:
        super().__init__(message)
        self.code = code
        self.hint = hint
        self.extra = extra


def visible(conversation_id: int) -> list[Appointment]:
    """The upcoming proposed/confirmed visits of this conversation's customer, soonest first."""
    conversation = conversations.get(conversation_id)
    whose = Appointment.conversation == conversation_id
    phone = conversations.sender_phone(conversation)
    if phone:
        whose |= Appointment.customer.in_(
            Customer.select(Customer.id).where(Customer.phone == phone)
        )
    return list(
        Appointment.select()
        .where(
            whose & Appointment.status.in_(HOLDING_STATUSES) & (Appointment.starts_at > clock.now())
        )
        .order_by(Appointment.starts_at, Appointment.id)
    )


def describe(appointment: Appointment) -> dict[str, Any]:
    local = clock.to_local(appointment.starts_at)
    return {
        "appointment_id": appointment.id,
        "date": local.strftime(SLOT_FORMAT),
        "weekday": WEEKDAYS[local.weekday()],
        "ends": clock.to_local(appointment.ends_at).strftime("%H:%M"),
        "service": appointment.service.name,
        "technician": appointment.technician.name,
        "address": appointment.address,
        "status": appointment.status,
        "attendance_confirmed": appointment.customer_confirmed_at is not None,
    }


def listing(conversation_id: int) -> dict[str, Any]:
    """get_my_appointments' answer."""
    visits = [describe(visit) for visit in visible(conversation_id)]
    if not visits:
        return {
            "appointments": [],
            "message": "Este cliente no tiene visitas próximas. Ofrece agendar una si la necesita.",
        }
    note = (
        "status confirmed = confirmada por el taller; proposed = pendiente de aprobación del "
        "taller (no digas que está confirmada)."
    )
    if len(visits) > 1:
        note += (
            " Tiene varias visitas: si el cliente no dice cuál, pregúntale cuál antes de cambiarla."
        )
    return {"appointments": visits, "message": note}


def appointment_id_of(value: Any) -> int:
    """The model's id argument ('12', 12, '#12') as an int."""
    if isinstance(value, dict):
        value = value.get("id") or value.get("appointment_id")
    if isinstance(value, bool) or value is None:
        raise VisitError(
            "missing_appointment_id",
            "Falta el id de la visita.",
            "Usa get_my_appointments y pasa el appointment_id de la visita que el cliente indica.",
        )
    text = str(value).strip().lstrip("#")
    if not _ID.fullmatch(text):  # ASCII digits only, small enough for any id column
        raise VisitError(
            "bad_appointment_id",
            f"{value!r} no es un id de visita.",
            "Pasa el appointment_id (un número) que dio get_my_appointments.",
        )
    return int(text)


def action_of(value: Any) -> str:
    text = str(value).strip().lower() if isinstance(value, str) else ""
    action = _ACTION_ALIASES.get(text)
    if action is None:
        raise VisitError(
            "bad_action",
            "Falta la acción o no la entiendo." if not text else f"La acción {text!r} no existe.",
            "Usa action: confirm_attendance, cancel o reschedule.",
            valid_actions=list(ACTIONS),
        )
    return action


def own_visit(conversation_id: int, appointment_id: int) -> Appointment:
    """One of the customer's own upcoming visits; anything else is 'not found', alike."""
    visits = visible(conversation_id)
    found = next((visit for visit in visits if visit.id == appointment_id), None)
    if found is None:
        raise VisitError(
            "not_found",
            f"No hay una visita próxima {appointment_id} de este cliente.",
            "Solo puedes ver y cambiar las visitas de este cliente. Usa get_my_appointments.",
            appointments=[describe(visit) for visit in visits],
        )
    return found


def too_late(appointment: Appointment) -> bool:
    """Within the policy's window before the start a person must handle the change."""
    window = timedelta(minutes=booking_policy().cancel_window_minutes)
    return appointment.starts_at - clock.now() < window


def confirm_attendance(appointment: Appointment, actor: str) -> dict[str, Any]:
    if appointment.status == PROPOSED:
        raise VisitError(
            "still_pending",
            "Esa visita aún está pendiente de aprobación del taller.",
            "Dile al cliente que el taller la confirmará pronto; no digas que está confirmada.",
        )
    updated = booking.confirm_attendance(appointment.id, actor=actor)
    return {
        "ok": True,
        "appointment": describe(updated),
        "message": "Asistencia confirmada. Agradece al cliente y recuérdale el día y la hora.",
    }


def cancel(appointment: Appointment, reason: str, actor: str) -> dict[str, Any]:
    note = "cancelada por el cliente" + (f": {reason}" if reason else "")
    booking.cancel(appointment.id, actor=actor, reason=note)
    return {
        "ok": True,
        "cancelled": appointment.id,
        "message": "Visita cancelada. Díselo al cliente y ofrécele agendar otra si la necesita.",
    }


def reschedule(
    appointment: Appointment, start: datetime, free: list[str], reason: str, actor: str
) -> Appointment:
    """The move, once the tool checked `start` is one of the `free` times."""
    if start.strftime(SLOT_FORMAT) not in free:
        raise VisitError(
            "slot_not_free",
            f"La hora {start.strftime(SLOT_FORMAT)} no está libre.",
            "Ofrece una de las horas libres de ese día" + ("." if free else " u otra fecha."),
            free_slots=free[:12],
        )
    try:
        return booking.move_for_customer(appointment.id, start, actor=actor, reason=reason)
    except booking.SlotTaken as error:
        raise VisitError(
            "slot_taken", "Esa hora se acaba de ocupar.", "Ofrece otra hora libre."
        ) from error
    except booking.BookingError as error:
        raise VisitError(error.code, str(error), "Elige otra hora u otra fecha.") from error


def moved_payload(old: Appointment, new: Appointment) -> dict[str, Any]:
    pending = new.status == PROPOSED
    return {
        "ok": True,
        "replaced": old.id,
        "appointment": describe(new),
        "message": (
            "Nueva hora reservada y PENDIENTE de aprobación del taller; la visita anterior quedó "
            "liberada. Dile al cliente que el taller confirmará la nueva hora; no digas que está "
            "confirmada."
            if pending
            else "Visita cambiada y confirmada a la nueva hora; la anterior quedó liberada."
        ),
    }


def statuses_for_claims(conversation_id: int) -> tuple[list[Appointment], list[Appointment]]:
    """(confirmed, proposed) visits of the customer: the facts the guardrail checks a reply on."""
    visits = visible(conversation_id)
    return (
        [visit for visit in visits if visit.status == CONFIRMED],
        [visit for visit in visits if visit.status == PROPOSED],
    )
