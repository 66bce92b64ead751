"""Ajustes: the shop, its hours, people and services, VircomBot, channels and appearance."""

from vircom_desktop.ui.settings.page import SettingsPage

__all__ = ["SettingsPage"]
