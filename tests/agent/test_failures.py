"""When Ollama cannot answer, the customer's message stays, a human takes over, the customer is told."""

from __future__ import annotations

import threading

import httpx
import pytest

from tests.agent.helpers import BOOKING, start_chat
from tests.fakes.fake_ollama import (
    FakeOllama,
    Step,
    hang,
    http_error,
    midstream_error,
    reply,
    tool_call,
)
from tests.fakes.shop import Shop
from vircom_desktop.agent.events import AgentEvent, AgentFailed
from vircom_desktop.agent.ollama_client import OllamaClient, OllamaTimeout
from vircom_desktop.agent.service import VircomBot
from vircom_desktop.config import Settings
from vircom_desktop.domain import conversations
from vircom_desktop.domain.models import AgentTurn

pytestmark = pytest.mark.allow_log_warnings


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _assert_handed_over(chat: int, result_reply: str, reason_part: str) -> None:
    conversation = conversations.get(chat)
    assert conversation.status == "needs_human"
    assert reason_part in conversation.handoff_reason
    assert "persona del equipo" in result_reply
    history = conversations.history(chat)
    assert [m.role for m in history] == ["customer"]  # kept; the reply is the caller's to store


def test_ollama_down(db: Shop, settings: Settings) -> None:
    down = Settings(data_dir=settings.data_dir, ollama_url=f"http://127.0.0.1:{_free_port()}")
    chat = start_chat("Hola")
    failures: list[AgentEvent] = []
    result = VircomBot(down).respond(chat, on_event=failures.append)
    assert result.status == "needs_human"
    assert "connect" in result.error
    _assert_handed_over(chat, result.reply, "ollama serve")
    failed = [e for e in failures if isinstance(e, AgentFailed)]
    assert failed[0].code == "unreachable"
    assert AgentTurn.get().error


def test_model_missing(db: Shop, fake_ollama: FakeOllama, settings: Settings) -> None:
    fake_ollama.models = {"mistral:latest": ["completion", "tools"]}
    chat = start_chat("Hola")
    result = VircomBot(settings).respond(chat)
    assert result.status == "needs_human"
    _assert_handed_over(chat, result.reply, "ollama pull llama3.1")


def test_model_without_tools(db: Shop, fake_ollama: FakeOllama, settings: Settings) -> None:
    fake_ollama.models = {"llama3.1:latest": ["completion"]}
    chat = start_chat("Hola")
    result = VircomBot(settings).respond(chat)
    assert "does not support tools" in result.error
    _assert_handed_over(chat, result.reply, "no sirve para agendar")


@pytest.mark.parametrize(
    ("step", "detail"),
    [
        (midstream_error("an error was encountered while running the model: CUDA OOM"), "CUDA OOM"),
        (http_error(500, "llama runner process has terminated"), "llama runner"),
    ],
    ids=["error line mid-stream", "server error status"],
)
def test_an_ollama_error_is_handed_over_with_its_detail(
    db: Shop, fake_ollama: FakeOllama, settings: Settings, step: Step, detail: str
) -> None:
    fake_ollama.script(step)
    chat = start_chat("Hola")
    result = VircomBot(settings).respond(chat)
    assert detail in result.error
    _assert_handed_over(chat, result.reply, "tuvo un problema al responder")


def test_a_failure_after_a_booking_still_tells_the_visit_is_pending(
    db: Shop, fake_ollama: FakeOllama, settings: Settings
) -> None:
    fake_ollama.script(tool_call("book_appointment", BOOKING), http_error(500, "runner crashed"))
    chat = start_chat("agenda")
    result = VircomBot(settings).respond(chat)
    assert result.status == "needs_human"
    assert result.appointment_id is not None
    assert "pendiente de aprobación" in result.reply


def test_an_empty_or_json_reply_is_never_sent(
    db: Shop, fake_ollama: FakeOllama, settings: Settings
) -> None:
    fake_ollama.script(reply('{"answer": "hola"}'))
    chat = start_chat("Hola")
    result = VircomBot(settings).respond(chat)
    assert result.status == "needs_human"
    assert "{" not in result.reply


def test_a_slow_model_times_out(db: Shop, fake_ollama: FakeOllama, settings: Settings) -> None:
    fake_ollama.script(hang())
    slow = Settings(
        data_dir=settings.data_dir, ollama_url=fake_ollama.url, ollama_timeout_seconds=0.2
    )
    chat = start_chat("Hola")
    result = VircomBot(slow).respond(chat)
    fake_ollama.gate.set()
    assert result.status == "needs_human"
    _assert_handed_over(chat, result.reply, "tardó demasiado")


def test_client_read_timeout_is_explicit(fake_ollama: FakeOllama) -> None:
    fake_ollama.script(hang())
    client = OllamaClient(fake_ollama.url, "llama3.1", timeout_seconds=0.2)
    with pytest.raises(OllamaTimeout):
        client.chat([{"role": "user", "content": "hola"}], [], stream=False)
    fake_ollama.gate.set()
    timeout = client._client._client.timeout
    assert isinstance(timeout, httpx.Timeout)
    assert (timeout.connect, timeout.read) == (5.0, 0.2)


def test_check_model_reports_each_state(fake_ollama: FakeOllama) -> None:
    client = OllamaClient(fake_ollama.url, "llama3.1")
    assert client.check_model() == "ok"
    fake_ollama.models = {"llama3.1:8b": ["completion", "tools"]}
    assert client.check_model() == "model_missing"
    fake_ollama.models = {"llama3.1:latest": ["completion"]}
    assert client.check_model() == "no_tools"
    fake_ollama.stop()
    assert client.check_model() == "unreachable"


def test_a_request_in_flight_is_visible_to_tests(fake_ollama: FakeOllama) -> None:
    """The fake's gate lets a test hold a reply; the client streams what came before it."""
    fake_ollama.script(reply("Hola mundo").gated())
    client = OllamaClient(fake_ollama.url, "llama3.1")
    tokens: list[str] = []
    worker = threading.Thread(
        target=lambda: client.chat([{"role": "user", "content": "x"}], [], on_token=tokens.append)
    )
    worker.start()
    assert fake_ollama.in_flight.wait(5)
    fake_ollama.gate.set()
    worker.join(5)
    assert "".join(tokens) == "Hola mundo"
