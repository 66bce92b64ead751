"""Ajustes › Respaldos: when the last automatic backup was taken, how many to keep, and a folder
(a USB disk, a synced folder) that receives a copy of each one."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from vircom_desktop.config import Settings
from vircom_desktop.desk.routine import BackupFile, auto_backup, latest_backup
from vircom_desktop.ui.formatting import datetime_text
from vircom_desktop.ui.settings.system_tabs import AppSettingsTab
from vircom_desktop.ui.tasks import Op


class BackupsTab(AppSettingsTab):
    """This desk's backup settings (settings.json) and the state of its backups folder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        state = QGroupBox(self.tr("Respaldo automático"))
        state_form = QFormLayout(state)
        self.last_label = QLabel(self.tr("Buscando…"))
        self.last_label.setWordWrap(True)
        self.backup_now_button = QPushButton(self.tr("Respaldar ahora"))
        state_form.addRow(self.tr("Último respaldo:"), self.last_label)
        button_row = QHBoxLayout()
        button_row.addWidget(self.backup_now_button)
        button_row.addStretch(1)
        state_form.addRow("", button_row)
        state_form.addRow(
            QLabel(
                self.tr(
                    "La aplicación guarda una copia verificada de la base de datos al iniciar y"
                    " luego cada día, en la carpeta de datos (respaldos)."
                )
            )
        )
        options = QGroupBox(self.tr("Opciones"))
        form = QFormLayout(options)
        self.keep_spin = QSpinBox()
        self.keep_spin.setRange(1, 365)
        self.keep_spin.setSuffix(self.tr(" respaldos"))
        self.field_row(form, self.tr("Conservar los últimos:"), "backup_keep", self.keep_spin)
        self.copy_edit = QLineEdit()
        self.copy_edit.setPlaceholderText(self.tr("(ninguna)"))
        self.choose_button = QPushButton(self.tr("Copiar respaldos a…"))
        folder_row = QWidget()
        row = QHBoxLayout(folder_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.copy_edit, 1)
        row.addWidget(self.choose_button)
        self.field_row(form, self.tr("Carpeta de copia:"), "backup_copy_dir", folder_row)
        self.fields["backup_copy_dir"] = self.copy_edit  # the row shows it beside its button
        form.addRow(
            QLabel(
                self.tr(
                    "Un disco USB o una carpeta sincronizada guardan las copias fuera del equipo."
                )
            )
        )
        self.body.addWidget(state)
        self.body.addWidget(options)
        self.body.addStretch(1)
        self.choose_button.clicked.connect(self.choose_folder)
        self.backup_now_button.clicked.connect(self.backup_now)

    def load_settings(self, settings: Settings, env: Mapping[str, str] | None = None) -> None:
        super().load_settings(settings, env)
        self.refresh_state()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_state()  # the daily job may have run since the tab was last seen

    def values(self) -> dict[str, Any]:
        values = super().values()
        if values.get("backup_copy_dir"):
            values["backup_copy_dir"] = str(Path(values["backup_copy_dir"]).expanduser())
        return values

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Copiar respaldos a…"), self.copy_edit.text() or str(Path.home())
        )
        if folder:
            self.copy_edit.setText(folder)

    def refresh_state(self) -> None:
        if self.settings is None:
            return
        Op(self, partial(latest_backup, self.settings)).on_success(self._show_latest).run()

    def _show_latest(self, latest: BackupFile | None) -> None:
        if latest is None:
            self.last_label.setText(self.tr("Ninguno todavía."))
            return
        self.last_label.setText(
            self.tr("{when} ({file})").format(
                when=datetime_text(latest.taken_at, long=True), file=latest.path.name
            )
        )

    def backup_now(self) -> None:
        if self.settings is None:
            return
        self.backup_now_button.setEnabled(False)
        Op(self, partial(auto_backup, self.settings, force=True)).on_success(
            self._backed_up
        ).on_failure(self._backup_failed).run()

    def _backed_up(self, _path: Path | None) -> None:
        self.backup_now_button.setEnabled(True)
        self.status_label.setText(self.tr("Respaldo guardado y verificado."))
        self.refresh_state()

    def _backup_failed(self, error: Exception) -> None:
        self.backup_now_button.setEnabled(True)
        self.show_error(self.tr("No se pudo respaldar: {reason}").format(reason=error))
