"""The shop's first start: what the first-run assistant writes, in one transaction.

The assistant (ui/first_run/) collects a `FirstRunSetup`; every part of it is optional (a
skipped step leaves that part for Ajustes). `apply` writes what was given and marks the first
run as done, so the assistant does not open again; Ajustes can open it again at any time, and
then it only adds (services and technicians by name are updated, never duplicated).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vircom_desktop.domain import demo, policy
from vircom_desktop.domain.db import write_transaction
from vircom_desktop.domain.models import (
    BusinessHours,
    Service,
    ShopSetting,
    StaffUser,
    Technician,
    TechnicianService,
)
from vircom_desktop.domain.staff import hash_pin

DONE_KEY = demo.BOOKKEEPING_SETTINGS[0]
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
PALETTE = ("#2563eb", "#16a34a", "#d97706", "#9333ea", "#dc2626", "#0891b2")


class SetupError(ValueError):
    """A value the assistant cannot store; `code` names it for the UI's Spanish message."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class HoursSetup:
    """The shop's week: the same opening hours on the chosen days, with an optional lunch break."""

    weekdays: tuple[int, ...] = (0, 1, 2, 3, 4, 5)  # Monday .. Saturday
    opens: str = "09:00"
    closes: str = "18:00"
    lunch: tuple[str, str] | None = ("13:00", "14:00")

    def ranges(self) -> list[tuple[str, str]]:
        for value in (self.opens, self.closes, *(self.lunch or ())):
            if not _TIME.match(value):
                raise SetupError("bad_time", f"not a time of day: {value!r}")
        if self.opens >= self.closes:
            raise SetupError("closes_before_opening", "the shop closes before it opens")
        if self.lunch is None:
            return [(self.opens, self.closes)]
        start, end = self.lunch
        if not self.opens < start < end < self.closes:
            raise SetupError("lunch_outside_hours", "the lunch break must fall inside the hours")
        return [(self.opens, start), (end, self.closes)]


@dataclass(frozen=True)
class ServiceSetup:
    name: str
    duration_minutes: int = 60
    price: int = 0


@dataclass(frozen=True)
class TechnicianSetup:
    name: str
    skills: tuple[str, ...] = ()  # service names


@dataclass(frozen=True)
class FirstRunSetup:
    """What the assistant collected; None / empty means the step was skipped."""

    shop_name: str | None = None
    area: str = ""
    hours: HoursSetup | None = None
    services: tuple[ServiceSetup, ...] = ()
    technicians: tuple[TechnicianSetup, ...] = ()
    owner_name: str = ""
    owner_pin: str = ""


# A repair shop's usual services (prices in CLP): the assistant's starting point.
USUAL_SERVICES = (
    ServiceSetup("Visita de diagnóstico", 45, 15_000),
    ServiceSetup("Reparación de lavadora", 90, 35_000),
    ServiceSetup("Reparación de refrigerador", 90, 40_000),
    ServiceSetup("Mantención de calefont", 60, 30_000),
    ServiceSetup("Instalación de lavavajillas", 120, 45_000),
    ServiceSetup("Revisión eléctrica", 60, 25_000),
)


def needs_first_run() -> bool:
    """An empty database (no services, technicians, hours, staff or settings yet) whose
    assistant was never finished or closed."""
    done = ShopSetting.select().where(ShopSetting.key == DONE_KEY).exists()
    return demo.is_empty() and not done


def _validate(setup: FirstRunSetup) -> None:
    if setup.owner_pin and not (setup.owner_pin.isdigit() and 4 <= len(setup.owner_pin) <= 8):
        raise SetupError("bad_pin", "the PIN must be 4 to 8 digits")
    if setup.owner_pin and not setup.owner_name.strip():
        raise SetupError("owner_without_name", "the owner needs a name")
    for service in setup.services:
        if not service.name.strip():
            raise SetupError("service_without_name", "a service needs a name")
        if not 5 <= service.duration_minutes <= 12 * 60:
            raise SetupError("bad_duration", f"{service.name}: duration out of range")
        if service.price < 0:
            raise SetupError("bad_price", f"{service.name}: negative price")


def apply(setup: FirstRunSetup) -> None:
    """Store what the assistant collected and mark the first run as done (one transaction)."""
    _validate(setup)
    ranges = setup.hours.ranges() if setup.hours is not None else []
    with write_transaction():
        if setup.shop_name is not None and setup.shop_name.strip():
            profile = policy.shop_profile()
            policy.save(
                policy.ShopProfile(
                    name=setup.shop_name.strip(),
                    area=setup.area.strip(),
                    phone=profile.phone,
                    email=profile.email,
                    address=profile.address,
                    currency=profile.currency,
                )
            )
        if setup.hours is not None:
            BusinessHours.delete().execute()
            for weekday in sorted(set(setup.hours.weekdays)):
                for start, end in ranges:
                    BusinessHours.create(weekday=weekday, start=start, end=end)
        services = {service.name: service for service in Service.select()}
        for wanted in setup.services:
            name = wanted.name.strip()
            values = {"duration_minutes": wanted.duration_minutes, "price": wanted.price}
            if name in services:
                Service.update(**values).where(Service.id == services[name].id).execute()
            else:
                services[name] = Service.create(name=name, **values)
        named = [technician for technician in setup.technicians if technician.name.strip()]
        for number, technician in enumerate(named):
            _add_technician(technician, services, PALETTE[number % len(PALETTE)])
        if setup.owner_name.strip():
            StaffUser.create(
                name=setup.owner_name.strip(),
                role="owner",
                pin_hash=hash_pin(setup.owner_pin) if setup.owner_pin else "",
            )
        mark_done()


def _add_technician(wanted: TechnicianSetup, services: dict[str, Service], color: str) -> None:
    name = wanted.name.strip()
    technician = Technician.get_or_none(Technician.name == name) or Technician.create(
        name=name, color=color
    )
    known = {
        link.service_id
        for link in TechnicianService.select().where(TechnicianService.technician == technician)
    }
    for skill in wanted.skills:
        service = services.get(skill)
        if service is not None and service.id not in known:
            TechnicianService.create(technician=technician, service=service)


def mark_done() -> None:
    """The assistant ran (even if every step was skipped): do not open it by itself again."""
    ShopSetting.insert(key=DONE_KEY, value=True).on_conflict(
        conflict_target=[ShopSetting.key], update={ShopSetting.value: True}
    ).execute()


def load_demo() -> bool:
    """The demo shop instead of the shop's own data (only into an empty database)."""
    return demo.seed_demo()
