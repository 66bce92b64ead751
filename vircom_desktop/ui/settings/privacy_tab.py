"""Ajustes → Privacidad: how long customers' conversations are kept, and the notice's link."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from vircom_desktop.desk import shop_settings as store
from vircom_desktop.domain.policy import PrivacyPolicy
from vircom_desktop.domain.privacy_notice import NOTICE
from vircom_desktop.ui.settings.base import SettingsTab
from vircom_desktop.ui.tasks import Op

MAX_MONTHS = 120


class PrivacyTab(SettingsTab):
    """Retention in months (shared by every desk) and the privacy notice's link."""

    def __init__(self, url_override: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url_override = url_override
        self.months_edit = QLineEdit()
        self.months_edit.setPlaceholderText(self.tr("24"))
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText(self.tr("https://su-taller.cl/privacidad (opcional)"))
        group = QGroupBox(self.tr("Datos de los clientes"))
        form = QFormLayout(group)
        form.addRow(self.tr("Conservar conversaciones (meses):"), self.months_edit)
        explanation = QLabel(
            self.tr(
                "Cada día se borran los mensajes más antiguos que este plazo y se anonimizan "
                "los clientes sin actividad; las visitas quedan como registros anónimos. "
                "Las copias de seguridad más antiguas también se borran."
            )
        )
        explanation.setWordWrap(True)
        form.addRow(explanation)
        form.addRow(self.tr("Enlace a la política de privacidad:"), self.url_edit)
        self.override_label = QLabel()
        self.override_label.setWordWrap(True)
        self.override_label.setVisible(bool(url_override.strip()))
        self.override_label.setText(
            self.tr("VIRCOM_PRIVACY_URL está definida y se usa en su lugar: {url}").format(
                url=url_override.strip()
            )
        )
        form.addRow(self.override_label)
        self.notice_label = QLabel()
        self.notice_label.setWordWrap(True)
        form.addRow(self.tr("Aviso al cliente nuevo:"), self.notice_label)
        self.body.addWidget(group)
        self.body.addStretch(1)
        self.policy = PrivacyPolicy()

    def refresh(self) -> None:
        """Load the stored policy on a worker."""
        Op(self, store.privacy_policy).on_success(self.load).run()

    def load(self, value: PrivacyPolicy) -> None:
        self.policy = value
        self.months_edit.setText(str(value.retention_months))
        self.url_edit.setText(value.notice_url)
        self._show_notice(value.notice_url)

    def _show_notice(self, stored_url: str) -> None:
        url = self.url_override.strip() or stored_url.strip()
        notice = NOTICE
        self.notice_label.setText(
            self.tr("{notice} Más información: {url}").format(notice=notice, url=url)
            if url
            else notice
        )

    def collect(self) -> Callable[[], Any] | None:
        text = self.months_edit.text().strip()
        if not text.isdigit() or not 1 <= int(text) <= MAX_MONTHS:
            self.mark_invalid(
                self.months_edit,
                self.tr("Escriba cuántos meses conservar: un número entero entre 1 y 120."),
            )
            return None
        url = self.url_edit.text().strip()
        candidate = PrivacyPolicy(retention_months=int(text), notice_url=url)
        try:
            candidate.validate()
        except ValueError:
            self.mark_invalid(
                self.url_edit, self.tr("El enlace debe empezar con https:// o http://.")
            )
            return None
        self.policy = candidate
        return partial(store.save_privacy, candidate)

    def after_store(self, result: Any) -> None:
        self._show_notice(self.policy.notice_url)
