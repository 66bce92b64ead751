"""Dates and times as the desk shows them, through QLocale (the app sets Spanish, Chile).

Times use a 24-hour clock, as shops in Chile write them, although CLDR's short format for
es_CL is 12-hour.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime

from vircom_desktop.domain import clock

TIME_PATTERN = "HH:mm"


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def time_text(moment: datetime) -> str:
    """'14:30' for an aware instant, in the shop's zone."""
    local = clock.to_local(moment)
    return QLocale().toString(QTime(local.hour, local.minute), TIME_PATTERN)


def short_date_format() -> str:
    """The locale's short date pattern with a four-digit year ('dd-MM-yyyy' for es_CL)."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def date_text(day: date, *, long: bool = False) -> str:
    """'11-06-2025', or 'Miércoles, 11 de junio de 2025' with `long`."""
    if long:
        text = QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)
    else:
        text = QLocale().toString(qdate(day), short_date_format())
    return text[:1].upper() + text[1:]


def datetime_text(moment: datetime, *, long: bool = False) -> str:
    local = clock.to_local(moment)
    return f"{date_text(local.date(), long=long)} {time_text(local)}"
