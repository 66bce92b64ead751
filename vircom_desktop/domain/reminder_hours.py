"""Reminder leads: hours before a visit, as the shop writes them ("24,2"), checked."""

from __future__ import annotations


def check_reminder_hours(hours: tuple[float, ...]) -> None:
    """Each lead between 5 minutes and two weeks before the visit, at most four of them."""
    if len(hours) > 4:
        raise ValueError("at most four reminder leads")
    for value in hours:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError("reminder hours must be numbers")
        if not 5 / 60 <= value <= 14 * 24:
            raise ValueError("a reminder lead is between 5 minutes and two weeks")


def parse_reminder_hours(text: str) -> tuple[float, ...]:
    """'24,2' → (24, 2); '' → () (no reminders). Raises ValueError with the reason."""
    values: list[float] = []
    for part in text.split(","):
        if not part.strip():
            continue
        try:
            value = float(part.strip())
        except ValueError:
            raise ValueError(f"{part.strip()!r} is not a number of hours") from None
        values.append(int(value) if value.is_integer() else value)
    hours = tuple(sorted(set(values), reverse=True))
    check_reminder_hours(hours)
    return hours
