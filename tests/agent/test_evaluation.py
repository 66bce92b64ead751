"""The evaluation harness runs end to end against the fake Ollama (scoring is not the point)."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest

from tests.fakes.fake_ollama import FakeOllama, Step, reply, tool_call
from vircom_desktop.agent import evaluation
from vircom_desktop.agent.scenarios import SCENARIOS
from vircom_desktop.domain import clock


def _plausible(body: dict[str, Any]) -> Step:
    """A crude stand-in for llama3.1: checks availability when a day is named, else talks."""
    last = body["messages"][-1]
    if last["role"] == "tool":
        return reply(
            "Revisé la agenda: tengo horas a las 09:00 y 15:00. ¿Cuál prefieres? "
            "La visita queda pendiente de aprobación."
        )
    text = last["content"].lower()
    if "persona" in text or "autos" in text or "gas" in text:
        return tool_call("handoff_to_human", {"reason": text[:60]})
    if "mañana" in text or "martes" in text:
        return tool_call("check_availability", {"date": "2025-06-10"})
    return reply("¡Hola! Soy VircomBot. ¿Me das tu nombre, dirección y el problema?")


def test_there_are_at_least_twenty_distinct_spanish_scenarios() -> None:
    assert len(SCENARIOS) >= 20
    assert len({s.name for s in SCENARIOS}) == len(SCENARIOS)


@pytest.mark.allow_log_warnings
def test_harness_runs_every_scenario_and_prints_a_table(fake_ollama: FakeOllama) -> None:
    fake_ollama.respond_with(_plausible)
    out = io.StringIO()
    report = evaluation.run_evaluation(fake_ollama.url, "llama3.1", out=out)
    table = out.getvalue()
    assert len(report.scenarios) == len(SCENARIOS)
    assert 0 < report.score < 1
    assert all(s.requests >= 1 and s.checks for s in report.scenarios)
    assert sum(s.tokens for s in report.scenarios) > 0
    for name in ("saludo", "fuera_de_rubro", "TOTAL", "tool-call validity", "llamadas al modelo"):
        assert name in table
    total = next(line for line in table.splitlines() if line.startswith("TOTAL"))
    assert str(sum(s.requests for s in report.scenarios)) in total.split()
    by_name = {s.name: s for s in report.scenarios}
    assert by_name["fuera_de_rubro"].score == 1.0
    assert clock._frozen_now is None  # the evaluation leaves the clock as it found it


def test_cli_refuses_when_the_model_is_missing(
    fake_ollama: FakeOllama, capsys: pytest.CaptureFixture[str]
) -> None:
    assert evaluation.main(["--model", "mistral", "--ollama-url", fake_ollama.url]) == 1
    assert "ollama pull mistral" in capsys.readouterr().err


def test_cli_runs_against_a_server(
    fake_ollama: FakeOllama, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_ollama.respond_with(lambda _body: reply("Hola"))
    monkeypatch.setattr(evaluation, "SCENARIOS", evaluation.SCENARIOS[:2])
    runs: list[int] = []
    original = evaluation.run_evaluation

    def two_scenarios(url: str, model: str, **kwargs: Any) -> evaluation.EvalReport:
        runs.append(1)
        return original(url, model, scenarios=SCENARIOS[:2], **kwargs)

    monkeypatch.setattr(evaluation, "run_evaluation", two_scenarios)
    assert evaluation.run_cli("llama3.1", fake_ollama.url) == 0
    assert runs == [1]
    assert "TOTAL" in capsys.readouterr().out
    assert (
        json.dumps(fake_ollama.chat_requests()[0]["options"])
        == '{"num_ctx": 8192, "temperature": 0.2}'
    )
