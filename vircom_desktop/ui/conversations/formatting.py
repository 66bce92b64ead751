"""Channel names and message times as the console shows them (shop time, QLocale)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from vircom_desktop.domain import clock
from vircom_desktop.ui.formatting import date_text, time_text

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


def short_when(moment: datetime) -> str:
    """The time for today's messages, the date for older ones."""
    if clock.to_local(moment).date() == clock.today():
        return time_text(moment)
    return date_text(clock.to_local(moment).date())
