"""The status bar says which host runs the background jobs («Tareas en: …»)."""

from __future__ import annotations

from dataclasses import dataclass

from pytestqt.qtbot import QtBot

from vircom_desktop.ui import tasks
from vircom_desktop.ui.bridge import EventBridge
from vircom_desktop.ui.main_window import MainWindow
from vircom_desktop.ui.state import UiState

from .conftest import StandInRuntime


@dataclass
class JobsRuntime(StandInRuntime):
    host: str | None = "vps-vircom"

    def jobs_host(self) -> str | None:
        return self.host


def test_the_status_bar_names_the_host_that_runs_the_jobs(
    qtbot: QtBot, runtime: StandInRuntime, bridge: EventBridge
) -> None:
    jobs = JobsRuntime(runtime.settings, runtime.log_path)
    window = MainWindow(jobs, bridge, state=UiState(runtime.settings.data_dir / "ui.ini"))
    qtbot.addWidget(window)
    window.refresh_jobs_host()
    qtbot.waitUntil(lambda: window.jobs_label.text() == "Tareas en: vps-vircom")
    jobs.host = None
    window.refresh_jobs_host()
    qtbot.waitUntil(lambda: window.jobs_label.text() == "Tareas: sin equipo a cargo")
    qtbot.waitUntil(lambda: tasks.pending() == 0)
