"""VircomBot (Ollama and agent defaults), Canales (channels and listener) and Apariencia.

These settings belong to this desk and live in settings.json; an environment variable set for
one of them wins at start-up, so its field is shown read-only with the variable's name. Secrets
(tokens, app secrets) are write-only here: shown masked, replaced by typing a new value, and kept
in settings.json, which only the desk's user can read.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from vircom_desktop.config import ENV_VARS, MAX_MODEL_SLOTS, SECRET_FIELDS, ConfigError, Settings
from vircom_desktop.desk import shop_settings as store
from vircom_desktop.domain.policy import BookingPolicy
from vircom_desktop.ui.settings.base import SettingsTab
from vircom_desktop.ui.tasks import Op

MASK = "•" * 8


def env_override(name: str, env: Mapping[str, str]) -> str | None:
    """The environment variable that sets setting `name` right now, if any.

    OLLAMA_HOST is not one: it only replaces the default Ollama URL (CONTRACT §2), so a URL
    stored here beats it."""
    variable = ENV_VARS.get(name)
    if variable and env.get(variable, "") != "":
        return variable
    return None


class AppSettingsTab(SettingsTab):
    """A tab of settings.json fields; `app_settings_saved(dict)` carries what was written."""

    app_settings_saved = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings: Settings | None = None
        self.env: Mapping[str, str] = os.environ
        self.fields: dict[str, QWidget] = {}
        self.notes: dict[str, QLabel] = {}

    def field_row(self, form: QFormLayout, label: str, name: str, widget: QWidget) -> None:
        """Add a settings field with the note that says when the environment overrides it."""
        note = QLabel()
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid); font-size: 8pt;")
        note.hide()
        form.addRow(label, widget)
        form.addRow("", note)
        self.fields[name] = widget
        self.notes[name] = note

    def load_settings(self, settings: Settings, env: Mapping[str, str] | None = None) -> None:
        self.settings = settings
        self.env = os.environ if env is None else env
        for name, widget in self.fields.items():
            value = getattr(settings, name)
            variable = env_override(name, self.env)
            note = self.notes[name]
            if name in SECRET_FIELDS:
                assert isinstance(widget, QLineEdit)
                widget.setText(MASK if value else "")
                widget.setPlaceholderText(self.tr("(sin definir)"))
                widget.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
                widget.setReadOnly(variable is not None)
                if variable is not None:
                    text = self.tr("Definido por la variable {variable}, que tiene prioridad.")
                else:
                    text = self.tr(
                        "Secreto: escriba un valor nuevo para cambiarlo. Se guarda solo en este"
                        " equipo, legible únicamente por su usuario ({variable} tiene prioridad)."
                    )
                note.setText(text.format(variable=variable or ENV_VARS.get(name, "")))
                note.show()
                continue
            self._set_value(widget, value)
            widget.setEnabled(variable is None)
            note.setVisible(variable is not None)
            if variable is not None:
                note.setText(
                    self.tr("Definido por la variable {variable}, que tiene prioridad.").format(
                        variable=variable
                    )
                )

    @staticmethod
    def _set_value(widget: QWidget, value: Any) -> None:
        if isinstance(widget, QLineEdit):
            widget.setText(str(value))
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value))
        elif isinstance(widget, QComboBox):
            index = widget.findData(value)
            if index < 0 and widget.isEditable():
                widget.setEditText(str(value))
            else:
                widget.setCurrentIndex(max(0, index))

    @staticmethod
    def _value(widget: QWidget) -> Any:
        if isinstance(widget, QLineEdit):
            return widget.text().strip()
        if isinstance(widget, QSpinBox):
            return widget.value()
        if isinstance(widget, QComboBox):
            return widget.currentText().strip() if widget.isEditable() else widget.currentData()
        raise TypeError(f"no value for {widget!r}")

    def values(self) -> dict[str, Any]:
        """The fields this desk may store: those not set by the environment, and secrets only
        when a new value was typed over the mask."""
        values = {
            name: self._value(widget)
            for name, widget in self.fields.items()
            if env_override(name, self.env) is None
        }
        return {
            name: value
            for name, value in values.items()
            if name not in SECRET_FIELDS or value != MASK
        }

    def check(self, values: dict[str, Any]) -> bool:
        """Validate like the app will at start-up; mark fields and return False when wrong."""
        assert self.settings is not None
        url = values.get("ollama_url")
        if url is not None and not str(url).startswith(("http://", "https://")):
            self.mark_invalid(
                self.fields["ollama_url"],
                self.tr("La dirección de Ollama debe empezar con http:// o https://."),
            )
            return False
        if "host" in values and not values["host"]:
            self.mark_invalid(self.fields["host"], self.tr("Indique la dirección de escucha."))
            return False
        if "ollama_model" in values and not values["ollama_model"]:
            self.mark_invalid(self.fields["ollama_model"], self.tr("Indique el modelo."))
            return False
        try:
            replace(self.settings, **values).validate()
        except ConfigError:
            self.show_error(self.tr("Hay un valor que la aplicación no puede usar; revíselo."))
            return False
        return True

    def extra_work(self) -> BookingPolicy | None:
        return None

    def collect(self) -> Callable[[], Any] | None:
        values = self.values()
        if self.settings is None or not self.check(values):
            return None
        return partial(store.save_desk_settings, self.settings.data_dir, values, self.extra_work())

    def after_store(self, result: Any) -> None:
        self.app_settings_saved.emit(dict(result))


class AgentTab(AppSettingsTab):
    """Where Ollama runs, which model, and how VircomBot works by default."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.booking = BookingPolicy()
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("http://127.0.0.1:11434")
        self.model_combo = QComboBox()
        self.model_combo.setEditable(True)
        self.slots_spin = QSpinBox()
        self.slots_spin.setRange(1, MAX_MODEL_SLOTS)
        self.parallel_label = QLabel()
        self.parallel_label.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Probar conexión"))
        self.test_label = QLabel()
        self.test_label.setWordWrap(True)
        ollama = QGroupBox(self.tr("Ollama"))
        form = QFormLayout(ollama)
        self.field_row(form, self.tr("Dirección:"), "ollama_url", self.url_edit)
        self.field_row(form, self.tr("Modelo:"), "ollama_model", self.model_combo)
        self.field_row(form, self.tr("Consultas a la vez:"), "model_slots", self.slots_spin)
        form.addRow("", self.parallel_label)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_label, 1)
        form.addRow("", test_row)

        self.mode_combo = QComboBox()
        self.mode_combo.addItem(self.tr("Automático: VircomBot responde solo"), "auto")
        self.mode_combo.addItem(self.tr("Borrador: el equipo revisa cada respuesta"), "draft")
        self.approval_check = QCheckBox(self.tr("Las visitas del bot necesitan aprobación"))
        self.hold_spin = QSpinBox()
        self.hold_spin.setRange(5, 14 * 24 * 60)
        self.hold_spin.setSingleStep(30)
        self.hold_spin.setSuffix(self.tr(" min"))
        agent = QGroupBox(self.tr("VircomBot"))
        agent_form = QFormLayout(agent)
        self.field_row(
            agent_form, self.tr("Modo de las conversaciones nuevas:"), "agent_mode", self.mode_combo
        )
        agent_form.addRow("", self.approval_check)
        agent_form.addRow(self.tr("Reserva una propuesta por:"), self.hold_spin)
        self.body.addWidget(ollama)
        self.body.addWidget(agent)
        self.body.addStretch(1)
        self.test_button.clicked.connect(self.test_connection)

    def load_settings(self, settings: Settings, env: Mapping[str, str] | None = None) -> None:
        super().load_settings(settings, env)
        self.parallel_label.setText(self._parallel_text())

    def _parallel_text(self) -> str:
        """Ollama's own limit next to ours: more slots than Ollama serves only queue there."""
        parallel = self.env.get("OLLAMA_NUM_PARALLEL", "").strip()
        if parallel:
            return self.tr(
                "Ollama en este equipo atiende {parallel} a la vez (OLLAMA_NUM_PARALLEL). "
                "Las demás esperan aquí, primero el escritorio, luego los clientes."
            ).format(parallel=parallel)
        return self.tr(
            "OLLAMA_NUM_PARALLEL no está definido aquí: Ollama suele atender una consulta a la "
            "vez. Use el mismo número en ambos; las demás esperan aquí, primero el escritorio."
        )

    def load_policy(self, booking: BookingPolicy) -> None:
        self.booking = booking
        self.approval_check.setChecked(booking.approval_required)
        self.hold_spin.setValue(booking.proposal_hold_minutes)

    def extra_work(self) -> BookingPolicy:
        self.booking = replace(
            self.booking,
            approval_required=self.approval_check.isChecked(),
            proposal_hold_minutes=self.hold_spin.value(),
        )
        return self.booking

    def test_connection(self) -> None:
        """List the models the Ollama server has installed (off the GUI thread)."""
        url = self.url_edit.text().strip()
        self.test_button.setEnabled(False)
        self.test_label.setText(self.tr("Probando…"))
        Op(self, partial(store.installed_models, url)).on_success(self._models_listed).on_failure(
            partial(self._connection_failed, url)
        ).run()

    def _models_listed(self, models: list[str]) -> None:
        self.test_button.setEnabled(True)
        wanted = self.model_combo.currentText().strip()
        self.model_combo.clear()
        for name in models:
            self.model_combo.addItem(name, name)
        self.model_combo.setEditText(wanted)
        installed = {name.removesuffix(":latest") for name in models} | set(models)
        if not models:
            text = self.tr("Conectado, pero no hay modelos instalados: ollama pull llama3.1")
        elif wanted and wanted not in installed:
            text = self.tr(
                "Conectado. El modelo {model} no está instalado: ollama pull {model}"
            ).format(model=wanted)
        else:
            text = self.tr("Conectado: {count} modelos instalados.").format(count=len(models))
        self.test_label.setText(text)

    def _connection_failed(self, url: str, _error: Exception) -> None:
        self.test_button.setEnabled(True)
        self.test_label.setText(
            self.tr(
                "No se pudo conectar a {url}. Inicie Ollama (ollama serve) o revise la dirección."
            ).format(url=url)
        )


class ChannelsTab(AppSettingsTab):
    """WhatsApp Cloud API, Twilio, the public URL and where the listener listens."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        whatsapp = QGroupBox(self.tr("WhatsApp (Meta Cloud API)"))
        form = QFormLayout(whatsapp)
        self.verify_edit = QLineEdit()
        self.verify_edit.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.field_row(
            form, self.tr("Token de verificación:"), "whatsapp_verify_token", self.verify_edit
        )
        self.field_row(form, self.tr("ID del número:"), "whatsapp_phone_number_id", QLineEdit())
        self.field_row(form, self.tr("Token de acceso:"), "whatsapp_token", QLineEdit())
        self.field_row(form, self.tr("App secret:"), "whatsapp_app_secret", QLineEdit())
        self.field_row(form, self.tr("Plantilla de avisos:"), "whatsapp_template", QLineEdit())

        twilio = QGroupBox(self.tr("Twilio (WhatsApp)"))
        twilio_form = QFormLayout(twilio)
        self.field_row(twilio_form, self.tr("Account SID:"), "twilio_account_sid", QLineEdit())
        self.field_row(twilio_form, self.tr("Auth token:"), "twilio_auth_token", QLineEdit())
        self.field_row(twilio_form, self.tr("Número de origen:"), "twilio_from", QLineEdit())

        listener = QGroupBox(self.tr("Servidor de mensajes"))
        listener_form = QFormLayout(listener)
        self.port_spin = QSpinBox()
        self.port_spin.setRange(0, 65535)
        self.field_row(listener_form, self.tr("URL pública:"), "public_url", QLineEdit())
        self.field_row(listener_form, self.tr("Dirección de escucha:"), "host", QLineEdit())
        self.field_row(listener_form, self.tr("Puerto:"), "port", self.port_spin)
        listener_form.addRow(
            QLabel(self.tr("La dirección y el puerto se aplican al reiniciar la aplicación."))
        )
        self.body.addWidget(whatsapp)
        self.body.addWidget(twilio)
        self.body.addWidget(listener)
        self.body.addStretch(1)


class AppearanceTab(AppSettingsTab):
    """Language and theme; the theme follows the system unless chosen."""

    theme_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("Español"), "es")
        self.language_combo.addItem(self.tr("English"), "en")
        self.theme_combo = QComboBox()
        self.theme_combo.addItem(self.tr("Como el sistema"), "system")
        self.theme_combo.addItem(self.tr("Claro"), "light")
        self.theme_combo.addItem(self.tr("Oscuro"), "dark")
        group = QGroupBox(self.tr("Apariencia"))
        form = QFormLayout(group)
        self.field_row(form, self.tr("Idioma:"), "language", self.language_combo)
        self.field_row(form, self.tr("Tema:"), "theme", self.theme_combo)
        form.addRow(QLabel(self.tr("El idioma se aplica al reiniciar; el tema, al guardar.")))
        self.body.addWidget(group)
        self.body.addStretch(1)

    def after_store(self, result: Any) -> None:
        super().after_store(result)
        self.theme_chosen.emit(str(result.get("theme", "system")))
