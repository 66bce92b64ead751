"""The first-run assistant's "Probar": is Ollama reachable, the model pulled and tool-capable."""

from __future__ import annotations

from dataclasses import dataclass

from vircom_desktop.agent.ollama_client import OllamaClient


@dataclass(frozen=True)
class OllamaProbe:
    """'ok', 'unreachable', 'model_missing' or 'no_tools', with the command that fixes it."""

    status: str
    url: str
    model: str

    @property
    def pull_command(self) -> str:
        return f"ollama pull {self.model}"


def probe_ollama(url: str, model: str, timeout_seconds: float = 5.0) -> OllamaProbe:
    """Ask the Ollama at `url` about `model` (blocking: run it on a worker)."""
    client = OllamaClient(url, model, timeout_seconds=timeout_seconds)
    try:
        return OllamaProbe(client.check_model(), url, model)
    finally:
        client.close()
