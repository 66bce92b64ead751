"""VircomBot's own cost per turn: the agent against the bare `ollama` client, same fake server.

The fake Ollama answers at once (model time ~0), so the difference is the agent's work: reading
the history, building the prompt, running the tools (database), storing turns. The caller's own
storing of the customer's message and of the reply is not timed. Goal: agent time
≤ 1.05 × bare time + the tools' own database time. Run from the repository root:

    .venv/bin/python -m bench.agent_overhead
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import ollama

from tests.fakes.fake_ollama import FakeOllama, Step, reply, tool_call
from tests.fakes.shop import ZONE, open_shop
from vircom_desktop.agent.events import AgentEvent, ToolFinished, ToolStarted
from vircom_desktop.agent.ollama_client import KEEP_ALIVE, NUM_CTX, TEMPERATURE
from vircom_desktop.agent.prompt import system_prompt
from vircom_desktop.agent.service import VircomBot
from vircom_desktop.agent.tools import TOOL_SCHEMAS
from vircom_desktop.config import Settings
from vircom_desktop.domain import clock, conversations
from vircom_desktop.domain import db as domain_db
from vircom_desktop.domain.models import Appointment

ROUNDS = 40
TURNS = (
    "Hola, quiero agendar una visita",
    "¿Tienen hora el martes?",
    "Soy Marta Díaz, Av. Italia 1234, Providencia; la lavadora no centrifuga. A las 10:00.",
    "¡Gracias!",
)
BOOKING = {
    "client_data": {"name": "Marta Díaz", "address": "Av. Italia 1234, Providencia"},
    "date": "2025-06-10T10:00",
    "issue": "La lavadora no centrifuga",
    "service": "2",
}
CANNED_TOOL_RESULT = '{"slots": ["2025-06-10T09:00", "2025-06-10T10:00"]}'


def scripted_model(body: dict[str, Any]) -> Step:
    """The same answers for both paths: a call for turns 2 and 3, then text."""
    last = body["messages"][-1]
    if last["role"] == "tool":
        return reply("Listo, revisé la agenda. La visita queda pendiente de aprobación.")
    text = last["content"]
    if text == TURNS[1]:
        return tool_call("check_availability", {"date": "2025-06-10"})
    if text == TURNS[2]:
        return tool_call("book_appointment", BOOKING)
    return reply("¡Hola! Soy VircomBot. ¿En qué te ayudo?")


class ToolTimer:
    """Sums the time between each ToolStarted and its ToolFinished (ms)."""

    def __init__(self) -> None:
        self.started = 0.0
        self.total_ms = 0.0

    def __call__(self, event: AgentEvent) -> None:
        if isinstance(event, ToolStarted):
            self.started = time.perf_counter()
        elif isinstance(event, ToolFinished):
            self.total_ms += (time.perf_counter() - self.started) * 1000


def agent_round(bot: VircomBot, sender: str) -> tuple[list[float], list[float]]:
    """One conversation through VircomBot: per-turn wall time and tools' time (ms)."""
    conversation = conversations.get_or_create("api", sender)
    totals, tools = [], []
    for text in TURNS:
        timer = ToolTimer()
        # Storing the customer's message and the reply is the caller's job (a channel or the
        # chat console), the same with or without the agent: only `respond` is timed.
        conversations.add_message(conversation.id, "customer", text, status="received")
        started = time.perf_counter()
        result = bot.respond(conversation.id, on_event=timer)
        totals.append((time.perf_counter() - started) * 1000)
        conversations.add_message(conversation.id, "bot", result.reply, status="sent")
        tools.append(timer.total_ms)
    return totals, tools


def bare_round(client: ollama.Client, model: str, system: str) -> list[float]:
    """The same requests with the bare client and canned tool results: per-turn time (ms)."""
    messages: list[dict[str, Any]] = [{"role": "system", "content": system}]
    options = {"num_ctx": NUM_CTX, "temperature": TEMPERATURE}
    totals = []
    for text in TURNS:
        started = time.perf_counter()
        messages.append({"role": "user", "content": text})
        while True:
            content, calls = "", list[Any]()
            for chunk in client.chat(
                model=model,
                messages=messages,
                tools=TOOL_SCHEMAS,
                stream=True,
                options=options,
                keep_alive=KEEP_ALIVE,
            ):
                content += chunk.message.content or ""
                calls.extend(chunk.message.tool_calls or ())
            if not calls:
                break
            messages.append({"role": "assistant", "content": content, "tool_calls": calls})
            for call in calls:
                messages.append(
                    {"role": "tool", "content": CANNED_TOOL_RESULT, "tool_name": call.function.name}
                )
        messages.append({"role": "assistant", "content": content})
        totals.append((time.perf_counter() - started) * 1000)
    return totals


def main() -> None:
    fake = FakeOllama().start()
    fake.respond_with(scripted_model)
    with tempfile.TemporaryDirectory() as directory:
        open_shop(Path(directory) / "bench.db")
        settings = Settings(
            data_dir=Path(directory),
            ollama_url=fake.url,
            ollama_model="llama3.1",
            timezone=ZONE,
        )
        bot = VircomBot(settings)
        client = ollama.Client(host=fake.url, timeout=httpx.Timeout(30.0, connect=5.0))
        system = system_prompt()
        agent_ms: list[list[float]] = [[] for _ in TURNS]
        tool_ms: list[list[float]] = [[] for _ in TURNS]
        bare_ms: list[list[float]] = [[] for _ in TURNS]
        for index in range(ROUNDS + 3):  # the first 3 warm up caches and connections
            totals, tool_totals = agent_round(bot, f"+569{index:08d}")
            bare_totals = bare_round(client, "llama3.1", system)
            Appointment.delete().execute()
            if index < 3:
                continue
            for turn in range(len(TURNS)):
                agent_ms[turn].append(totals[turn])
                tool_ms[turn].append(tool_totals[turn])
                bare_ms[turn].append(bare_totals[turn])
        bot.close()
        client.close()
        domain_db.close()
    clock.freeze(None)
    fake.stop()
    print(f"VircomBot overhead per turn, median of {ROUNDS} conversations (ms; model time ~0)")
    print(
        f"{'turn':<34}{'bare':>8}{'agent':>8}{'tools':>8}{'overhead':>10}{'ratio':>8}"
        f"{'ratio-tools':>13}"
    )
    for turn, text in enumerate(TURNS):
        bare, agent = statistics.median(bare_ms[turn]), statistics.median(agent_ms[turn])
        tools = statistics.median(tool_ms[turn])
        print(
            f"{text[:32]:<34}{bare:8.2f}{agent:8.2f}{tools:8.2f}{agent - bare:10.2f}"
            f"{agent / bare:8.2f}{(agent - tools) / bare:13.2f}"
        )
    bare_total = sum(statistics.median(t) for t in bare_ms)
    agent_total = sum(statistics.median(t) for t in agent_ms)
    tools_total = sum(statistics.median(t) for t in tool_ms)
    print(
        f"{'conversation':<34}{bare_total:8.2f}{agent_total:8.2f}{tools_total:8.2f}"
        f"{agent_total - bare_total:10.2f}{agent_total / bare_total:8.2f}"
        f"{(agent_total - tools_total) / bare_total:13.2f}"
    )
    requests = 6  # model requests in the scripted conversation
    for seconds in (0.5, 2.0):
        model_ms = requests * seconds * 1000
        print(
            f"projected with a model taking {seconds} s per request: "
            f"{(agent_total - tools_total + model_ms) / (bare_total + model_ms):.4f}x "
            "(tools' database time excluded)"
        )


if __name__ == "__main__":
    main()
