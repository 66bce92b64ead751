"""A large synthetic shop for benchmarks: 20 technicians, 100,000 visits over two years."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from vircom_desktop.domain import clock
from vircom_desktop.domain.models import (
    Appointment,
    BusinessHours,
    Customer,
    Service,
    Technician,
    TechnicianService,
    database_proxy,
)
from vircom_desktop.domain.startup import open_database

FIRST_DAY = date(2025, 1, 1)
NOW = datetime(2026, 1, 5, 11, 0, tzinfo=UTC)


def build(path: Path, *, technicians: int = 20, visits: int = 100_000) -> None:
    open_database(f"sqlite:///{path}", timezone="America/Santiago")
    clock.freeze(NOW)
    rng = random.Random(1)
    with database_proxy.atomic():
        for weekday in range(6):
            BusinessHours.create(weekday=weekday, start="08:00", end="13:00")
            BusinessHours.create(weekday=weekday, start="14:00", end="20:00")
        services = [
            Service.create(
                name=f"Servicio {i}", duration_minutes=60 + 30 * (i % 3), travel_buffer_minutes=30
            )
            for i in range(6)
        ]
        techs = [Technician.create(name=f"Técnico {i}") for i in range(technicians)]
        for tech in techs:
            for service in rng.sample(services, 4):
                TechnicianService.create(technician=tech, service=service)
        customer = Customer.create(name="Cliente", phone="+56900000000", address="Calle 1")
        rows = []
        days = [
            FIRST_DAY + timedelta(days=i)
            for i in range(730)
            if (FIRST_DAY + timedelta(days=i)).weekday() < 6
        ]
        per_day = visits // len(days) + 1
        for day in days if visits else []:
            for index in range(per_day):
                tech = techs[index % technicians]
                minutes = 8 * 60 + 90 * (index // technicians)
                if minutes > 18 * 60 + 30:
                    break
                start = datetime.combine(
                    day, time(minutes // 60, minutes % 60), tzinfo=clock.shop_zone()
                ).astimezone(UTC)
                service = services[index % 6]
                rows.append(
                    {
                        "customer": customer.id,
                        "technician": tech.id,
                        "service": service.id,
                        "starts_at": start,
                        "ends_at": start + timedelta(minutes=service.duration_minutes),
                        "status": "confirmed" if rng.random() < 0.9 else "cancelled",
                        "source": "staff",
                    }
                )
                if len(rows) >= visits:
                    break
        for batch in range(0, len(rows), 2000):
            Appointment.insert_many(rows[batch : batch + 2000]).execute()
