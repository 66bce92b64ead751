"""The delivery state of an outgoing message, and why a send failed, in plain Spanish for staff.

The outbox stores its reasons in English for the log (see `channels.outbox` and the senders);
staff see what happened and what they can do about it. The technical text stays in the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vircom_desktop.desk.console import REVIEW

FAILED = "failed"
OUTBOUND_ROLES = ("bot", "staff", "system")


def _tr(text: str) -> str:
    return QCoreApplication.translate("delivery", text)


def state_text(status: str, error: str = "") -> str:
    """The state shown under an outgoing bubble ('' for statuses staff need not see)."""
    if status in ("pending", "sending") and error:
        return _tr("pendiente (reintentando)")
    states = {
        REVIEW: _tr("borrador por revisar"),
        "pending": _tr("pendiente"),
        "sending": _tr("pendiente"),
        "sent": _tr("enviado"),
        "delivered": _tr("entregado"),
        "read": _tr("leído"),
        FAILED: _tr("no se pudo enviar"),
    }
    return states.get(status, "")


def failure_text(error: str) -> str:
    """Why a message was not sent and what to do, for staff (the outbox's reason is English)."""
    lowered = error.lower()
    if "131047" in lowered or "24 hours" in lowered:
        text = _tr(
            "WhatsApp no permite escribir: pasaron más de 24 horas desde el último mensaje del"
            " cliente. Reintente cuando el cliente vuelva a escribir."
        )
        if "template" in lowered:
            text += " " + _tr("Ya se le envió la plantilla para retomar la conversación.")
        return text
    if "stopped while sending" in lowered:
        return _tr(
            "La aplicación se cerró mientras se enviaba: puede que haya llegado o no. Confírmelo"
            " con el cliente antes de reintentar."
        )
    if "not configured" in lowered:
        return _tr("El canal no está configurado. Revise sus datos en Ajustes → Canales.")
    if "cannot reach" in lowered:
        return _tr("No hubo conexión con el proveedor. Revise internet y reintente.")
    if "http 401" in lowered or "http 403" in lowered:
        return _tr("El proveedor rechazó las credenciales. Revise el token en Ajustes → Canales.")
    if "http 429" in lowered:
        return _tr("El proveedor pidió esperar por exceso de envíos. Reintente en unos minutos.")
    if "could not deliver" in lowered or "whatsapp error" in lowered:
        return _tr("El proveedor no pudo entregar el mensaje al cliente.")
    return _tr("El proveedor rechazó el mensaje. Reintente o escriba al cliente por otra vía.")
