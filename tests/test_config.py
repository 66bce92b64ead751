"""Settings precedence: flag > environment > settings.json > default (CONTRACT §2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vircom_desktop.config import (
    ConfigError,
    ollama_url_from_env,
    public_view,
    resolve,
    save_stored,
)


def test_defaults(data_dir: Path) -> None:
    settings = resolve({"data_dir": data_dir}, env={})
    assert settings.database_url == f"sqlite:///{data_dir / 'vircom.db'}"
    assert (settings.host, settings.port, settings.ollama_model) == ("127.0.0.1", 8765, "llama3.1")
    assert settings.ollama_url == "http://127.0.0.1:11434"
    assert settings.agent_mode == "auto" and not settings.whatsapp_enabled


def test_flag_beats_env_beats_stored(data_dir: Path) -> None:
    data_dir.mkdir()
    save_stored(data_dir, {"port": 9000, "ollama_model": "stored-model", "host": "0.0.0.0"})
    env = {"VIRCOM_PORT": "9100", "VIRCOM_OLLAMA_MODEL": "env-model"}
    settings = resolve({"data_dir": data_dir, "port": 9200}, env=env)
    assert settings.port == 9200
    assert settings.ollama_model == "env-model"
    assert settings.host == "0.0.0.0"


def test_data_dir_from_environment(tmp_path: Path) -> None:
    settings = resolve(env={"VIRCOM_DATA_DIR": str(tmp_path / "d")})
    assert settings.data_dir == tmp_path / "d" and settings.data_dir.is_dir()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0.0.0.0:11500", "http://127.0.0.1:11500"),
        ("ollama.lan", "http://ollama.lan:11434"),
        ("https://gpu.example/ollama", "https://gpu.example/ollama"),
    ],
)
def test_ollama_host_is_understood(data_dir: Path, value: str, expected: str) -> None:
    assert resolve({"data_dir": data_dir}, env={"OLLAMA_HOST": value}).ollama_url == expected


def test_vircom_ollama_url_beats_ollama_host(data_dir: Path) -> None:
    env = {"OLLAMA_HOST": "other:1", "VIRCOM_OLLAMA_URL": "http://127.0.0.1:1234"}
    assert resolve({"data_dir": data_dir}, env=env).ollama_url == "http://127.0.0.1:1234"


def test_ollama_host_is_only_the_default_so_stored_settings_beat_it(data_dir: Path) -> None:
    # OLLAMA_HOST=0.0.0.0 is how Ollama servers are commonly started; it must not override the
    # URL the shop saved in the app (CONTRACT §2: it is VIRCOM_OLLAMA_URL's default).
    data_dir.mkdir()
    save_stored(data_dir, {"ollama_url": "http://gpu.lan:11434"})
    env = {"OLLAMA_HOST": "0.0.0.0"}
    assert resolve({"data_dir": data_dir}, env=env).ollama_url == "http://gpu.lan:11434"


def test_an_empty_vircom_ollama_url_falls_back_to_ollama_host(data_dir: Path) -> None:
    env = {"VIRCOM_OLLAMA_URL": "", "OLLAMA_HOST": "ollama.lan"}
    assert resolve({"data_dir": data_dir}, env=env).ollama_url == "http://ollama.lan:11434"


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, "http://127.0.0.1:11434"),
        ({"OLLAMA_HOST": "ollama.lan:11500"}, "http://ollama.lan:11500"),
        ({"OLLAMA_HOST": "other", "VIRCOM_OLLAMA_URL": "http://a:1"}, "http://a:1"),
    ],
)
def test_eval_reads_the_ollama_url_like_the_app(env: dict[str, str], expected: str) -> None:
    assert ollama_url_from_env(env) == expected


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"VIRCOM_PORT": "http"}, "whole number"),
        ({"VIRCOM_PORT": "70000"}, "out of range"),
        ({"VIRCOM_AGENT_MODE": "yolo"}, "agent mode"),
        ({"VIRCOM_TIMEZONE": "Nowhere/City"}, "time zone"),
        ({"VIRCOM_DATABASE_URL": "mysql://x"}, "database URL"),
        ({"VIRCOM_MODEL_SLOTS": "0"}, "model slots"),
        ({"VIRCOM_MODEL_SLOTS": "dos"}, "whole number"),
    ],
)
def test_bad_values_are_named(data_dir: Path, env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        resolve({"data_dir": data_dir}, env=env)


def test_model_slots_default_to_one_and_come_from_the_environment(data_dir: Path) -> None:
    assert resolve({"data_dir": data_dir}, env={}).model_slots == 1
    assert resolve({"data_dir": data_dir}, env={"VIRCOM_MODEL_SLOTS": "2"}).model_slots == 2


def test_broken_settings_file_is_a_clear_error(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "settings.json").write_text("{oops")
    with pytest.raises(ConfigError, match="not valid JSON"):
        resolve({"data_dir": data_dir}, env={})


def test_secrets_are_masked_in_public_view(data_dir: Path) -> None:
    settings = resolve({"data_dir": data_dir}, env={"VIRCOM_WHATSAPP_TOKEN": "EAAG-secret"})
    view = public_view(settings)
    assert "EAAG" not in json.dumps(view)
    assert view["whatsapp_token"] == "••••••••"
