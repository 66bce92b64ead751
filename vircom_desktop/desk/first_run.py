"""A shop's first start: whether the assistant opens, what finishing it stores, the demo shop
instead, and the assistant's «Probar» for Ollama."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from vircom_desktop.agent.probe import OllamaProbe, probe_ollama
from vircom_desktop.config import save_stored
from vircom_desktop.domain import first_run
from vircom_desktop.domain.first_run import FirstRunSetup, load_demo, mark_done, needs_first_run

__all__ = [
    "FirstRunResult",
    "OllamaProbe",
    "finish",
    "load_demo",
    "mark_done",
    "needs_first_run",
    "probe_ollama",
]


@dataclass(frozen=True)
class FirstRunResult:
    """What the assistant stored: the demo shop or the shop's own setup, and the Ollama settings."""

    demo: bool
    ollama: dict[str, str]


def finish(setup: FirstRunSetup | None, data_dir: Path, ollama: dict[str, str]) -> FirstRunResult:
    """Store the assistant's result: the setup (one transaction) or, without one, the demo shop;
    the Ollama address goes to this desk's settings.json."""
    if setup is None:
        load_demo()
    else:
        first_run.apply(setup)
    if ollama:
        save_stored(data_dir, ollama)
    return FirstRunResult(setup is None, ollama)
