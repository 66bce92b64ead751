"""Real `serve` processes for the security tests, with fake Ollama and fake providers.

Two servers for the whole package (starting one takes a few seconds): `open_server` runs
without an API token behind a public URL (the desk as most shops run it); `token_server` has
`VIRCOM_API_TOKEN`. Hypothesis drives many requests against each.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from twilio.request_validator import RequestValidator

from tests.fakes.fake_ollama import FakeOllama, reply
from tests.fakes.fake_providers import FakeProviders
from tests.fixtures.app_process import clean_env, start_serve
from tests.security import raw

APP_SECRET = "meta-app-secret"
VERIFY_TOKEN = "verify-me"
TWILIO_SID = "AC0123456789abcdef0123456789abcdef"
TWILIO_TOKEN = "twilio-auth-token"
API_TOKEN = "s3cret-api-token"
PUBLIC_URL = "https://vircom.example.cl"
CORS_ORIGIN = "https://www.vircom.cl"
BOT_REPLY = "Hola, soy VircomBot. ¿En qué le puedo ayudar?"


def serve_env(ollama: FakeOllama, providers: FakeProviders, **extra: str) -> dict[str, str]:
    return clean_env(
        VIRCOM_OLLAMA_URL=ollama.url,
        VIRCOM_TIMEZONE="America/Santiago",
        VIRCOM_WHATSAPP_VERIFY_TOKEN=VERIFY_TOKEN,
        VIRCOM_WHATSAPP_APP_SECRET=APP_SECRET,
        VIRCOM_WHATSAPP_TOKEN="graph-token",
        VIRCOM_WHATSAPP_PHONE_NUMBER_ID="1234567890",
        VIRCOM_WHATSAPP_API_URL=providers.url,
        VIRCOM_TWILIO_ACCOUNT_SID=TWILIO_SID,
        VIRCOM_TWILIO_AUTH_TOKEN=TWILIO_TOKEN,
        VIRCOM_TWILIO_FROM="whatsapp:+14155238886",
        VIRCOM_TWILIO_API_URL=providers.url,
        VIRCOM_CORS_ORIGINS=CORS_ORIGIN,
        **extra,
    )


class Serve:
    """`python main.py serve --demo` (tests/fixtures/app_process.py) in its own data dir, with
    helpers to send it raw requests and to read what it stored and logged."""

    def __init__(self, data_dir: Path, env: dict[str, str], *, umask: int = -1) -> None:
        self.data_dir = data_dir
        # A file, not a pipe: the server outlives thousands of requests. Beside the data dir,
        # whose file modes are under test.
        stderr_file = data_dir.parent / f"{data_dir.name}-stderr.txt"
        self.app = start_serve(data_dir, "--demo", env=env, umask=umask, stderr_file=stderr_file)
        self.url = self.app.url
        self.host, self.port = raw.address(self.url)

    def request(self, method: str, target: bytes | str, **kwargs: Any) -> raw.Answer:
        return raw.request(self.url, method, target, **kwargs)

    def get(self, target: bytes | str, **kwargs: Any) -> raw.Answer:
        return self.request("GET", target, **kwargs)

    def post_json(self, target: str, value: Any, **kwargs: Any) -> raw.Answer:
        headers = [("Content-Type", "application/json"), *kwargs.pop("headers", [])]
        body = json.dumps(value).encode()
        return self.request("POST", target, headers=headers, body=body, **kwargs)

    def post_whatsapp(self, payload: bytes | dict[str, Any]) -> raw.Answer:
        body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        return self.request(
            "POST",
            "/api/webhook/whatsapp",
            headers=[
                ("Content-Type", "application/json"),
                ("X-Hub-Signature-256", whatsapp_signature(body)),
            ],
            body=body,
        )

    def post_twilio(self, params: list[tuple[str, str]]) -> raw.Answer:
        signature = twilio_signature(f"{PUBLIC_URL}/api/webhook/twilio", params)
        return self.request(
            "POST",
            "/api/webhook/twilio",
            headers=[
                ("Content-Type", "application/x-www-form-urlencoded"),
                ("X-Twilio-Signature", signature),
            ],
            body=urlencode(params).encode(),
        )

    def rows(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        """Read the server's database (read-only, beside the running server)."""
        uri = f"file:{self.data_dir / 'vircom.db'}?mode=ro"
        with sqlite3.connect(uri, uri=True) as database:
            return database.execute(sql, args).fetchall()

    def log_text(self) -> str:
        return (self.data_dir / "logs" / "vircom.log").read_text(encoding="utf-8")

    def stop(self) -> int:
        """SIGTERM; the exit code."""
        return self.app.stop()


def whatsapp_signature(body: bytes) -> str:
    return "sha256=" + hmac.new(APP_SECRET.encode(), body, hashlib.sha256).hexdigest()


def twilio_signature(url: str, params: list[tuple[str, str]]) -> str:
    """What Twilio's own library computes (one value per field)."""
    return str(RequestValidator(TWILIO_TOKEN).compute_signature(url, dict(params)))


@pytest.fixture(scope="session")
def security_fakes() -> Iterator[tuple[FakeOllama, FakeProviders]]:
    ollama, providers = FakeOllama().start(), FakeProviders().start()
    ollama.respond_with(lambda body: reply(BOT_REPLY))
    yield ollama, providers
    ollama.stop()
    providers.stop()


@pytest.fixture(scope="session")
def open_server(
    tmp_path_factory: pytest.TempPathFactory, security_fakes: tuple[FakeOllama, FakeProviders]
) -> Iterator[Serve]:
    """No API token; VIRCOM_PUBLIC_URL set (a TLS proxy in front)."""
    env = serve_env(*security_fakes, VIRCOM_PUBLIC_URL=PUBLIC_URL)
    server = Serve(tmp_path_factory.mktemp("open") / "data", env)
    yield server
    assert server.stop() == 0


@pytest.fixture(scope="session")
def token_server(
    tmp_path_factory: pytest.TempPathFactory, security_fakes: tuple[FakeOllama, FakeProviders]
) -> Iterator[Serve]:
    env = serve_env(*security_fakes, VIRCOM_API_TOKEN=API_TOKEN)
    server = Serve(tmp_path_factory.mktemp("token") / "data", env)
    yield server
    assert server.stop() == 0
