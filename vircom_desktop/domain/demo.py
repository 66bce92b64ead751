"""The demo shop behind `--demo`: a realistic week of a home-repair business in Chile.

Only an empty database is ever filled; a database with any shop setup, customer, conversation or
visit is left exactly as it is.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from vircom_desktop.domain import clock
from vircom_desktop.domain.db import write_transaction
from vircom_desktop.domain.models import (
    CANCELLED,
    CONFIRMED,
    DONE,
    NO_SHOW,
    PROPOSED,
    REJECTED,
    Appointment,
    BusinessHours,
    Closure,
    Conversation,
    Customer,
    Message,
    Service,
    ShopSetting,
    StaffUser,
    Technician,
    TechnicianHours,
    TechnicianService,
)
from vircom_desktop.domain.policy import ShopProfile, save
from vircom_desktop.domain.staff import hash_pin

SERVICES = [
    ("Diagnóstico a domicilio", "Revisión del equipo en casa y presupuesto.", 60, 25_000, 30),
    ("Mantención de PC", "Limpieza interna, pasta térmica, revisión de disco.", 90, 35_000, 30),
    ("Reparación de notebook", "Pantalla, teclado, bisagras o carga.", 120, 45_000, 30),
    ("Instalación de red", "Router, repetidores y cableado para el hogar.", 120, 55_000, 45),
    ("Reparación de lavadora", "Falla de centrifugado, desagüe o encendido.", 90, 40_000, 30),
    ("Reparación de refrigerador", "No enfría, ruidos o escarcha.", 90, 45_000, 30),
]
# name, colour, services by index, weekly hours (weekday → ranges)
TECHNICIANS = [
    (
        "Carlos Muñoz",
        "#2563eb",
        [0, 1, 2, 3],
        {d: [("09:00", "13:00"), ("14:00", "18:00")] for d in range(5)},
    ),
    (
        "Daniela Rojas",
        "#16a34a",
        [0, 1, 2],
        {d: [("09:00", "13:00"), ("14:00", "18:00")] for d in (0, 1, 2, 3, 4, 5)},
    ),
    (
        "Javier Soto",
        "#ea580c",
        [0, 4, 5],
        {d: [("10:00", "13:00"), ("14:00", "19:00")] for d in (1, 2, 3, 4, 5)},
    ),
]
CUSTOMERS = [
    ("María González", "+56912345601", "Av. Providencia 1234, depto 52, Providencia"),
    ("Pedro Fuentes", "+56912345602", "Los Aromos 455, Ñuñoa"),
    ("Camila Herrera", "+56912345603", "Pasaje El Roble 78, Maipú"),
    ("Jorge Tapia", "+56912345604", "Av. Grecia 2100, Peñalolén"),
    ("Valentina Pérez", "+56912345605", "Irarrázaval 3300, depto 1101, Ñuñoa"),
    ("Luis Contreras", "+56912345606", "Camino El Alba 9500, Las Condes"),
    ("Francisca Díaz", "+56912345607", "San Pablo 4120, Quinta Normal"),
    ("Andrés Vargas", "+56912345608", "Gran Avenida 6200, San Miguel"),
    ("Sofía Morales", "+56912345609", "Vicuña Mackenna 7100, La Florida"),
    ("Ricardo Espinoza", "+56912345610", "Los Leones 880, Providencia"),
]
# What customers say, per service (same order as SERVICES).
ISSUES = [
    ["El computador no enciende y no sé qué tiene.", "El computador se reinicia solo."],
    ["El PC está muy lento y se calienta.", "El computador hace mucho ruido."],
    ["El notebook no enciende desde ayer.", "Pantalla del notebook con líneas."],
    ["Necesito wifi en el segundo piso.", "Router nuevo, quiero que lo configuren."],
    ["La lavadora no centrifuga y queda con agua.", "La lavadora pierde agua por abajo."],
    ["El refrigerador hace ruido y no enfría bien.", "El congelador se llena de escarcha."],
]
STARTS = [time(9, 0), time(11, 0), time(14, 30), time(16, 30)]


# Everything a shop (or its customers) can have put in the database. Any row in any of them means
# "a database that has data", which --demo never touches (CONTRACT §1): a shop that so far only set
# up its technicians or hours, or received chats, must not get demo services and visits mixed in.
USER_DATA_MODELS = (
    Service,
    Technician,
    TechnicianService,
    TechnicianHours,
    BusinessHours,
    Closure,
    StaffUser,
    ShopSetting,
    Customer,
    Conversation,
    Message,
    Appointment,
)


# Marks that say something about the desk, not the shop (the first-run assistant's "done").
BOOKKEEPING_SETTINGS = ("first_run_done",)


def is_empty() -> bool:
    """No shop data yet: the assistant's bookkeeping marks do not count as data."""
    if any(model.select().exists() for model in USER_DATA_MODELS if model is not ShopSetting):
        return False
    return not ShopSetting.select().where(ShopSetting.key.not_in(BOOKKEEPING_SETTINGS)).exists()


def _shop() -> tuple[list[Service], list[Technician]]:
    save(
        ShopProfile(
            name="Asistencia Vircom",
            area="Santiago: Providencia, Ñuñoa, Las Condes, Maipú, La Florida y alrededores",
            phone="+56 2 2345 6789",
            email="contacto@vircom.cl",
            address="Av. Italia 1450, Providencia",
        )
    )
    for weekday in range(5):
        BusinessHours.create(weekday=weekday, start="09:00", end="13:00")
        BusinessHours.create(weekday=weekday, start="14:00", end="19:00")
    BusinessHours.create(weekday=5, start="09:00", end="14:00")
    services = [
        Service.create(name=n, description=d, duration_minutes=m, price=p, travel_buffer_minutes=b)
        for n, d, m, p, b in SERVICES
    ]
    StaffUser.create(name="Patricia (dueña)", role="owner", pin_hash=hash_pin("1234"))
    StaffUser.create(name="Recepción", role="receptionist")
    technicians = []
    for name, colour, skills, hours in TECHNICIANS:
        user = StaffUser.create(name=name, role="technician")
        tech = Technician.create(name=name, color=colour, user=user)
        for index in skills:
            TechnicianService.create(technician=tech, service=services[index])
        for weekday, ranges in hours.items():
            for start, end in ranges:
                TechnicianHours.create(technician=tech, weekday=weekday, start=start, end=end)
        technicians.append(tech)
    return services, technicians


def _status_for(day: date, today: date, rng: random.Random) -> str:
    if day < today:
        return rng.choices([DONE, NO_SHOW, CANCELLED], [8, 1, 1])[0]
    if day == today:
        return rng.choice([CONFIRMED, CONFIRMED, DONE])
    return rng.choices([CONFIRMED, PROPOSED, CANCELLED, REJECTED], [7, 3, 1, 1])[0]


def _fits(hours: dict[int, list[tuple[str, str]]], day: date, start: time, minutes: int) -> bool:
    """Whether a visit sits inside the technician's own hours and the shop's (Saturday ends 14:00)."""
    end = (datetime.combine(day, start) + timedelta(minutes=minutes)).time()
    shop_close = time(14, 0) if day.weekday() == 5 else time(19, 0)
    return end <= shop_close and any(
        time.fromisoformat(first) <= start and end <= time.fromisoformat(last)
        for first, last in hours.get(day.weekday(), [])
    )


def _visits(
    services: list[Service], technicians: list[Technician], customers: list[Customer], today: date
) -> None:
    rng = random.Random(7)
    monday = today - timedelta(days=today.weekday())
    now = clock.now()
    for offset in range(13):
        day = monday + timedelta(days=offset)
        for tech, (_, _, skills, hours) in zip(technicians, TECHNICIANS, strict=True):
            for start_at in rng.sample(STARTS, k=rng.choice([1, 2, 2])):
                service = services[rng.choice(skills)]
                if not _fits(hours, day, start_at, service.duration_minutes):
                    continue
                customer = rng.choice(customers)
                start = clock.local_datetime(day, start_at)
                status = _status_for(day, today, rng)
                ends = start + timedelta(minutes=service.duration_minutes)
                if (status == PROPOSED and start <= now) or (status == DONE and ends > now):
                    status = CONFIRMED  # a visit still to come is not done, nor proposed late
                Appointment.create(
                    customer=customer,
                    technician=tech,
                    service=service,
                    starts_at=start,
                    ends_at=start + timedelta(minutes=service.duration_minutes),
                    address=customer.address,
                    issue=rng.choice(ISSUES[services.index(service)]),
                    status=status,
                    source="bot"
                    if status in (PROPOSED, REJECTED) or rng.random() < 0.3
                    else "staff",
                    expires_at=now + timedelta(hours=12) if status == PROPOSED else None,
                    reject_reason="Sin repuestos disponibles esa semana"
                    if status == REJECTED
                    else "",
                    approved_by="Patricia (dueña)" if status in (CONFIRMED, DONE, NO_SHOW) else "",
                )


def _conversations(customers: list[Customer]) -> None:
    threads = [
        (
            "whatsapp",
            customers[0],
            "open",
            [
                ("customer", "Hola, mi notebook no enciende. ¿Pueden venir a verlo?"),
                (
                    "bot",
                    "¡Hola María! Claro que sí. ¿Me confirmas tu dirección y qué día te acomoda?",
                ),
            ],
        ),
        (
            "webchat",
            customers[3],
            "needs_human",
            [
                ("customer", "¿Reparan televisores Samsung?"),
                (
                    "bot",
                    "No tengo esa información confirmada. Te comunico con una persona del equipo.",
                ),
            ],
        ),
        (
            "api",
            customers[5],
            "open",
            [
                ("customer", "Quiero agendar mantención de PC para el jueves en la tarde."),
            ],
        ),
    ]
    for channel, customer, status, messages in threads:
        conversation = Conversation.create(
            channel=channel,
            external_id=customer.phone,
            customer=customer,
            status=status,
            handoff_reason="Pregunta por un servicio que no está en la lista"
            if status == "needs_human"
            else "",
            unread=1,
        )
        for role, text in messages:
            Message.create(
                conversation=conversation,
                role=role,
                text=text,
                status="answered" if role == "customer" else "sent",
            )


def seed_demo(today: date | None = None) -> bool:
    """Fill an empty database with the demo shop; returns False (and does nothing) otherwise."""
    with write_transaction():
        if not is_empty():
            return False
        today = today or clock.today()
        services, technicians = _shop()
        customers = [Customer.create(name=n, phone=p, address=a) for n, p, a in CUSTOMERS]
        holiday = today + timedelta(days=(7 - today.weekday()) % 7 + 9)
        Closure.create(start_date=holiday, end_date=holiday, reason="Feriado")
        _visits(services, technicians, customers, today)
        _conversations(customers)
    return True
