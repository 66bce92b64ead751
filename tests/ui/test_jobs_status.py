"""The status bar says which host runs the background jobs («Tareas en: …»)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from vircom_desktop.ui import tasks
from vircom_desktop.ui.bridge import EventBridge
from vircom_desktop.ui.main_window import MainWindow
from vircom_desktop.ui.stand_in_runtime import StandInRuntime
from vircom_desktop.ui.state import UiState


def test_the_status_bar_names_the_host_that_runs_the_jobs(
    qtbot: QtBot, runtime: StandInRuntime, bridge: EventBridge
) -> None:
    runtime.jobs_host_name = "vps-vircom"
    window = MainWindow(runtime, bridge, state=UiState(runtime.settings.data_dir / "ui.ini"))
    qtbot.addWidget(window)
    window.refresh_jobs_host()
    qtbot.waitUntil(lambda: window.jobs_label.text() == "Tareas en: vps-vircom")
    runtime.jobs_host_name = None
    window.refresh_jobs_host()
    qtbot.waitUntil(lambda: window.jobs_label.text() == "Tareas: sin equipo a cargo")
    qtbot.waitUntil(lambda: tasks.pending() == 0)
