"""Checks on the final reply, in code, so the model's wording cannot break a business rule.

- A visit that is only proposed is never announced as confirmed; one the database holds as
  confirmed may be (the checks read the customer's visits, not the model's words).
- A visit that was never booked is never announced as booked.
- A handoff always tells the customer that a person will follow up.
"""

from __future__ import annotations

import re
from datetime import datetime

from vircom_desktop.domain import clock

PENDING_NOTE = (
    "La visita queda pendiente de aprobación del taller; te avisaremos cuando esté confirmada."
)
NOT_BOOKED_NOTE = (
    "Aún no he reservado ninguna visita. Para hacerlo necesito tu nombre, tu dirección y el "
    "problema, y revisar la disponibilidad."
)
HANDOFF_NOTE = "Una persona del equipo de Asistencia Vircom te contactará pronto."

_CONFIRMED = re.compile(r"\bconfirmad([oa]s?)\b", re.IGNORECASE)
_PENDING = re.compile(r"pendiente|por confirmar|aprobaci[oó]n|confirmar[áa]", re.IGNORECASE)
_BOOKING_CLAIM = re.compile(
    r"(qued[óo]|est[áa]|fue|ha sido|queda)\s+(agendad|reservad|confirmad|programad)"
    r"|\b(agend[ée]|reserv[ée]|he agendado|he reservado|hemos agendado|hemos reservado)\b"
    r"|\b(is|has been) (booked|confirmed|scheduled)\b",
    re.IGNORECASE,
)
_PERSON = re.compile(
    r"persona|equipo|humano|ejecutiv|colega|encargad|someone|team|person", re.IGNORECASE
)


def claims_booking(text: str) -> bool:
    return bool(_BOOKING_CLAIM.search(text)) or bool(_CONFIRMED.search(text))


def enforce_pending(text: str) -> str:
    """For a proposed visit: no 'confirmada', and say it awaits the shop's approval."""
    text = _CONFIRMED.sub(lambda m: "reservad" + m.group(1), text)
    if not _PENDING.search(text):
        text = _with_note(text, PENDING_NOTE)
    return text


def enforce_not_booked(text: str) -> str:
    """The model said it booked, but nothing was booked: do not let the customer believe it."""
    if not claims_booking(text):
        return text
    return NOT_BOOKED_NOTE


def mentions_time(text: str, moments: list[datetime]) -> bool:
    """Whether the reply names the start time (10:00 or 10.00, shop time) of one of `moments`."""
    for moment in moments:
        local = clock.to_local(moment)
        for written in (f"{local:%H:%M}", f"{local.hour}:{local:%M}", f"{local:%H}.{local:%M}"):
            if re.search(rf"(?<![0-9]){re.escape(written)}(?![0-9])", text):
                return True
    return False


def enforce_handoff_notice(text: str) -> str:
    if _PERSON.search(text):
        return text
    return _with_note(text, HANDOFF_NOTE)


def _with_note(text: str, note: str) -> str:
    return f"{text.rstrip()}\n\n{note}".strip()
