"""The shop's time zone and the current time, in one place so tests can move them."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import tzlocal

_shop_zone: ZoneInfo = ZoneInfo("UTC")
_frozen_now: datetime | None = None


def local_zone_name() -> str:
    """The machine's IANA zone name (tzlocal knows Linux, macOS and Windows), or UTC."""
    try:
        return tzlocal.get_localzone_name() or "UTC"
    except Exception:  # an unreadable or unknown system setting is not worth failing for
        return "UTC"


def set_shop_zone(name: str) -> None:
    global _shop_zone
    _shop_zone = ZoneInfo(name)


def shop_zone() -> ZoneInfo:
    return _shop_zone


def freeze(moment: datetime | None) -> None:
    """Pin now() to `moment` (tests, demos); None releases it."""
    global _frozen_now
    _frozen_now = moment.astimezone(UTC) if moment else None


def now() -> datetime:
    """The current instant, aware, in UTC."""
    return _frozen_now or datetime.now(UTC)


def local_now() -> datetime:
    return now().astimezone(_shop_zone)


def today() -> date:
    return local_now().date()


def to_local(moment: datetime) -> datetime:
    return moment.astimezone(_shop_zone)


def local_datetime(day: date, at: time) -> datetime:
    """The aware instant of wall-clock `at` on `day` in the shop's zone."""
    return datetime.combine(day, at, tzinfo=_shop_zone)


def day_bounds_utc(day: date) -> tuple[datetime, datetime]:
    """Start and end (exclusive) of a local day as UTC instants; DST days are 23 or 25 hours."""
    start = local_datetime(day, time(0)).astimezone(UTC)
    end = local_datetime(day + timedelta(days=1), time(0)).astimezone(UTC)
    return start, end


def wall_clock_exists(moment: datetime) -> bool:
    """False for local times skipped by a daylight-saving jump (e.g. 02:30 on a spring-forward)."""
    round_trip = moment.astimezone(UTC).astimezone(moment.tzinfo)
    return round_trip.replace(tzinfo=None) == moment.replace(tzinfo=None)
