"""`serve` as a process: acknowledged messages survive kill -9, SIGTERM lets work finish."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.channels.conftest import (
    APP_SECRET,
    PHONE_NUMBER_ID,
    TWILIO_SID,
    VERIFY_TOKEN,
    whatsapp_signature,
    whatsapp_text,
)
from tests.fakes.fake_ollama import FakeOllama, Step, reply
from tests.fakes.fake_providers import FakeProviders

ROOT = Path(__file__).resolve().parents[2]
BATCH = 6


class SlowModel:
    """Every model request stalls mid-answer until `release()`; afterwards they answer at once."""

    def __init__(self, ollama: FakeOllama) -> None:
        self.released = threading.Event()
        self.ollama = ollama
        ollama.respond_with(self._step)

    def _step(self, body: dict) -> Step:
        answer = reply("Respuesta de VircomBot.")
        return answer if self.released.is_set() else answer.gated()

    def release(self) -> None:
        self.released.set()
        self.ollama.gate.set()


def _env(ollama: FakeOllama, providers: FakeProviders) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRCOM_", "OLLAMA_"))}
    env.update(
        {
            "VIRCOM_OLLAMA_URL": ollama.url,
            "VIRCOM_TIMEZONE": "America/Santiago",
            "VIRCOM_WHATSAPP_VERIFY_TOKEN": VERIFY_TOKEN,
            "VIRCOM_WHATSAPP_APP_SECRET": APP_SECRET,
            "VIRCOM_WHATSAPP_TOKEN": "graph-token",
            "VIRCOM_WHATSAPP_PHONE_NUMBER_ID": PHONE_NUMBER_ID,
            "VIRCOM_WHATSAPP_API_URL": providers.url,
            "VIRCOM_TWILIO_ACCOUNT_SID": TWILIO_SID,
        }
    )
    return env


class Serve:
    def __init__(self, data_dir: Path, env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "main.py", "serve", "--data-dir", str(data_dir), "--port", "0"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line.startswith("listening on http://"), (line, self._stderr())
        self.url = line.split(" ", 2)[2].strip()

    def _stderr(self) -> str:
        stderr = self.process.stderr
        return stderr.read() if stderr is not None and self.process.poll() is not None else ""

    def post_whatsapp(self, sender: str, text: str, wamid: str) -> int:
        raw = json.dumps(whatsapp_text(sender, text, wamid)).encode()
        response = httpx.post(
            f"{self.url}/api/webhook/whatsapp",
            content=raw,
            timeout=10,
            headers={"X-Hub-Signature-256": whatsapp_signature(raw)},
        )
        return response.status_code

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=10)


@pytest.fixture
def servers() -> Iterator[list[Serve]]:
    started: list[Serve] = []
    yield started
    for server in started:
        server.close()


@pytest.fixture
def fakes(fake_ollama: FakeOllama, providers: FakeProviders) -> tuple[FakeOllama, FakeProviders]:
    return fake_ollama, providers


def _statuses(data_dir: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(data_dir / "vircom.db") as database:
        return database.execute("SELECT role, status FROM messages ORDER BY id").fetchall()


def test_acknowledged_messages_are_answered_once_after_kill_9(
    tmp_path: Path, fakes: tuple[FakeOllama, FakeProviders], servers: list[Serve]
) -> None:
    ollama, providers = fakes
    model = SlowModel(ollama)
    data_dir = tmp_path / "data"
    env = _env(ollama, providers)
    senders = [f"5691111111{n}" for n in range(BATCH)]

    first = Serve(data_dir, env)
    servers.append(first)
    for number, sender in enumerate(senders):
        assert first.post_whatsapp(sender, f"Hola, mensaje {number}", f"wamid.K{number}") == 200
    assert ollama.in_flight.wait(10), "the model never got a request"
    os.kill(first.process.pid, signal.SIGKILL)
    first.process.wait(timeout=10)
    assert providers.sent == []
    model.release()

    second = Serve(data_dir, env)
    servers.append(second)
    # The interrupted turn's lease runs out (15 s) before it is claimed again.
    sends = providers.wait_for(BATCH, timeout=60)
    assert sorted(s.to for s in sends) == sorted(senders)
    assert all(s.text.startswith("Respuesta de VircomBot.\n\nPrivacidad:") for s in sends)

    second.process.send_signal(signal.SIGTERM)
    assert second.process.wait(timeout=30) == 0
    statuses = _statuses(data_dir)
    assert statuses.count(("customer", "answered")) == BATCH
    assert statuses.count(("bot", "sent")) == BATCH
    assert len(statuses) == 2 * BATCH
    assert len(providers.sent) == BATCH


def test_sigterm_lets_the_turn_in_progress_finish(
    tmp_path: Path, fakes: tuple[FakeOllama, FakeProviders], servers: list[Serve]
) -> None:
    ollama, providers = fakes
    model = SlowModel(ollama)
    data_dir = tmp_path / "data"
    server = Serve(data_dir, _env(ollama, providers))
    servers.append(server)
    assert server.post_whatsapp("56911111111", "Hola", "wamid.T1") == 200
    assert ollama.in_flight.wait(10)

    server.process.send_signal(signal.SIGTERM)
    model.release()

    assert server.process.wait(timeout=30) == 0
    [sent] = providers.wait_for(1)
    assert sent.to == "56911111111"
    assert _statuses(data_dir) == [("customer", "answered"), ("bot", "sent")]
