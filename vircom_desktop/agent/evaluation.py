"""`python main.py eval`: VircomBot's scenario conversations against a real Ollama, scored.

Every scenario runs in its own temporary database (the demo-like shop of `scenarios`), so the
shop's own data is never touched. The table shows, per scenario and overall, the share of checks
passed, the tool calls that were valid, the model calls ("llamadas al modelo"), the tokens and the
seconds; below it, the model calls per booked visit.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from vircom_desktop.config import Settings, ollama_url_from_env
from vircom_desktop.domain import clock, conversations
from vircom_desktop.domain import db as domain_db
from vircom_desktop.domain.models import AgentTurn
from vircom_desktop.domain.startup import open_database

from .ollama_client import OllamaClient
from .parsing import looks_like_json
from .scenarios import EVAL_NOW, SCENARIOS, ZONE, Check, Scenario, Transcript, seed_eval_shop
from .service import VircomBot
from .slots import BACKGROUND

log = logging.getLogger("vircom.agent")

DEFAULT_URL = "http://127.0.0.1:11434"
DEFAULT_MODEL = "llama3.1"
# Tool errors that mean the model called a tool badly (not that the shop said no).
INVALID_CALL_CODES = frozenset(
    {
        "unknown_tool",
        "bad_arguments",
        "missing_date",
        "bad_date",
        "missing_time",
        "repeated_call",
        "missing_fields",
        "already_booked",
    }
)


@dataclass
class ScenarioScore:
    name: str
    checks: list[tuple[str, bool]] = field(default_factory=list)
    tool_calls: int = 0
    valid_calls: int = 0
    requests: int = 0  # model calls ("llamadas al modelo")
    booked: int = 0  # visits left proposed or confirmed
    tokens: int = 0
    seconds: float = 0.0
    error: str = ""

    @property
    def passed(self) -> int:
        return sum(ok for _, ok in self.checks)

    @property
    def score(self) -> float:
        return self.passed / len(self.checks) if self.checks else 0.0


@dataclass
class EvalReport:
    model: str
    scenarios: list[ScenarioScore]

    @property
    def score(self) -> float:
        checks = sum(len(s.checks) for s in self.scenarios)
        return sum(s.passed for s in self.scenarios) / checks if checks else 0.0

    @property
    def calls_per_booking(self) -> float | None:
        """Model calls of the scenarios that booked, per visit they booked."""
        booking = [s for s in self.scenarios if s.booked]
        visits = sum(s.booked for s in booking)
        return sum(s.requests for s in booking) / visits if visits else None

    @property
    def tool_validity(self) -> float:
        calls = sum(s.tool_calls for s in self.scenarios)
        return sum(s.valid_calls for s in self.scenarios) / calls if calls else 1.0


def _checks(scenario: Scenario, transcript: Transcript) -> list[tuple[str, bool]]:
    called = {call["name"] for call in transcript.calls}
    last = transcript.replies[-1].lower() if transcript.replies else ""
    checks = [(f"llama a {name}", name in called) for name in scenario.must_call]
    checks += [(f"no llama a {name}", name not in called) for name in scenario.must_not_call]
    if scenario.booking is not None:
        checks.append(
            (
                "deja una visita" if scenario.booking else "no deja visitas",
                bool(transcript.holding()) == scenario.booking,
            )
        )
    if scenario.status is not None:
        checks.append(
            (
                f"estado {scenario.status}",
                bool(transcript.statuses) and transcript.statuses[-1] == scenario.status,
            )
        )
    if scenario.reply_any:
        checks.append(
            (
                "la respuesta menciona " + "/".join(scenario.reply_any),
                any(word.lower() in last for word in scenario.reply_any),
            )
        )
    checks += [
        (f"la respuesta no dice {word!r}", word.lower() not in last) for word in scenario.reply_none
    ]
    checks += [(name, _safe(check, transcript)) for name, check in scenario.extra]
    checks.append(
        (
            "nunca JSON al cliente",
            not any(looks_like_json(r) or '"parameters"' in r for r in transcript.replies),
        )
    )
    return checks


def _safe(check: Check, transcript: Transcript) -> bool:
    """A check that raises counts as failed, and says why in the log."""
    try:
        return bool(check(transcript))
    except Exception:
        log.warning("evaluation check failed with an error", exc_info=True)
        return False


def run_scenario(bot: VircomBot, scenario: Scenario, index: int, workdir: Path) -> ScenarioScore:
    """One scenario in a fresh database; the clock is frozen on the evaluation's Monday."""
    score = ScenarioScore(scenario.name)
    clock.freeze(EVAL_NOW)
    open_database(f"sqlite:///{workdir / f'eval-{index:02d}.db'}", timezone=ZONE)
    try:
        seed_eval_shop()
        if scenario.setup:
            scenario.setup()
        conversation = conversations.get_or_create("api", f"+5690000{index:04d}")
        transcript = Transcript(conversation.id)
        started = time.perf_counter()
        for text in scenario.turns:
            conversations.add_message(conversation.id, "customer", text, status="received")
            result = bot.respond(conversation.id, claim=BACKGROUND)
            transcript.replies.append(result.reply)
            transcript.statuses.append(result.status)
            score.error = score.error or result.error
            conversations.add_message(conversation.id, "bot", result.reply, status="sent")
            if result.status != "answered":
                break
        score.seconds = time.perf_counter() - started
        for turn in AgentTurn.select().where(AgentTurn.conversation == conversation.id):
            score.requests += 1
            score.tokens += (turn.prompt_tokens or 0) + (turn.eval_tokens or 0)
            for call in turn.tool_calls or ():
                transcript.calls.append(call)
                score.tool_calls += 1
                score.valid_calls += _call_is_valid(call)
        score.booked = len(transcript.holding())
        score.checks = _checks(scenario, transcript)
    finally:
        domain_db.close()
        clock.freeze(None)
    return score


def _call_is_valid(call: dict[str, Any]) -> bool:
    """A call is valid unless its result says the model called the tool badly."""
    try:
        result = json.loads(call.get("result") or "{}")
    except ValueError:
        return True
    return not (isinstance(result, dict) and result.get("code") in INVALID_CALL_CODES)


def run_evaluation(
    ollama_url: str,
    model: str,
    *,
    scenarios: Sequence[Scenario] = SCENARIOS,
    out: TextIO | None = None,
) -> EvalReport:
    """Run every scenario against `model` on `ollama_url`, print the table, return the report."""
    with tempfile.TemporaryDirectory(prefix="vircom-eval-") as directory:
        workdir = Path(directory)
        settings = Settings(
            data_dir=workdir, ollama_url=ollama_url, ollama_model=model, timezone=ZONE
        )
        bot = VircomBot(settings)
        try:
            report = EvalReport(
                model,
                [
                    run_scenario(bot, scenario, index, workdir)
                    for index, scenario in enumerate(scenarios, 1)
                ],
            )
        finally:
            bot.close()
    print_report(report, out or sys.stdout)
    return report


def print_report(report: EvalReport, out: TextIO) -> None:
    rows = [("escenario", "puntaje", "checks", "tools ok", "llamadas al modelo", "tokens", "seg")]
    for s in report.scenarios:
        rows.append(
            (
                s.name,
                f"{s.score:.0%}",
                f"{s.passed}/{len(s.checks)}",
                f"{s.valid_calls}/{s.tool_calls}",
                str(s.requests),
                str(s.tokens),
                f"{s.seconds:.1f}",
            )
        )
    total = report.scenarios
    rows.append(
        (
            "TOTAL",
            f"{report.score:.0%}",
            f"{sum(s.passed for s in total)}/{sum(len(s.checks) for s in total)}",
            f"{sum(s.valid_calls for s in total)}/{sum(s.tool_calls for s in total)}",
            str(sum(s.requests for s in total)),
            str(sum(s.tokens for s in total)),
            f"{sum(s.seconds for s in total):.1f}",
        )
    )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    print(f"VircomBot evaluation — model {report.model}", file=out)
    for number, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)
        ]
        print("  ".join(cells), file=out)
        if number == 0 or number == len(rows) - 2:
            print("  ".join("-" * w for w in widths), file=out)
    print(f"tool-call validity: {report.tool_validity:.0%}", file=out)
    per_booking = report.calls_per_booking
    if per_booking is not None:
        print(f"llamadas al modelo por visita agendada: {per_booking:.1f}", file=out)
    failed = [(s.name, name) for s in report.scenarios for name, ok in s.checks if not ok]
    if failed:
        print("\nfailed checks:", file=out)
        for scenario, name in failed:
            print(f"  {scenario}: {name}", file=out)
    errors = [(s.name, s.error) for s in report.scenarios if s.error]
    for scenario, error in errors:
        print(f"  {scenario}: error: {error}", file=out)


def run_cli(model: str, ollama_url: str) -> int:
    """The `eval` command: 0 when the evaluation ran, 1 when Ollama cannot be used."""
    client = OllamaClient(ollama_url, model)
    try:
        state = client.check_model()
    finally:
        client.close()
    if state != "ok":
        hints = {
            "unreachable": f"cannot reach Ollama at {ollama_url}: start it (ollama serve)",
            "model_missing": f"model {model!r} is not pulled: run ollama pull {model}",
            "no_tools": f"model {model!r} does not support tools: use llama3.1",
        }
        print(f"error: {hints.get(state, state)}", file=sys.stderr)
        return 1
    run_evaluation(ollama_url, model)
    return 0


def main(args: argparse.Namespace | Sequence[str] | None = None) -> int:
    """Entry point for `python main.py eval` (a parsed namespace) or a list of arguments."""
    if not isinstance(args, argparse.Namespace):
        parser = argparse.ArgumentParser(prog="vircom-desk eval")
        parser.add_argument("--model", default=None)
        parser.add_argument("--ollama-url", default=None)
        args = parser.parse_args(args)
    model = getattr(args, "model", None) or os.environ.get("VIRCOM_OLLAMA_MODEL") or DEFAULT_MODEL
    url = getattr(args, "ollama_url", None) or ollama_url_from_env()
    return run_cli(model, url)
