"""One typed settings schema: defaults, environment variables, stored settings, validation.

Precedence: command-line flag > environment variable > settings stored in the data dir > default.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs

from vircom_desktop.domain.clock import local_zone_name
from vircom_desktop.domain.reminder_hours import parse_reminder_hours
from vircom_desktop.private_files import private_dir, tighten_data_dir

APP_NAME = "vircom-desk"
SETTINGS_FILE = "settings.json"
DEFAULT_WHATSAPP_API_URL = "https://graph.facebook.com/v21.0"
DEFAULT_TWILIO_API_URL = "https://api.twilio.com"
MAX_MODEL_SLOTS = 16


class ConfigError(ValueError):
    """A setting has a value the app cannot use."""


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    database_url: str = ""
    ollama_url: str = "http://127.0.0.1:11434"
    ollama_model: str = "llama3.1"
    ollama_timeout_seconds: float = 120.0
    model_slots: int = 1  # requests sent to Ollama at once (see agent.slots)
    host: str = "127.0.0.1"
    port: int = 8765
    api_token: str = ""
    agent_mode: str = "auto"
    timezone: str = field(default_factory=local_zone_name)
    whatsapp_verify_token: str = ""
    whatsapp_app_secret: str = ""
    whatsapp_token: str = ""
    whatsapp_phone_number_id: str = ""
    whatsapp_api_url: str = DEFAULT_WHATSAPP_API_URL
    whatsapp_template: str = ""
    # Approved template (`name[:lang]`) for reminders outside WhatsApp's 24-hour window.
    whatsapp_reminder_template: str = ""
    # Hours before a confirmed visit to remind its customer ("24,2"; "" = none); None follows
    # the shop's setting in Ajustes.
    reminder_hours: str | None = None
    twilio_account_sid: str = ""
    twilio_auth_token: str = ""
    twilio_from: str = ""
    twilio_api_url: str = DEFAULT_TWILIO_API_URL
    public_url: str = ""
    privacy_url: str = ""  # else the link stored in Ajustes → Privacidad
    cors_origins: tuple[str, ...] = ()
    language: str = "es"
    theme: str = "system"
    backup_keep: int = 14
    backup_copy_dir: str = ""

    @property
    def whatsapp_enabled(self) -> bool:
        return bool(
            self.whatsapp_verify_token
            and self.whatsapp_app_secret
            and self.whatsapp_token
            and self.whatsapp_phone_number_id
        )

    @property
    def twilio_enabled(self) -> bool:
        return bool(self.twilio_account_sid and self.twilio_auth_token and self.twilio_from)

    def validate(self) -> None:
        if not 0 <= self.port <= 65535:
            raise ConfigError(f"port {self.port} is out of range 0..65535")
        if not 1 <= self.model_slots <= MAX_MODEL_SLOTS:
            raise ConfigError(f"model slots must be 1..{MAX_MODEL_SLOTS}, not {self.model_slots}")
        if self.agent_mode not in ("auto", "draft"):
            raise ConfigError(f"agent mode must be 'auto' or 'draft', not {self.agent_mode!r}")
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError) as error:
            raise ConfigError(f"unknown time zone {self.timezone!r}") from error
        if not self.ollama_url.startswith(("http://", "https://")):
            raise ConfigError(
                f"Ollama URL must start with http:// or https://: {self.ollama_url!r}"
            )
        if self.public_url and not _is_web_url(self.public_url):
            raise ConfigError(
                f"public URL must be http(s)://host[:port][/path]: {self.public_url!r}"
            )
        if self.privacy_url and not _is_web_url(self.privacy_url):
            raise ConfigError(
                f"privacy URL must be http(s)://host[:port][/path]: {self.privacy_url!r}"
            )
        if self.database_url and not self.database_url.startswith(
            ("sqlite:///", "postgresql://", "postgres://")
        ):
            raise ConfigError("database URL must start with sqlite:/// or postgresql://")
        if self.reminder_hours is not None:
            try:
                parse_reminder_hours(self.reminder_hours)
            except ValueError as error:
                raise ConfigError(f"reminder hours {self.reminder_hours!r}: {error}") from error
        if not 1 <= self.backup_keep <= 365:
            raise ConfigError(f"backups to keep must be between 1 and 365, not {self.backup_keep}")


def _is_web_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a port that is no port
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


# Settings that the environment can set: field name → variable.
ENV_VARS = {
    "database_url": "VIRCOM_DATABASE_URL",
    "ollama_url": "VIRCOM_OLLAMA_URL",
    "ollama_model": "VIRCOM_OLLAMA_MODEL",
    "model_slots": "VIRCOM_MODEL_SLOTS",
    "host": "VIRCOM_HOST",
    "port": "VIRCOM_PORT",
    "api_token": "VIRCOM_API_TOKEN",
    "agent_mode": "VIRCOM_AGENT_MODE",
    "timezone": "VIRCOM_TIMEZONE",
    "whatsapp_verify_token": "VIRCOM_WHATSAPP_VERIFY_TOKEN",
    "whatsapp_app_secret": "VIRCOM_WHATSAPP_APP_SECRET",
    "whatsapp_token": "VIRCOM_WHATSAPP_TOKEN",
    "whatsapp_phone_number_id": "VIRCOM_WHATSAPP_PHONE_NUMBER_ID",
    "whatsapp_api_url": "VIRCOM_WHATSAPP_API_URL",
    "whatsapp_template": "VIRCOM_WHATSAPP_TEMPLATE",
    "whatsapp_reminder_template": "VIRCOM_WHATSAPP_REMINDER_TEMPLATE",
    "twilio_account_sid": "VIRCOM_TWILIO_ACCOUNT_SID",
    "twilio_auth_token": "VIRCOM_TWILIO_AUTH_TOKEN",
    "twilio_from": "VIRCOM_TWILIO_FROM",
    "twilio_api_url": "VIRCOM_TWILIO_API_URL",
    "public_url": "VIRCOM_PUBLIC_URL",
    "privacy_url": "VIRCOM_PRIVACY_URL",
    "cors_origins": "VIRCOM_CORS_ORIGINS",
}
REMINDER_HOURS_VAR = "VIRCOM_REMINDER_HOURS"
# Shown masked (write-only) in the UI; settings.json is readable only by the desk's user.
SECRET_FIELDS = frozenset(
    {"api_token", "whatsapp_app_secret", "whatsapp_token", "twilio_auth_token"}
)


def default_data_dir(env: Mapping[str, str]) -> Path:
    if env.get("VIRCOM_DATA_DIR"):
        return Path(env["VIRCOM_DATA_DIR"]).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def prepare_data_dir(path: Path) -> Path:
    """Create the data dir if needed (private), tighten an existing one's files, and prove it
    is writable (raises ConfigError)."""
    try:
        private_dir(path)
        tighten_data_dir(path)
        probe = path / ".write-test"
        probe.write_text("ok", encoding="utf-8")
        probe.unlink()
    except OSError as error:
        raise ConfigError(f"data dir {path} is not usable: {error.strerror or error}") from error
    return path


def load_stored(data_dir: Path) -> dict[str, Any]:
    path = data_dir / SETTINGS_FILE
    if not path.exists():
        return {}
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ConfigError(f"{path} is not valid JSON: {error}") from error
    if not isinstance(stored, dict):
        raise ConfigError(f"{path} must hold a JSON object")
    return stored


def save_stored(data_dir: Path, values: Mapping[str, Any]) -> None:
    """Merge `values` into settings.json (atomically: write a temp file, then rename)."""
    stored = load_stored(data_dir)
    stored.update(values)
    path = data_dir / SETTINGS_FILE
    temp = path.with_suffix(".tmp")
    descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # it may hold tokens
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(json.dumps(stored, indent=2, ensure_ascii=False))
    os.replace(temp, path)


def _coerce(name: str, value: Any) -> Any:
    kind = {f.name: f.type for f in fields(Settings)}[name]
    if kind == "int":
        try:
            return int(value)
        except (TypeError, ValueError) as error:
            raise ConfigError(f"{name} must be a whole number, not {value!r}") from error
    if kind == "float":
        try:
            return float(value)
        except (TypeError, ValueError) as error:
            raise ConfigError(f"{name} must be a number, not {value!r}") from error
    if kind == "tuple[str, ...]":
        items = value.split(",") if isinstance(value, str) else value
        return tuple(str(item).strip() for item in items if str(item).strip())
    return str(value)


def resolve(
    flags: Mapping[str, Any] | None = None,
    env: Mapping[str, str] | None = None,
) -> Settings:
    """Settings from flags > environment > settings.json > defaults, validated."""
    flags = {k: v for k, v in (flags or {}).items() if v is not None}
    env = os.environ if env is None else env
    data_dir = Path(flags.pop("data_dir")) if "data_dir" in flags else default_data_dir(env)
    prepare_data_dir(data_dir)
    known = {f.name for f in fields(Settings)} - {"data_dir"}
    values: dict[str, Any] = {}
    if env.get("OLLAMA_HOST", "").strip():
        # OLLAMA_HOST only replaces the default: settings.json and VIRCOM_OLLAMA_URL beat it.
        values["ollama_url"] = _ollama_host_url(env["OLLAMA_HOST"])
    values.update({k: v for k, v in load_stored(data_dir).items() if k in known})
    for name, variable in ENV_VARS.items():
        if env.get(variable, "") != "":
            values[name] = env[variable]
    if REMINDER_HOURS_VAR in env:  # set but empty means "no reminders"
        values["reminder_hours"] = env[REMINDER_HOURS_VAR]
    values.update({k: v for k, v in flags.items() if k in known})
    settings = Settings(data_dir=data_dir, **{k: _coerce(k, v) for k, v in values.items()})
    if not settings.database_url:
        settings = replace(settings, database_url=f"sqlite:///{data_dir / 'vircom.db'}")
    settings.validate()
    return settings


def ollama_url_from_env(env: Mapping[str, str] | None = None) -> str:
    """The Ollama URL from the environment alone: VIRCOM_OLLAMA_URL, else OLLAMA_HOST, else the
    default (for `eval`, which has no data dir)."""
    env = os.environ if env is None else env
    if env.get("VIRCOM_OLLAMA_URL", ""):
        return env["VIRCOM_OLLAMA_URL"]
    if env.get("OLLAMA_HOST", "").strip():
        return _ollama_host_url(env["OLLAMA_HOST"])
    return Settings.ollama_url


def _ollama_host_url(value: str) -> str:
    """OLLAMA_HOST may be 'host:port' or a URL."""
    value = value.strip()
    if value.startswith(("http://", "https://")):
        return value.rstrip("/")
    if value.startswith(":"):
        value = "127.0.0.1" + value
    if value in ("0.0.0.0", "") or value.startswith("0.0.0.0:"):
        value = value.replace("0.0.0.0", "127.0.0.1") or "127.0.0.1"
    return f"http://{value}" if ":" in value else f"http://{value}:11434"


def public_view(settings: Settings) -> dict[str, Any]:
    """Settings as plain values with secrets masked (for the UI and `doctor`)."""
    values = asdict(settings)
    values["data_dir"] = str(settings.data_dir)
    for name in SECRET_FIELDS:
        if values.get(name):
            values[name] = "•" * 8
    return values
