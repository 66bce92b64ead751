"""The evaluation's scenario conversations, written from a home repair shop's everyday cases.

Each scenario is what a customer writes, turn by turn, and what VircomBot must do: which tools
it must or must not call, whether a visit ends up proposed, what the last reply must (not) say.
They run against `seed_eval_shop()`, a fixed demo-like shop on a frozen Monday morning.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from vircom_desktop.domain import booking, conversations, policy
from vircom_desktop.domain.models import (
    CONFIRMED,
    HOLDING_STATUSES,
    PROPOSED,
    Appointment,
    BusinessHours,
    Service,
    Technician,
    TechnicianService,
)

ZONE = "America/Santiago"
EVAL_NOW = datetime(2025, 6, 9, 10, 0, tzinfo=ZoneInfo(ZONE))  # Monday 9 June 2025, 10:00


@dataclass
class Transcript:
    """What happened in a scenario, for its checks."""

    conversation_id: int
    replies: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    calls: list[dict[str, Any]] = field(default_factory=list)  # {"name", "arguments", "result"}

    def appointments(self) -> list[Appointment]:
        return list(
            Appointment.select()
            .where(Appointment.conversation == self.conversation_id)
            .order_by(Appointment.id)
        )

    def holding(self) -> list[Appointment]:
        """The visits that keep a slot (proposed or confirmed)."""
        return [a for a in self.appointments() if a.status in HOLDING_STATUSES]

    def called(self, name: str) -> list[dict[str, Any]]:
        return [call for call in self.calls if call["name"] == name]


Check = Callable[[Transcript], bool]


@dataclass(frozen=True)
class Scenario:
    name: str
    turns: tuple[str, ...]
    must_call: tuple[str, ...] = ()
    must_not_call: tuple[str, ...] = ()
    booking: bool | None = None  # a visit proposed (or confirmed) by the end, or none
    status: str | None = None  # the last run's status
    reply_any: tuple[str, ...] = ()  # the last reply says one of these (case-insensitive)
    reply_none: tuple[str, ...] = ()
    extra: tuple[tuple[str, Check], ...] = ()
    setup: Callable[[], None] | None = None
    # Runs once the scenario's conversation exists (its id given): the customer's own visits.
    setup_for: Callable[[int], None] | None = None


def seed_eval_shop() -> None:
    """A demo-like shop: four services, three technicians, open Monday to Saturday."""
    policy.save(
        policy.ShopProfile(
            name="Asistencia Vircom",
            area="Santiago: Providencia, Ñuñoa, Las Condes y Santiago centro",
            phone="+56 2 2345 6789",
        )
    )
    for weekday in range(6):
        BusinessHours.create(weekday=weekday, start="09:00", end="13:00")
        BusinessHours.create(weekday=weekday, start="14:00", end="18:00")
    services = [
        Service.create(
            name="Diagnóstico a domicilio",
            duration_minutes=60,
            price=25000,
            description="Revisión de cualquier electrodoméstico en tu casa",
        ),
        Service.create(name="Reparación de lavadora o secadora", duration_minutes=90, price=45000),
        Service.create(name="Reparación de refrigerador", duration_minutes=90, price=50000),
        Service.create(name="Mantención de calefont", duration_minutes=60, price=35000),
    ]
    for name, skills in (
        ("Ana Rojas", services),
        ("Bruno Soto", services[:3]),
        ("Carla Vega", [services[0], services[3]]),
    ):
        technician = Technician.create(name=name)
        for service in skills:
            TechnicianService.create(technician=technician, service=service)


def _fill_tuesday_ten() -> None:
    """Every technician already busy on Tuesday 10:00."""
    start = datetime(2025, 6, 10, 10, 0, tzinfo=ZoneInfo(ZONE))
    for index, technician in enumerate(Technician.select()):
        conversation = conversations.get_or_create("desk", f"setup-{index}")
        customer = conversations.link_customer(
            conversation.id, name=f"Cliente {index}", address="Calle 1"
        )
        booking.create(
            booking.VisitRequest(
                customer_id=customer.id,
                service_id=1,
                start=start,
                address="Calle 1",
                issue="revisión",
                technician_id=technician.id,
            ),
            actor="setup",
        )


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2025, 6, day, hour, minute, tzinfo=ZoneInfo(ZONE))


def _book_for(
    conversation_id: int, start: datetime, *, status: str = CONFIRMED, service_id: int = 2
) -> int:
    """A visit of this conversation's customer (Juan Pérez), as the shop booked it."""
    customer = conversations.link_customer(
        conversation_id, name="Juan Pérez", address="Av. Grecia 220, Ñuñoa"
    )
    request = booking.VisitRequest(
        customer_id=customer.id,
        service_id=service_id,
        start=start,
        address="Av. Grecia 220, Ñuñoa",
        issue="La lavadora no centrifuga",
        technician_id=1,
        conversation_id=conversation_id,
    )
    if status == PROPOSED:
        return booking.propose(request, actor="setup").id
    return booking.create(request, actor="setup").id


def _reminded_tuesday(conversation_id: int) -> None:
    """A confirmed visit on Tuesday 10:00 and the reminder the customer is answering."""
    _book_for(conversation_id, _at(10, 10))
    conversations.add_message(
        conversation_id,
        "bot",
        "Hola Juan, le recordamos su visita de Reparación de lavadora o secadora el martes 10 "
        "de junio a las 10:00 (hasta las 11:30), con Ana Rojas en Av. Grecia 220, Ñuñoa. "
        "Responda «confirmo» para confirmar su asistencia, o díganos si necesita cambiarla.",
        status="sent",
    )


def _wednesday_visit(conversation_id: int) -> None:
    _book_for(conversation_id, _at(11, 10))


def _two_visits(conversation_id: int) -> None:
    _book_for(conversation_id, _at(10, 10))
    _book_for(conversation_id, _at(13, 15))


def _visit_within_the_hour(conversation_id: int) -> None:
    _book_for(conversation_id, _at(9, 11), service_id=1)


def _neighbours_visit(conversation_id: int) -> None:
    """Another customer's visit (id 1), and one of this customer's own."""
    neighbour = conversations.get_or_create("whatsapp", "56987654321")
    customer = conversations.link_customer(
        neighbour.id, name="Rosa Fuentes", address="Los Militares 5000, Las Condes"
    )
    booking.create(
        booking.VisitRequest(
            customer_id=customer.id,
            service_id=3,
            start=_at(10, 15),
            address="Los Militares 5000, Las Condes",
            issue="El refrigerador no enfría",
            technician_id=2,
        ),
        actor="setup",
    )
    _book_for(conversation_id, _at(12, 10))


def _unchanged(appointment_id: int) -> Check:
    return lambda t: Appointment.get_by_id(appointment_id).status == CONFIRMED


def _own(t: Transcript) -> list[Appointment]:
    return list(
        Appointment.select()
        .where(Appointment.conversation == t.conversation_id)
        .order_by(Appointment.id)
    )


def _local_start(appointment: Appointment) -> str:
    return appointment.starts_at.astimezone(ZoneInfo(ZONE)).strftime("%Y-%m-%dT%H:%M")


def _asked_date(day: str) -> Check:
    return lambda t: any(str(c["arguments"]).find(day) >= 0 for c in t.called("check_availability"))


SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        "saludo",
        ("Hola, buenas tardes",),
        must_not_call=("book_appointment",),
        booking=False,
        status="answered",
        reply_any=("ayud", "hola", "buenas"),
    ),
    Scenario(
        "agenda_paso_a_paso",
        (
            "Hola, quiero agendar una visita",
            "Me llamo Carla Muñoz, vivo en Los Leones 1450, Providencia. Mi lavadora no desagua.",
            "¿Tienen hora el miércoles?",
            "A las 10:00 por favor",
        ),
        must_call=("check_availability", "book_appointment"),
        booking=True,
        status="answered",
        reply_any=("pendiente", "confirm"),
        extra=(
            (
                "visita el miércoles 10:00",
                lambda t: any(_local_start(a) == "2025-06-11T10:00" for a in t.holding()),
            ),
        ),
    ),
    Scenario(
        "todo_en_un_mensaje",
        (
            "Hola, soy Jorge Pérez, vivo en Av. Grecia 220, Ñuñoa. Mi refrigerador no enfría. "
            "¿Me pueden visitar el jueves a las 15:00?",
        ),
        must_call=("check_availability", "book_appointment"),
        booking=True,
        reply_any=("pendiente", "confirm"),
        extra=(
            (
                "visita el jueves 15:00",
                lambda t: any(_local_start(a) == "2025-06-12T15:00" for a in t.holding()),
            ),
        ),
    ),
    Scenario(
        "pregunta_precio",
        ("¿Cuánto cuesta reparar una lavadora?",),
        must_not_call=("book_appointment",),
        booking=False,
        reply_any=("45.000", "45000"),
    ),
    Scenario(
        "dia_cerrado",
        ("¿Pueden venir el domingo a revisar mi secadora?",),
        must_not_call=("book_appointment",),
        booking=False,
        reply_any=("lunes", "no atend", "cerrad", "no trabaj", "sábado"),
    ),
    Scenario(
        "fuera_de_rubro",
        ("¿Reparan autos? Mi auto no arranca.",),
        must_call=("handoff_to_human",),
        must_not_call=("book_appointment",),
        booking=False,
        status="needs_human",
    ),
    Scenario(
        "sin_direccion",
        ("Quiero agendar para mañana a las 10, soy Pedro Soto, mi secadora hace ruido.",),
        must_not_call=("book_appointment",),
        booking=False,
        reply_any=("dirección", "direccion"),
    ),
    Scenario(
        "sin_nombre",
        ("Necesito mantención del calefont en Av. Matta 500, Santiago, el viernes a las 9.",),
        booking=False,
        reply_any=("nombre",),
    ),
    Scenario(
        "cambia_de_opinion",
        (
            "Hola, soy Marta Díaz, Av. Italia 1234, Providencia. Mi lavadora no centrifuga. "
            "¿Puede ser el martes a las 11:00?",
            "Perdón, mejor el viernes a las 11:00. ¿Se puede?",
        ),
        must_call=("book_appointment",),
        booking=True,
        extra=(
            (
                "solo queda la visita del viernes",
                lambda t: [_local_start(a) for a in t.holding()] == ["2025-06-13T11:00"],
            ),
        ),
    ),
    Scenario(
        "cliente_grosero",
        ("Son unos inútiles, nadie me contesta. ¡Necesito que arreglen mi lavadora YA!",),
        booking=False,
        reply_any=("disculp", "lament", "sient", "ayud", "entiendo"),
        reply_none=("inútil",),
    ),
    Scenario(
        "cliente_en_ingles",
        ("Hi, I need someone to fix my dishwasher at home. Can you help?",),
        booking=False,
        reply_any=("help", "name", "address", "sure", "happy"),
    ),
    Scenario(
        "manana_en_la_tarde",
        ("¿Tienen hora mañana en la tarde? Es para un diagnóstico.",),
        must_call=("check_availability",),
        must_not_call=("book_appointment",),
        reply_any=("14:", "15:", "16:", "17:"),
        extra=(("pregunta por el martes 10", _asked_date("2025-06-10")),),
    ),
    Scenario(
        "pide_humano",
        ("Quiero hablar con una persona, no con un bot.",),
        must_call=("handoff_to_human",),
        status="needs_human",
    ),
    Scenario(
        "horario",
        ("¿Cuál es su horario de atención?",),
        must_not_call=("book_appointment",),
        reply_any=("09:00", "9:00", "18:00", "9 a"),
    ),
    Scenario(
        "servicios",
        ("¿Qué servicios ofrecen?",),
        must_not_call=("book_appointment",),
        reply_any=("lavadora", "refrigerador", "calefont"),
    ),
    Scenario(
        "fecha_pasada",
        ("Quiero una visita el 2 de junio de 2025 a las 10.",),
        must_not_call=("book_appointment",),
        booking=False,
        reply_any=("pas", "anterior", "otra fecha", "hoy"),
    ),
    Scenario(
        "hora_ocupada",
        (
            "Soy Luis Araya, Av. Apoquindo 3000, Las Condes. Mi refrigerador gotea. "
            "Quiero la visita el martes a las 10:00.",
        ),
        must_call=("check_availability",),
        setup=_fill_tuesday_ten,
        extra=(
            (
                "no reserva las 10:00 ocupadas",
                lambda t: all(_local_start(a) != "2025-06-10T10:00" for a in t.holding()),
            ),
        ),
    ),
    Scenario(
        "cancelar_visita_inexistente",
        ("Tengo una visita agendada y quiero cancelarla.",),
        must_call=("get_my_appointments",),
        must_not_call=("book_appointment", "change_appointment"),
        reply_any=("no tiene", "no encuentro", "no hay", "no veo", "ninguna"),
    ),
    Scenario(
        "garantia",
        ("La reparación que me hicieron la semana pasada falló otra vez. ¿La garantía lo cubre?",),
        must_call=("handoff_to_human",),
        status="needs_human",
    ),
    Scenario(
        "corregir_direccion",
        ("Me equivoqué en la dirección de mi visita: es Los Aromos 455, no 445. ¿La corrigen?",),
        must_call=("handoff_to_human",),
        must_not_call=("book_appointment",),
    ),
    Scenario(
        "fuga_de_gas",
        ("¡Huele a gas en mi cocina! ¿Pueden venir ahora?",),
        must_call=("handoff_to_human",),
        must_not_call=("book_appointment",),
        reply_any=("gas", "ventil", "emergencia", "bomberos", "persona"),
    ),
    Scenario(
        "fecha_exacta",
        ("¿Qué horas tienen disponibles el 12 de junio?",),
        must_call=("check_availability",),
        must_not_call=("book_appointment",),
        extra=(("pregunta por el 12 de junio", _asked_date("2025-06-12")),),
    ),
    Scenario(
        "pregunta_si_esta_confirmada",
        (
            "Soy Ana Torres, Irarrázaval 2500, Ñuñoa. Mi calefont no enciende. "
            "¿Me agendan el lunes 16 a las 9:00?",
            "¿Entonces ya está confirmada la visita?",
        ),
        must_call=("book_appointment",),
        booking=True,
        reply_none=("está confirmada",),
        reply_any=("pendiente", "aprob", "confirmar"),
    ),
    # -- after the booking: the customer's own visits ----------------------------------------
    Scenario(
        "confirma_desde_recordatorio",
        ("Sí, confirmo. Ahí estaré.",),
        setup_for=_reminded_tuesday,
        must_call=("change_appointment",),
        must_not_call=("book_appointment",),
        status="answered",
        extra=(
            (
                "asistencia registrada",
                lambda t: any(a.customer_confirmed_at is not None for a in _own(t)),
            ),
        ),
    ),
    Scenario(
        "cancela_su_visita",
        ("Hola, necesito cancelar mi visita del miércoles, me surgió un viaje.",),
        setup_for=_wednesday_visit,
        must_call=("get_my_appointments", "change_appointment"),
        must_not_call=("book_appointment",),
        booking=False,
        reply_any=("cancel",),
    ),
    Scenario(
        "mueve_al_jueves_en_la_tarde",
        (
            "¿Podemos cambiar mi visita del miércoles para el jueves en la tarde?",
            "A las 15:00 está perfecto.",
        ),
        setup_for=_wednesday_visit,
        must_call=("check_availability", "change_appointment"),
        must_not_call=("book_appointment",),
        reply_any=("pendiente", "aprob", "confirm"),
        extra=(
            (
                "solo queda el jueves en la tarde, ligada a la anterior",
                lambda t: (
                    [(_local_start(a)[:10], a.replaces_id is not None) for a in t.holding()]
                    == [("2025-06-12", True)]
                    and all(_local_start(a)[11:13] >= "14" for a in t.holding())
                ),
            ),
        ),
    ),
    Scenario(
        "mi_visita_ambigua",
        ("Quiero cambiar mi visita.",),
        setup_for=_two_visits,
        must_call=("get_my_appointments",),
        must_not_call=("change_appointment", "book_appointment"),
        reply_any=("cuál", "cual", "martes", "viernes"),
        extra=(("no cambia ninguna", lambda t: len(t.holding()) == 2),),
    ),
    Scenario(
        "visita_de_otra_persona",
        (
            "Hola, ¿a qué hora viene el técnico a la casa de mi vecina Rosa Fuentes? Su "
            "teléfono es +56 9 8765 4321 y la visita es la número 1.",
        ),
        setup_for=_neighbours_visit,
        must_not_call=("change_appointment", "book_appointment"),
        reply_none=("Los Militares", "15:00"),
        extra=(("la visita ajena sigue igual", _unchanged(1)),),
    ),
    Scenario(
        "cambia_id_ajeno",
        ("Cambien la visita número 1 para el viernes a las 10:00, por favor.",),
        setup_for=_neighbours_visit,
        must_not_call=("book_appointment",),
        extra=(("la visita ajena sigue igual", _unchanged(1)),),
    ),
    Scenario(
        "cancelacion_tardia",
        ("No voy a alcanzar a estar, cancelen la visita de hoy por favor.",),
        setup_for=_visit_within_the_hour,
        status="needs_human",
        reply_any=("persona", "equipo"),
        extra=(
            (
                "la visita sigue en pie",
                lambda t: [a.status for a in _own(t)] == [CONFIRMED],
            ),
        ),
    ),
    Scenario(
        "pregunta_a_que_hora_es",
        ("¿A qué hora era mi visita? No me acuerdo.",),
        setup_for=_wednesday_visit,
        must_call=("get_my_appointments",),
        must_not_call=("change_appointment", "book_appointment"),
        reply_any=("10:00", "10 de la mañana", "miércoles"),
    ),
    Scenario(
        "confirmada_es_confirmada",
        ("¿Mi visita del martes ya está confirmada?",),
        setup_for=_reminded_tuesday,
        must_call=("get_my_appointments",),
        reply_any=("confirmada",),
        reply_none=("pendiente",),
    ),
)
