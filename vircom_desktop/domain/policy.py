"""Shop-wide settings kept in the database, so every desk sharing it follows the same rules."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any, TypeVar

from vircom_desktop.domain.db import run_fixed
from vircom_desktop.domain.models import ShopSetting
from vircom_desktop.domain.reminder_hours import check_reminder_hours

T = TypeVar("T", "BookingPolicy", "ShopProfile", "PrivacyPolicy")


@dataclass(frozen=True)
class BookingPolicy:
    min_notice_minutes: int = 120
    horizon_days: int = 60
    grid_minutes: int = 30
    default_duration_minutes: int = 60
    approval_required: bool = True
    proposal_hold_minutes: int = 720
    # A customer cannot cancel or move a visit this close to its start by chatting: a person
    # takes it (the technician may already be on the way).
    cancel_window_minutes: int = 120
    # Hours before a confirmed visit at which its customer is reminded (VIRCOM_REMINDER_HOURS
    # overrides); empty = no reminders.
    reminder_hours: tuple[float, ...] = (24,)

    def __post_init__(self) -> None:
        object.__setattr__(self, "reminder_hours", tuple(self.reminder_hours))

    def validate(self) -> None:
        if self.grid_minutes not in (5, 10, 15, 20, 30, 60):
            raise ValueError("grid_minutes must be one of 5, 10, 15, 20, 30, 60")
        if not 0 <= self.min_notice_minutes <= 7 * 24 * 60:
            raise ValueError("min_notice_minutes must be between 0 and one week")
        if not 1 <= self.horizon_days <= 366:
            raise ValueError("horizon_days must be between 1 and 366")
        if not 5 <= self.default_duration_minutes <= 12 * 60:
            raise ValueError("default_duration_minutes must be between 5 and 720")
        if not 5 <= self.proposal_hold_minutes <= 14 * 24 * 60:
            raise ValueError("proposal_hold_minutes must be between 5 minutes and two weeks")
        if not 0 <= self.cancel_window_minutes <= 7 * 24 * 60:
            raise ValueError("cancel_window_minutes must be between 0 and one week")
        check_reminder_hours(self.reminder_hours)


@dataclass(frozen=True)
class ShopProfile:
    name: str = "Asistencia Vircom"
    area: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    currency: str = "CLP"
    country: str = "CL"  # region for phone numbers written without a country code

    def validate(self) -> None:
        if not self.name.strip():
            raise ValueError("the shop needs a name")
        if len(self.country) != 2 or not self.country.isalpha() or not self.country.isupper():
            raise ValueError("country must be a two-letter ISO code such as CL")


@dataclass(frozen=True)
class PrivacyPolicy:
    """How long customers' words are kept, and where the shop's privacy notice lives."""

    retention_months: int = 24  # like the shop's own paperwork
    notice_url: str = ""  # VIRCOM_PRIVACY_URL overrides it

    def validate(self) -> None:
        if isinstance(self.retention_months, bool) or not isinstance(self.retention_months, int):
            raise ValueError("retention_months must be a whole number of months")
        if not 1 <= self.retention_months <= 120:
            raise ValueError("retention_months must be between 1 and 120")
        url = self.notice_url.strip()
        if url and (not url.startswith(("http://", "https://")) or any(c.isspace() for c in url)):
            raise ValueError("the privacy notice URL must start with http:// or https://")


_KEYS = {
    BookingPolicy: "booking_policy",
    ShopProfile: "shop_profile",
    PrivacyPolicy: "privacy_policy",
}


def _load(kind: type[T]) -> T:
    # A fixed statement (see db.sql_text): every first reply to a customer reads the privacy
    # policy, and peewee building the query cost several times running it.
    row = run_fixed(_VALUE_SQL, _KEYS[kind]).fetchone()
    value = ShopSetting.value.python_value(row[0]) if row is not None else None
    stored: dict[str, Any] = value if isinstance(value, dict) else {}
    known = {f.name for f in fields(kind)}
    return kind(**{k: v for k, v in stored.items() if k in known})


_VALUE_SQL = "SELECT value FROM shop_settings WHERE key = ?"


def _save(value: BookingPolicy | ShopProfile | PrivacyPolicy) -> None:
    value.validate()
    key = _KEYS[type(value)]
    ShopSetting.insert(key=key, value=asdict(value)).on_conflict(
        conflict_target=[ShopSetting.key], update={ShopSetting.value: asdict(value)}
    ).execute()


def booking_policy() -> BookingPolicy:
    return _load(BookingPolicy)


def shop_profile() -> ShopProfile:
    return _load(ShopProfile)


def privacy_policy() -> PrivacyPolicy:
    return _load(PrivacyPolicy)


def save(value: BookingPolicy | ShopProfile | PrivacyPolicy) -> None:
    """Validate and store a policy or profile (raises ValueError with the reason)."""
    _save(value)
