"""Channel names and times as the console shows them (QLocale, shop time)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from vircom_desktop.domain import clock

# Badge colour and short label of each channel.
CHANNEL_COLORS = {
    "whatsapp": "#16a34a",
    "twilio": "#dc2626",
    "webchat": "#7c3aed",
    "api": "#0891b2",
    "desk": "#ea580c",
}


def channel_name(channel: str) -> str:
    names = {
        "whatsapp": QCoreApplication.translate("conversations", "WhatsApp"),
        "twilio": QCoreApplication.translate("conversations", "WhatsApp (Twilio)"),
        "webchat": QCoreApplication.translate("conversations", "Chat web"),
        "api": QCoreApplication.translate("conversations", "API"),
        "desk": QCoreApplication.translate("conversations", "Mostrador / teléfono"),
    }
    return names.get(channel, channel)


def channel_short(channel: str) -> str:
    shorts = {
        "whatsapp": QCoreApplication.translate("conversations", "WA"),
        "twilio": QCoreApplication.translate("conversations", "TW"),
        "webchat": QCoreApplication.translate("conversations", "WEB"),
        "api": QCoreApplication.translate("conversations", "API"),
        "desk": QCoreApplication.translate("conversations", "TEL"),
    }
    return shorts.get(channel, channel[:3].upper())


def mode_name(mode: str) -> str:
    names = {
        "auto": QCoreApplication.translate("conversations", "Automático"),
        "draft": QCoreApplication.translate("conversations", "Borrador"),
        "manual": QCoreApplication.translate("conversations", "Manual"),
    }
    return names.get(mode, mode)


def qdatetime(moment: datetime) -> QDateTime:
    """An instant as a QDateTime holding the shop's wall-clock time."""
    local = clock.to_local(moment)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def short_when(moment: datetime) -> str:
    """The time for today's messages, the date for older ones."""
    locale = QLocale()
    shown = qdatetime(moment)
    if clock.to_local(moment).date() == clock.today():
        return locale.toString(shown.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(shown.date(), QLocale.FormatType.ShortFormat)


def message_time(moment: datetime) -> str:
    return QLocale().toString(qdatetime(moment), QLocale.FormatType.ShortFormat)
