"""A console deleted while VircomBot writes a draft: the draft is cancelled and its thread ends
on its own (deleting a running QThread would abort the whole app)."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from pytestqt.qtbot import QtBot

from tests.fakes.fake_ollama import FakeOllama, reply
from tests.ui.console_support import console_settings
from vircom_desktop.ui.bridge import EventBridge
from vircom_desktop.ui.conversations import ConversationsPage


def test_a_console_deleted_mid_draft_leaves_the_draft_to_end_cancelled(
    qtbot: QtBot, demo_shop: None, fake_ollama: FakeOllama, bridge: EventBridge, tmp_path: Path
) -> None:
    settings = console_settings(tmp_path, fake_ollama.url)
    page = ConversationsPage(settings, bridge, actor="Recepción")
    page.show()
    qtbot.waitUntil(page.is_idle)
    fake_ollama.script(reply("Hola Marta, ¿qué le pasa a la lavadora?").gated())
    page.start_desk_chat("+56 9 5555 1234", "Marta Díaz", "Mi lavadora no centrifuga")
    qtbot.waitUntil(lambda: page.run is not None and fake_ollama.in_flight.is_set())
    run = page.run
    assert run is not None

    shiboken6.delete(page)  # the window goes while the model is still writing

    assert shiboken6.isValid(run) and run.isRunning() and run.cancelled
    fake_ollama.gate.set()
    qtbot.waitUntil(lambda: not shiboken6.isValid(run))  # it ended, then was deleted
