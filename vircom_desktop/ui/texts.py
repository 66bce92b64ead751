"""Plain Spanish for the domain's codes: visit statuses and the reasons a booking is refused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vircom_desktop.domain.availability import AvailabilityError
from vircom_desktop.domain.booking import BookingError


def _booking_texts() -> dict[str, str]:
    # Built on each call so the texts follow the translator installed at the time.
    return {
        "slot_taken": QCoreApplication.translate("texts", "Ese horario ya no está libre."),
        "outside_hours": QCoreApplication.translate("texts", "El técnico no trabaja a esa hora."),
        "closed": QCoreApplication.translate("texts", "El taller está cerrado ese día."),
        "in_past": QCoreApplication.translate("texts", "Esa hora ya pasó."),
        "too_soon": QCoreApplication.translate(
            "texts", "Queda muy poco tiempo para esa hora; elija una más adelante."
        ),
        "too_far": QCoreApplication.translate(
            "texts", "Todavía no se toman reservas para esa fecha."
        ),
        "skill": QCoreApplication.translate("texts", "Ese técnico no realiza este servicio."),
        "unknown_technician": QCoreApplication.translate(
            "texts", "Ese técnico no existe o no está activo."
        ),
        "unknown_service": QCoreApplication.translate(
            "texts", "Ese servicio no existe o no está activo."
        ),
        "unknown_customer": QCoreApplication.translate("texts", "No se encontró al cliente."),
        "missing_address": QCoreApplication.translate("texts", "Falta la dirección de la visita."),
        "missing_issue": QCoreApplication.translate("texts", "Describa el problema a reparar."),
        "missing_reason": QCoreApplication.translate("texts", "Indique el motivo."),
        "no_technician": QCoreApplication.translate(
            "texts", "Ningún técnico puede hacer ese servicio a esa hora."
        ),
        "invalid_transition": QCoreApplication.translate(
            "texts", "Esa acción no corresponde al estado actual de la visita."
        ),
        "not_found": QCoreApplication.translate("texts", "La visita ya no existe."),
        "not_started": QCoreApplication.translate("texts", "La visita todavía no empieza."),
        "bad_duration": QCoreApplication.translate(
            "texts", "Una visita dura entre 15 minutos y 12 horas."
        ),
    }


def booking_error_text(error: Exception) -> str | None:
    """The Spanish sentence for a refused booking step, or None when `error` is not one."""
    if not isinstance(error, BookingError | AvailabilityError):
        return None
    return _booking_texts().get(
        error.code,
        QCoreApplication.translate("texts", "No se pudo completar la acción."),
    )


def attendance_text() -> str:
    """Shown next to a visit whose customer confirmed they will be there."""
    return QCoreApplication.translate("texts", "Asistencia confirmada por el cliente")


def visit_status_text(status: str, attendance_confirmed: bool) -> str:
    """The status, with a check when the customer confirmed their attendance."""
    text = status_text(status)
    return f"{text} ✓" if attendance_confirmed and status == "confirmed" else text


def status_text(status: str) -> str:
    """The Spanish name of a visit status."""
    names = {
        "proposed": QCoreApplication.translate("texts", "Pendiente"),
        "confirmed": QCoreApplication.translate("texts", "Confirmada"),
        "done": QCoreApplication.translate("texts", "Realizada"),
        "cancelled": QCoreApplication.translate("texts", "Cancelada"),
        "rejected": QCoreApplication.translate("texts", "Rechazada"),
        "expired": QCoreApplication.translate("texts", "Vencida"),
        "no_show": QCoreApplication.translate("texts", "No asistió"),
    }
    return names.get(status, status)


def privacy_error_text(code: str) -> str:
    """The Spanish sentence for a refused data-rights request (domain.privacy codes)."""
    texts = {
        "visit_in_progress": QCoreApplication.translate(
            "texts",
            "El cliente tiene una visita en curso: complétela o cancélela antes de eliminar "
            "sus datos.",
        ),
        "visit_pending": QCoreApplication.translate(
            "texts",
            "El cliente tiene una visita pendiente: complétela o cancélela antes de eliminar "
            "sus datos.",
        ),
        "unknown_customer": QCoreApplication.translate("texts", "El cliente ya no existe."),
    }
    return texts.get(code, QCoreApplication.translate("texts", "No se pudo atender la solicitud."))
