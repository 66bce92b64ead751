"""Status that tells the truth: the model's state follows real requests and a periodic check."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.fakes.fake_ollama import FakeOllama, http_error, reply
from vircom_desktop.agent.ollama_client import OllamaClient, OllamaUnreachable
from vircom_desktop.domain.models import Conversation
from vircom_desktop.ui import tasks
from vircom_desktop.ui.conversations import ConversationsPage
from vircom_desktop.ui.main_window import OLLAMA_CHECK_MS, MainWindow
from vircom_desktop.ui.stand_in_runtime import StandInRuntime


def _state(window: MainWindow) -> str:
    return str(window.ollama_label.property("state"))


def test_a_failed_request_turns_the_status_red_and_a_good_one_green(
    qtbot: QtBot, window: MainWindow, fake_ollama: FakeOllama
) -> None:
    window.set_ollama_state("ok")
    dead = OllamaClient("http://127.0.0.1:9", "llama3.1", timeout_seconds=2)
    with pytest.raises(OllamaUnreachable):
        dead.chat([{"role": "user", "content": "hola"}], [])
    dead.close()
    qtbot.waitUntil(lambda: _state(window) == "unreachable")
    assert "sin conexión" in window.ollama_label.text()

    fake_ollama.script(reply("Hola"))
    live = OllamaClient(fake_ollama.url, "llama3.1", timeout_seconds=5)
    live.chat([{"role": "user", "content": "hola"}], [])
    live.close()
    qtbot.waitUntil(lambda: _state(window) == "ok")


def test_a_periodic_check_notices_a_server_that_died(
    qtbot: QtBot, window: MainWindow, runtime: StandInRuntime
) -> None:
    assert window._ollama_timer.isActive()
    assert window._ollama_timer.interval() == OLLAMA_CHECK_MS <= 30_000
    window.set_ollama_state("ok")  # what a check found while the server lived
    window._ollama_timer.timeout.emit()  # the next check; the stand-in's server is down
    qtbot.waitUntil(lambda: _state(window) == "unreachable")


@pytest.mark.allow_log_warnings
def test_the_banner_speaks_to_staff_and_goes_when_a_draft_succeeds(
    qtbot: QtBot, console: ConversationsPage, fake_ollama: FakeOllama
) -> None:
    fake_ollama.script(http_error(500, "CUDA out of memory"), reply("Hola, ¿en qué le ayudo?"))
    with qtbot.waitSignal(console.draft_finished, timeout=10_000):
        console.start_desk_chat("+56 9 5555 0000", "Rosa", "Hola")
    conversation_id = console.current_id
    qtbot.waitUntil(lambda: console.header.attention_label.isVisible())
    text = console.header.attention_label.text()
    assert "El asistente tuvo un problema al responder" in text
    assert "CUDA" not in text  # the technical part waits behind "Detalles"
    assert not console.header.attention_details.isVisible()
    console.header.attention_label.linkActivated.emit("details")
    assert console.header.attention_details.isVisible()
    assert "CUDA out of memory" in console.header.attention_details.text()

    with qtbot.waitSignal(console.draft_finished, timeout=10_000):
        console.composer.regenerate_button.click()
    assert Conversation.get_by_id(conversation_id).status == "open"
    qtbot.waitUntil(lambda: not console.header.attention_label.isVisible())


def test_a_cached_check_does_not_contradict_a_request_that_just_failed(
    qtbot: QtBot, window: MainWindow, runtime: StandInRuntime
) -> None:
    window.bridge.model_status.emit("unreachable")  # a draft just failed to connect
    assert _state(window) == "unreachable"
    runtime.ollama_state = "ok"  # a stale cached check
    window.check_ollama()
    qtbot.waitUntil(lambda: tasks.pending() == 0)
    assert _state(window) == "unreachable"
