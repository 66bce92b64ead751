"""The status bar follows the model warm-up job: loading, then ready."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from vircom_desktop import events
from vircom_desktop.ui.main_window import MainWindow


def test_the_status_bar_says_when_the_model_is_loading(qtbot: QtBot, window: MainWindow) -> None:
    label = window.ollama_label
    events.hub.publish(events.MODEL_STATE, state="loading")  # as the job does, off the GUI thread
    qtbot.waitUntil(lambda: label.property("state") == "loading")
    assert label.text() == "● Ollama: cargando modelo…"

    events.hub.publish(events.MODEL_STATE, state="ok")
    qtbot.waitUntil(lambda: label.property("state") == "ok")
    assert label.text() == "● Ollama: listo"
