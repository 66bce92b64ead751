"""The running core as the main window sees it, for a window shown without one: `make
screenshots`, the UI tests and the desk benchmarks (which import it from here: ui/ never
imports tests/)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from vircom_desktop.config import Settings


@dataclass
class StandInRuntime:
    """`RuntimeLike` with set answers: no listener, Ollama or jobs behind them."""

    settings: Settings
    log_path: Path
    listener_url: str | None = "http://127.0.0.1:8765"
    ollama_state: str = "unreachable"  # what ollama_status() says
    jobs_host_name: str | None = None  # what jobs_host() says: the desk that runs the jobs

    def ollama_status(self) -> str:
        return self.ollama_state

    def jobs_host(self) -> str | None:
        return self.jobs_host_name
