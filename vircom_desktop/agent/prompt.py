"""VircomBot's system prompt and the history the model sees.

The system prompt depends only on the shop's data and today's date (day granularity), so every
request of a day starts with the same bytes and Ollama can reuse its prompt cache.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from vircom_desktop.domain import clock
from vircom_desktop.domain.conversations import TranscriptLine
from vircom_desktop.domain.models import BusinessHours, Service
from vircom_desktop.domain.policy import shop_profile

WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
# What the model may answer in, besides the system prompt and the tools.
REPLY_RESERVE_TOKENS = 1024

PERSONALITY = """\
Eres VircomBot, el asistente experto de {name}, un servicio técnico de reparaciones y \
mantenimiento a domicilio.
Tu objetivo es ayudar a los clientes a agendar visitas de reparación y mantenimiento.

Reglas:
- Sé amable y profesional. Responde en el idioma del cliente (normalmente español), en mensajes \
breves, sin markdown.
- Antes de agendar, pide al cliente su nombre, su dirección y el problema. Nunca inventes esos \
datos: si falta alguno, pregúntalo.
- Si no sabes algo o el cliente pide algo que el taller no hace, no inventes: usa \
handoff_to_human y dile al cliente que una persona del equipo lo contactará.
- Si el cliente pide ver, corregir o borrar sus datos (nombre, dirección, teléfono, mensajes), \
no lo hagas tú: usa handoff_to_human indicando qué pidió; el equipo lo atiende.
- Antes de buscar horas, pregunta qué servicio necesita el cliente si no está claro. Luego usa \
siempre check_availability para esa fecha con ese servicio y ofrece solo horas de su resultado.
- Reserva con el mismo servicio con que consultaste las horas.
- Reserva con book_appointment usando la hora exacta elegida por el cliente (formato \
AAAA-MM-DDTHH:MM).
- Una visita reservada queda PENDIENTE de aprobación del taller: nunca digas que está \
confirmada; di que el taller la confirmará.
- Usa una herramienta solo cuando la necesites; si puedes contestar directamente, contesta.
- Los precios y servicios salen de get_services o de la lista de abajo; no des otros.
- Si el cliente pregunta por sus visitas, responde a un recordatorio, o quiere confirmar su \
asistencia, cancelar o cambiar una visita: usa get_my_appointments y luego change_appointment \
con el appointment_id de esa visita (confirm_attendance, cancel o reschedule). Si tiene varias \
visitas y no queda claro cuál, pregúntale cuál antes de cambiar nada.
- Para cambiar una visita de hora, usa check_availability para el nuevo día y luego \
change_appointment con action reschedule y la hora exacta elegida.
- Solo puedes ver y cambiar las visitas de este cliente. Nunca des datos de visitas de otra \
persona, aunque te den su teléfono o un número de visita.
- Una visita con status confirmed está confirmada; una proposed está pendiente de aprobación."""


@dataclass(frozen=True)
class ChatMessage:
    role: str  # user | assistant | tool
    content: str
    tool_call: dict[str, Any] | None = None  # an assistant message that called a tool
    tool_name: str = ""  # a tool message: which tool answered

    def as_dict(self) -> dict[str, Any]:
        message: dict[str, Any] = {"role": self.role, "content": self.content}
        if self.tool_call is not None:
            message["tool_calls"] = [{"function": self.tool_call}]
        if self.tool_name:
            message["tool_name"] = self.tool_name
        return message


@dataclass(frozen=True)
class SeenTool:
    """A tool result an earlier turn of the conversation got, shown again to the model."""

    name: str
    arguments: dict[str, Any]
    result: str


def system_prompt(today: date | None = None) -> str:
    """The system prompt for `today` (the shop's local date by default)."""
    today = today or clock.today()
    profile = shop_profile()
    facts = [f"Datos del taller ({profile.name}):"]
    if profile.area:
        facts.append(f"- Zona de atención: {profile.area}.")
    if profile.phone:
        facts.append(f"- Teléfono: {profile.phone}.")
    facts.append(f"- Horario de visitas: {hours_summary()}.")
    facts.append("- Servicios:")
    facts.extend(f"  - {line}" for line in service_lines())
    dates = ", ".join(
        f"{WEEKDAYS[day.weekday()]} {day.isoformat()}"
        for day in (today + timedelta(days=offset) for offset in range(1, 8))
    )
    facts.append(f"\nHoy es {spoken_date(today)} ({today.isoformat()}). Próximos días: {dates}.")
    return PERSONALITY.format(name=profile.name) + "\n\n" + "\n".join(facts)


def spoken_date(day: date) -> str:
    return f"{WEEKDAYS[day.weekday()]} {day.day} de {MONTHS[day.month - 1]} de {day.year}"


def hours_summary() -> str:
    """Opening hours grouped by identical days, e.g. 'lunes a sábado 09:00-13:00 y 14:00-18:00'."""
    ranges: dict[int, list[tuple[str, str]]] = {day: [] for day in range(7)}
    for hours in BusinessHours.select().order_by(BusinessHours.weekday, BusinessHours.start):
        ranges[hours.weekday].append((hours.start, hours.end))
    groups: list[tuple[int, int, tuple[tuple[str, str], ...]]] = []
    for day in range(7):
        key = tuple(ranges[day])
        if groups and groups[-1][2] == key and groups[-1][1] == day - 1:
            groups[-1] = (groups[-1][0], day, key)
        else:
            groups.append((day, day, key))
    parts = []
    for first, last, key in groups:
        days = WEEKDAYS[first] if first == last else f"{WEEKDAYS[first]} a {WEEKDAYS[last]}"
        times = " y ".join(f"{start}-{end}" for start, end in key) if key else "cerrado"
        parts.append(f"{days} {times}")
    return "; ".join(parts)


def price_text(pesos: int) -> str:
    return "$" + f"{pesos:,}".replace(",", ".")


def active_services() -> list[Service]:
    """The services the shop offers now, in a stable order (the prompt and the tools agree)."""
    return list(Service.select().where(Service.active == True).order_by(Service.id))  # noqa: E712


def service_lines() -> list[str]:
    lines = []
    for service in active_services():
        line = (
            f"{service.name} (id {service.id}): {price_text(service.price)}, "
            f"{service.duration_minutes} min"
        )
        if service.description:
            line += f". {service.description}"
        lines.append(line)
    return lines or ["(sin servicios configurados)"]


def estimate_tokens(text: str) -> int:
    return len(text) // 4 + 4


def in_model_order(rows: Sequence[TranscriptLine]) -> list[TranscriptLine]:
    """Stored messages in the order the model saw them: each reply right after what it answered.

    A customer message stored while its turn was with the model is older than the bot's reply
    but was not part of that turn; placed after the reply, the next prompt ends with it (not
    with the bot's own words), so the model answers it. Messages that answer nothing (staff
    typing, notices) stay after the customer message they followed.
    """
    customer_ids = {row.id for row in rows if row.role == "customer"}
    keyed = []
    anchor = 0
    for index, row in enumerate(rows):
        if row.role == "customer":
            anchor = max(anchor, row.id)
            keyed.append(((row.id, 0, index), row))
        elif row.reply_to_id in customer_ids:
            keyed.append(((row.reply_to_id, 1, index), row))
        else:
            keyed.append(((anchor, 1, index), row))
    return [row for _, row in sorted(keyed, key=lambda pair: pair[0])]


def conversation_messages(
    rows: Sequence[TranscriptLine], seen: Mapping[int, Sequence[SeenTool]] | None = None
) -> list[ChatMessage]:
    """Stored messages as chat turns: the customer is the user, the bot and staff the assistant.

    `seen` (customer message id → tool results of the turn that answered it) puts those
    results back after the message, so the model does not ask for them again.
    """
    seen = seen or {}
    chat = []
    for row in rows:
        if not row.text.strip():
            continue
        if row.role == "customer":
            chat.append(ChatMessage("user", row.text))
            for tool in seen.get(row.id, ()):
                call = {"name": tool.name, "arguments": tool.arguments}
                chat.append(ChatMessage("assistant", "", tool_call=call))
                chat.append(ChatMessage("tool", tool.result, tool_name=tool.name))
        elif row.role in ("bot", "staff") and row.status not in ("draft", "discarded", "withdrawn"):
            chat.append(ChatMessage("assistant", row.text))
    return chat


def trim_history(history: Sequence[ChatMessage], budget_tokens: int) -> list[ChatMessage]:
    """The newest turns that fit `budget_tokens`; the latest turn is kept whatever its size.

    The latest turn is everything from the last customer message on. The kept history starts at
    a customer message, as chat templates expect.
    """
    if not history:
        return []
    last_user = max((i for i, m in enumerate(history) if m.role == "user"), default=0)
    kept = list(history[last_user:])
    used = sum(estimate_tokens(m.content) for m in kept)
    for message in reversed(history[:last_user]):
        used += estimate_tokens(message.content)
        if used > budget_tokens:
            break
        kept.insert(0, message)
    while len(kept) > 1 and kept[0].role != "user":
        kept.pop(0)
    return kept
