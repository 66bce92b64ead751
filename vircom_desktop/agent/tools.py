"""VircomBot's four tools (CONTRACT §5), backed by the domain, hardened against untrusted input.

The model's arguments are untrusted: every tool validates and coerces them, and answers with a
JSON string the model can act on. A problem is `{"error": ..., "hint": ...}` in Spanish, never an
exception, and no argument can make a booking that breaks a rule (the domain re-checks it all).
A tool only ever touches the conversation it runs for.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from vircom_desktop.domain import availability, booking, clock, conversations, customers
from vircom_desktop.domain.models import PROPOSED, Appointment, Service
from vircom_desktop.domain.policy import booking_policy

from .parsing import load_json
from .prompt import WEEKDAYS, active_services, price_text

log = logging.getLogger("vircom.agent")

ACTOR = "VircomBot"
SLOT_FORMAT = "%Y-%m-%dT%H:%M"

TOOL_SCHEMAS: list[dict[str, Any]] = [
    {
        "type": "function",
        "function": {
            "name": "get_services",
            "description": "Lista los servicios del taller con su duración y precio.",
            "parameters": {"type": "object", "properties": {}, "required": []},
        },
    },
    {
        "type": "function",
        "function": {
            "name": "check_availability",
            "description": (
                "Horas libres para una visita en una fecha. Devuelve cada hora como "
                "AAAA-MM-DDTHH:MM, el formato que usa book_appointment."
            ),
            "parameters": {
                "type": "object",
                "properties": {
                    "date": {"type": "string", "description": "Fecha AAAA-MM-DD"},
                    "service": {
                        "type": "string",
                        "description": "Id o nombre del servicio (opcional)",
                    },
                },
                "required": ["date"],
            },
        },
    },
    {
        "type": "function",
        "function": {
            "name": "book_appointment",
            "description": (
                "Reserva una visita a domicilio en una hora libre dada por check_availability. "
                "La visita queda pendiente de aprobación del taller."
            ),
            "parameters": {
                "type": "object",
                "properties": {
                    "client_data": {
                        "type": "object",
                        "description": (
                            'Datos del cliente: {"name": nombre, "address": dirección, '
                            '"phone": teléfono opcional}'
                        ),
                    },
                    "date": {
                        "type": "string",
                        "description": "Inicio de la visita AAAA-MM-DDTHH:MM, hora del taller",
                    },
                    "issue": {"type": "string", "description": "El problema a reparar"},
                    "service": {
                        "type": "string",
                        "description": "Id o nombre del servicio (opcional)",
                    },
                },
                "required": ["client_data", "date", "issue"],
            },
        },
    },
    {
        "type": "function",
        "function": {
            "name": "handoff_to_human",
            "description": (
                "Pasa la conversación a una persona del equipo cuando no puedes ayudar o el "
                "cliente lo pide."
            ),
            "parameters": {
                "type": "object",
                "properties": {
                    "reason": {"type": "string", "description": "Por qué se deriva"},
                },
                "required": ["reason"],
            },
        },
    },
]
TOOL_NAMES = tuple(schema["function"]["name"] for schema in TOOL_SCHEMAS)


class ToolInputError(ValueError):
    """An argument the model must fix; `hint` tells it how (Spanish, for the model)."""

    def __init__(self, code: str, message: str, hint: str = "", **extra: Any) -> None:
        super().__init__(message)
        self.code = code
        self.hint = hint
        self.extra = extra


@dataclass
class ToolOutcome:
    """What a tool did: the JSON for the model, plus what the agent must know."""

    result: str
    ok: bool
    appointment_id: int | None = None
    appointment_status: str | None = None
    handoff_reason: str | None = None


def error_result(code: str, message: str, hint: str = "", **extra: Any) -> str:
    payload: dict[str, Any] = {"error": message, "code": code}
    if hint:
        payload["hint"] = hint
    payload.update(extra)
    return _dumps(payload)


def _dumps(payload: Any) -> str:
    return json.dumps(payload, ensure_ascii=False)


@dataclass
class Toolbox:
    """The tools as they run for one conversation's turn."""

    conversation_id: int
    booked: list[int] = field(default_factory=list)

    def run(self, name: str, arguments: Any) -> ToolOutcome:
        """Execute one call; never raises for anything the model sent."""
        handler: Callable[[dict[str, Any]], ToolOutcome] | None = {
            "get_services": self._get_services,
            "check_availability": self._check_availability,
            "book_appointment": self._book_appointment,
            "handoff_to_human": self._handoff_to_human,
        }.get(name)
        if handler is None:
            return ToolOutcome(
                error_result(
                    "unknown_tool",
                    f"La herramienta {name!r} no existe.",
                    "Usa solo estas herramientas: " + ", ".join(TOOL_NAMES),
                    valid_tools=list(TOOL_NAMES),
                ),
                ok=False,
            )
        try:
            return handler(_arguments(arguments))
        except ToolInputError as error:
            return ToolOutcome(
                error_result(error.code, str(error), error.hint, **error.extra), ok=False
            )
        except Exception:  # a bug or a database failure: the model must still get an answer
            log.exception("tool %s failed", name)
            return ToolOutcome(
                error_result(
                    "internal_error",
                    "La herramienta falló por un problema interno.",
                    "Usa handoff_to_human para que una persona ayude al cliente.",
                ),
                ok=False,
            )

    def _get_services(self, _args: dict[str, Any]) -> ToolOutcome:
        services = [
            {
                "id": service.id,
                "name": service.name,
                "description": service.description,
                "duration_minutes": service.duration_minutes,
                "price": service.price,
                "price_text": price_text(service.price),
            }
            for service in active_services()
        ]
        return ToolOutcome(_dumps({"services": services, "currency": "CLP"}), ok=True)

    def _check_availability(self, args: dict[str, Any]) -> ToolOutcome:
        day = parse_day(args.get("date"))
        service = requested_service(args)
        _check_bookable_day(day)
        service_id = service.id
        try:
            slots = availability.find_slots(day, service_id)
        except availability.AvailabilityError as error:
            raise ToolInputError(error.code, str(error), "Elige otra fecha.") from error
        payload: dict[str, Any] = {
            "date": day.isoformat(),
            "weekday": WEEKDAYS[day.weekday()],
            "service": {"id": service.id, "name": service.name},
            "slots": [slot.start.strftime(SLOT_FORMAT) for slot in slots],
        }
        if not args.get("service"):
            payload["service_assumed"] = (
                f"Horas calculadas para {service.name}. Si el cliente necesita otro servicio, "
                "pregúntale cuál y vuelve a consultar con ese servicio."
            )
        if not slots:
            payload["message"] = "No quedan horas libres ese día."
            following = next_day_with_slots(day, service_id)
            if following:
                payload["next_available_date"] = following.isoformat()
        return ToolOutcome(_dumps(payload), ok=True)

    def _book_appointment(self, args: dict[str, Any]) -> ToolOutcome:
        client = _client_data(args)
        issue = _text(args.get("issue") or args.get("problem") or args.get("problema"))
        missing = [
            label
            for label, value in (
                ("nombre", client.get("name")),
                ("dirección", client.get("address")),
                ("problema", issue),
            )
            if not value
        ]
        if missing:
            raise ToolInputError(
                "missing_fields",
                "Faltan datos para reservar: " + ", ".join(missing) + ".",
                "Pregunta al cliente: " + ", ".join(missing) + ". No inventes esos datos.",
                missing=missing,
            )
        if self.booked:
            raise ToolInputError(
                "already_booked",
                "Ya se reservó una visita en este turno.",
                "Informa al cliente la visita ya reservada.",
            )
        start = parse_start(args.get("date"))
        service = requested_service(args)
        _check_bookable_day(start.date())
        offered = _free_starts(start.date(), service.id)
        if start.strftime(SLOT_FORMAT) not in offered:
            raise ToolInputError(
                "slot_not_free",
                f"La hora {start.strftime(SLOT_FORMAT)} no está libre.",
                "Ofrece al cliente una de las horas libres de ese día"
                + ("." if offered else " o elige otra fecha."),
                free_slots=offered[:12],
            )
        customer = conversations.link_customer(
            self.conversation_id,
            name=client["name"],
            address=client["address"],
            phone=client.get("phone") or None,
        )
        request = booking.VisitRequest(
            customer_id=customer.id,
            service_id=service.id,
            start=start,
            address=client["address"],
            issue=issue,
            conversation_id=self.conversation_id,
        )
        try:
            appointment = booking.propose(request, actor=ACTOR)
        except booking.SlotTaken as error:
            raise ToolInputError(
                "slot_taken",
                "Esa hora se acaba de ocupar.",
                "Ofrece otra hora libre de ese día.",
                free_slots=_free_starts(start.date(), service.id)[:12],
            ) from error
        except booking.BookingError as error:
            raise ToolInputError(error.code, str(error), "Elige otra hora u otra fecha.") from error
        self.booked.append(appointment.id)
        replaced = booking.replace_earlier_proposals(
            self.conversation_id, appointment.id, actor=ACTOR
        )
        payload = _booking_payload(appointment, service, replaced)
        offer = customers.name_offer(customer, client["name"])
        if offer is not None:
            # Staff's record wins; the console offers them the name the customer gave now.
            payload["name_offer"] = {
                "customer_id": offer.customer_id,
                "on_file": offer.on_file,
                "heard": offer.heard,
            }
        return ToolOutcome(
            _dumps(payload),
            ok=True,
            appointment_id=appointment.id,
            appointment_status=appointment.status,
        )

    def _handoff_to_human(self, args: dict[str, Any]) -> ToolOutcome:
        reason = _text(args.get("reason")) or "el cliente necesita atención de una persona"
        conversations.set_status(self.conversation_id, "needs_human", reason)
        return ToolOutcome(
            _dumps(
                {
                    "ok": True,
                    "status": "needs_human",
                    "message": "Conversación derivada al equipo. Dile al cliente que una persona "
                    "del equipo lo contactará pronto.",
                }
            ),
            ok=True,
            handoff_reason=reason,
        )


def _booking_payload(
    appointment: Appointment, service: Service, replaced: list[int]
) -> dict[str, Any]:
    local_start = clock.to_local(appointment.starts_at)
    pending = appointment.status == PROPOSED
    payload: dict[str, Any] = {
        "appointment_id": appointment.id,
        "status": appointment.status,
        "date": local_start.strftime(SLOT_FORMAT),
        "weekday": WEEKDAYS[local_start.weekday()],
        "ends": clock.to_local(appointment.ends_at).strftime("%H:%M"),
        "service": service.name,
        "technician": appointment.technician.name,
        "address": appointment.address,
        "message": (
            "Visita registrada y PENDIENTE de aprobación del taller. Dile al cliente que el "
            "taller la confirmará pronto; no digas que está confirmada."
            if pending
            else "Visita confirmada."
        ),
    }
    if replaced:
        payload["replaced_appointments"] = replaced
    return payload


# -- argument coercion ---------------------------------------------------------------------------


def _arguments(value: Any) -> dict[str, Any]:
    if value is None:
        return {}
    if isinstance(value, str):
        value = load_json(value) if value.strip() else {}
    if not isinstance(value, Mapping):
        raise ToolInputError(
            "bad_arguments",
            "Los argumentos deben ser un objeto JSON.",
            'Ejemplo: {"date": "2025-06-10"}',
        )
    return dict(value)


def _text(value: Any) -> str:
    """A scalar argument as stripped text; "" for what cannot be text (objects, lists, booleans)."""
    if value is None or isinstance(value, dict | list | bool):
        return ""
    return str(value).strip()


_CLIENT_KEYS = {
    "name": ("name", "nombre", "full_name", "client_name", "customer_name"),
    "address": ("address", "direccion", "dirección", "domicilio", "client_address"),
    "phone": ("phone", "telefono", "teléfono", "celular", "phone_number"),
}


def _client_data(args: dict[str, Any]) -> dict[str, str]:
    """client_data as an object or a JSON string; also accepts the fields at the top level."""
    raw = args.get("client_data")
    if isinstance(raw, str):
        parsed = load_json(raw)
        raw = parsed if isinstance(parsed, dict) else {"name": raw}
    if not isinstance(raw, Mapping):
        raw = {}
    merged = {**args, **raw}
    client = {}
    for key, aliases in _CLIENT_KEYS.items():
        client[key] = next((_text(merged[a]) for a in aliases if _text(merged.get(a))), "")
    if _looks_placeholder(client["name"]):
        client["name"] = ""
    if _looks_placeholder(client["address"]):
        client["address"] = ""
    return client


_PLACEHOLDERS = re.compile(
    r"^(?:<.*>|\[.*\]|\{.*\}|n/?a|none|null|unknown|desconocid[oa]|sin (?:nombre|direcci[oó]n)|"
    r"(?:nombre|direcci[oó]n)(?: del cliente)?|cliente|-+|\?+)$",
    re.IGNORECASE,
)


def _looks_placeholder(value: str) -> bool:
    """The model's stand-ins for data it does not have ('<nombre>', 'desconocido', ...)."""
    return bool(_PLACEHOLDERS.match(value.strip()))


_RELATIVE_DAYS = {
    "hoy": 0,
    "today": 0,
    "mañana": 1,
    "manana": 1,
    "tomorrow": 1,
    "pasado mañana": 2,
    "pasado manana": 2,
}


def parse_day(value: Any) -> date:
    """A local date from 'YYYY-MM-DD', 'DD/MM/YYYY', 'hoy', 'mañana' or a weekday name."""
    text = _text(value).lower()
    if not text and value not in (None, ""):
        raise ToolInputError(
            "bad_date", f"No entiendo la fecha {value!r}.", "Indica la fecha como texto AAAA-MM-DD."
        )
    if not text:
        raise ToolInputError("missing_date", "Falta la fecha.", "Indica la fecha como AAAA-MM-DD.")
    today = clock.today()
    if text in _RELATIVE_DAYS:
        return today + timedelta(days=_RELATIVE_DAYS[text])
    plain = _strip_accents(text)
    for index, name in enumerate(WEEKDAYS):
        if plain.removeprefix("el ").strip() == _strip_accents(name):
            return today + timedelta(days=(index - today.weekday() - 1) % 7 + 1)
    for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%Y/%m/%d"):
        try:
            return datetime.strptime(text[:10], pattern).date()
        except ValueError:
            continue
    raise ToolInputError(
        "bad_date",
        f"No entiendo la fecha {value!r}.",
        f"Usa el formato AAAA-MM-DD; hoy es {today.isoformat()}.",
    )


def parse_start(value: Any) -> datetime:
    """An aware start instant from 'YYYY-MM-DDTHH:MM' in shop time (seconds/offset tolerated)."""
    text = _text(value).replace(" ", "T")
    match = re.match(r"^(\d{4}-\d{2}-\d{2})T(\d{1,2}):(\d{2})", text)
    if not match:
        hint = "Usa AAAA-MM-DDTHH:MM con una hora de check_availability."
        if re.match(r"^\d{4}-\d{2}-\d{2}$", text):
            raise ToolInputError("missing_time", "Falta la hora de la visita.", hint)
        raise ToolInputError("bad_date", f"No entiendo la fecha y hora {value!r}.", hint)
    try:
        day = date.fromisoformat(match.group(1))
        start = datetime(day.year, day.month, day.day, int(match.group(2)), int(match.group(3)))
    except ValueError as error:
        raise ToolInputError(
            "bad_date", f"La fecha {value!r} no existe.", "Revisa la fecha y la hora."
        ) from error
    return start.replace(tzinfo=clock.shop_zone())


def _check_bookable_day(day: date) -> None:
    today = clock.today()
    if day < today:
        raise ToolInputError(
            "past_date",
            f"La fecha {day.isoformat()} ya pasó.",
            f"Hoy es {today.isoformat()}; elige una fecha desde hoy.",
        )
    horizon = today + timedelta(days=booking_policy().horizon_days)
    if day > horizon:
        raise ToolInputError(
            "too_far",
            "Esa fecha está demasiado lejos.",
            f"Se agenda hasta el {horizon.isoformat()}.",
        )
    if not availability.day_is_open(day):
        following = next_open_day(day)
        raise ToolInputError(
            "closed_day",
            f"El taller no atiende el {WEEKDAYS[day.weekday()]} {day.isoformat()}.",
            "Ofrece otro día"
            + (f", por ejemplo el {following.isoformat()}." if following else "."),
            next_open_date=following.isoformat() if following else None,
        )


def next_open_day(day: date, *, within: int = 14) -> date | None:
    """The first day after `day` the shop opens, looking `within` days ahead."""
    return _next_day(day, availability.day_is_open, within)


def next_day_with_slots(day: date, service_id: int | None, *, within: int = 14) -> date | None:
    """The first day after `day` with a free slot for the service; None past the horizon."""

    def has_slots(candidate: date) -> bool:
        return availability.day_is_open(candidate) and bool(
            availability.find_slots(candidate, service_id)
        )

    try:
        return _next_day(day, has_slots, within)
    except availability.AvailabilityError:  # past the booking horizon: nothing further to offer
        return None


def _next_day(day: date, wanted: Callable[[date], bool], within: int) -> date | None:
    for offset in range(1, within + 1):
        candidate = day + timedelta(days=offset)
        if wanted(candidate):
            return candidate
    return None


def _free_starts(day: date, service_id: int) -> list[str]:
    try:
        return [
            slot.start.strftime(SLOT_FORMAT) for slot in availability.find_slots(day, service_id)
        ]
    except availability.AvailabilityError:
        return []


def _strip_accents(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).lower()


def default_service() -> Service:
    services = active_services()
    if not services:
        raise ToolInputError(
            "no_services", "El taller no tiene servicios activos.", "Usa handoff_to_human."
        )
    return services[0]


def requested_service(args: dict[str, Any]) -> Service:
    """The service a check or a booking is for: the one named, else the shop's first one.

    check_availability and book_appointment both go through here, so a time offered without a
    service is computed with the same duration, travel buffer and skills the booking uses.
    """
    return find_service(args.get("service")) or default_service()


def find_service(value: Any) -> Service | None:
    """A service by id (number or numeric string) or by name; None when not given."""
    if isinstance(value, dict):
        value = value.get("id") or value.get("name")
    if value in (None, "", [], {}):
        return None
    services = active_services()
    text = _text(value)
    if re.fullmatch(r"[0-9]{1,9}", text):  # bounded: int() refuses numbers over 4300 digits
        found = next((s for s in services if s.id == int(text)), None)
    elif text:
        wanted = _strip_accents(text)
        found = next((s for s in services if _strip_accents(s.name) == wanted), None) or next(
            (
                s
                for s in services
                if wanted in _strip_accents(s.name) or _strip_accents(s.name) in wanted
            ),
            None,
        )
    else:  # a list, an object without id or name, a boolean
        found = None
    if found is None:
        raise ToolInputError(
            "unknown_service",
            f"No existe el servicio {value!r}.",
            "Usa el id o el nombre (como texto) de uno de estos servicios.",
            services=[{"id": s.id, "name": s.name} for s in services],
        )
    return found
