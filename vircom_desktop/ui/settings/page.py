"""Ajustes: one tab per subject, each saved on its own; saving announces SETTINGS_CHANGED.

Shop-wide settings (profile, rules, hours, people, services) live in the shared database, so
every desk and the availability engine follow them at once. This desk's settings (Ollama,
channels, listener, appearance) go to settings.json.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vircom_desktop import events
from vircom_desktop.config import Settings
from vircom_desktop.desk import shop_settings as store
from vircom_desktop.ui.bridge import EventBridge
from vircom_desktop.ui.formatting import qdate
from vircom_desktop.ui.owner_gate import OwnerUnlock
from vircom_desktop.ui.settings.backups_tab import BackupsTab
from vircom_desktop.ui.settings.people_tabs import StaffTab, TechniciansTab
from vircom_desktop.ui.settings.privacy_tab import PrivacyTab
from vircom_desktop.ui.settings.shop_tabs import HoursTab, ServicesTab, ShopTab
from vircom_desktop.ui.settings.system_tabs import AgentTab, AppearanceTab, ChannelsTab
from vircom_desktop.ui.tasks import LatestLoad
from vircom_desktop.ui.theme import ThemeController

log = logging.getLogger("vircom.ui")


def _scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


def _apply_theme(preference: str) -> None:
    """Switch the running app's theme (the controller lives on the QApplication)."""
    app = QApplication.instance()
    controller = app.findChild(ThemeController) if app is not None else None
    if controller is not None:
        controller.set_preference(preference)


class SettingsPage(QWidget):
    """The settings of the shop and of this desk."""

    settings_saved = Signal(object)  # the new Settings
    theme_changed = Signal(str)
    first_run_requested = Signal()  # "Asistente de inicio…": the first-run assistant again

    def __init__(
        self,
        settings: Settings,
        bridge: EventBridge | None = None,
        *,
        unlock: OwnerUnlock | None = None,
        env: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.bridge = bridge
        self.env = env
        self.unlock = unlock or OwnerUnlock()
        self.data: store.ShopData | None = None
        self.loader: LatestLoad[store.ShopData] = LatestLoad(
            self, self._loaded, on_failure=self._load_failed
        )
        self._init_tabs()
        self._connect_signals()
        self.load_settings(settings)
        self.refresh()

    def _init_tabs(self) -> None:
        self.shop_tab = ShopTab()
        self.hours_tab = HoursTab()
        self.technicians_tab = TechniciansTab()
        self.services_tab = ServicesTab()
        self.staff_tab = StaffTab(self.unlock)
        self.agent_tab = AgentTab()
        self.channels_tab = ChannelsTab()
        self.appearance_tab = AppearanceTab()
        self.privacy_tab = PrivacyTab(self.settings.privacy_url)
        self.backups_tab = BackupsTab()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.shop_tab, self.tr("Taller"))
        self.tabs.addTab(_scrolling(self.hours_tab), self.tr("Horario y cierres"))
        self.tabs.addTab(_scrolling(self.technicians_tab), self.tr("Técnicos"))
        self.tabs.addTab(self.services_tab, self.tr("Servicios"))
        self.tabs.addTab(self.staff_tab, self.tr("Personal"))
        self.tabs.addTab(self.agent_tab, self.tr("VircomBot"))
        self.tabs.addTab(_scrolling(self.channels_tab), self.tr("Canales"))
        self.tabs.addTab(self.privacy_tab, self.tr("Privacidad"))
        self.tabs.addTab(self.appearance_tab, self.tr("Apariencia"))
        self.tabs.addTab(self.backups_tab, self.tr("Respaldos"))
        self.first_run_button = QPushButton(self.tr("Asistente de inicio…"))
        self.first_run_button.setToolTip(
            self.tr("Vuelva a recorrer los pasos de la configuración inicial")
        )
        header = QHBoxLayout()
        header.addStretch(1)
        header.addWidget(self.first_run_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs)

    def show_tab(self, tab: QWidget) -> None:
        """Bring one tab forward (a tab inside a scroll area is found through it)."""
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            inner = page.widget() if isinstance(page, QScrollArea) else page
            if inner is tab:
                self.tabs.setCurrentIndex(index)
                return

    def _connect_signals(self) -> None:
        for tab in (
            self.shop_tab,
            self.hours_tab,
            self.technicians_tab,
            self.services_tab,
            self.staff_tab,
        ):
            tab.saved.connect(self._shop_saved)
        self.staff_tab.pin_set.connect(self.refresh)
        self.technicians_tab.saved.connect(self.refresh)
        for app_tab in (self.agent_tab, self.channels_tab, self.appearance_tab, self.backups_tab):
            app_tab.app_settings_saved.connect(self._app_settings_saved)
        self.agent_tab.saved.connect(self._shop_saved)  # it also stores the booking policy
        self.appearance_tab.theme_chosen.connect(self.theme_changed)
        self.appearance_tab.theme_chosen.connect(_apply_theme)
        self.first_run_button.clicked.connect(self.first_run_requested)

    # -- loading ----------------------------------------------------------------------------

    def load_settings(self, settings: Settings) -> None:
        self.settings = settings
        for tab in (self.agent_tab, self.channels_tab, self.appearance_tab, self.backups_tab):
            tab.load_settings(settings, self.env)

    def refresh(self, *_: Any) -> None:
        """Load the shop's settings from the database again (off the GUI thread)."""
        self.loader.request(store.load)
        self.privacy_tab.refresh()

    def is_loading(self) -> bool:
        return self.loader.busy()

    def _loaded(self, data: store.ShopData) -> None:
        from vircom_desktop.domain import clock

        self.data = data
        self.shop_tab.load(data)
        self.hours_tab.load(data, qdate(clock.today()))
        self.technicians_tab.load(data)
        self.services_tab.load(data)
        self.staff_tab.load(data)
        self.agent_tab.load_policy(data.booking)

    def _load_failed(self, error: Exception) -> None:
        log.error("cannot load the settings: %s", error)
        self.shop_tab.show_error(self.tr("No se pudieron cargar los ajustes."))

    # -- saved ------------------------------------------------------------------------------

    def _shop_saved(self) -> None:
        events.hub.publish(events.SETTINGS_CHANGED)
        self.refresh()

    def _app_settings_saved(self, values: dict[str, Any]) -> None:
        self.settings = replace(self.settings, **values)
        self.settings_saved.emit(self.settings)
        events.hub.publish(events.SETTINGS_CHANGED)
