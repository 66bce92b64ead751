"""The model slot kept busy for the right person first: bursts of customers against one slot.

A fake Ollama answers every request after a fixed latency, one request at a time (as Ollama with
OLLAMA_NUM_PARALLEL=1); the desk runs with VIRCOM_MODEL_SLOTS=1. Measured, side by side in one
run: the desk as it was (one turn at a time) and as it is (one turn ready beside the one with the
model):

- a burst of N customers' greetings over WhatsApp: drain time / (model calls x latency)
  (goal <= 1.05x) and model calls per greeting (goal 1);
- a staff draft asked for in the middle of a burst: it starts within one model call (the one
  running when it was asked for; goal: 100% of runs).

Run: .venv/bin/python bench/model_queue.py [--customers N] [--latency S] [--runs R]
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import json
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fakes.fake_ollama import FakeOllama, Step, reply  # noqa: E402
from tests.fakes.fake_providers import FakeProviders  # noqa: E402
from tests.fakes.shop import ZONE, open_shop  # noqa: E402
from vircom_desktop.agent.service import VircomBot  # noqa: E402
from vircom_desktop.agent.slots import DESK  # noqa: E402
from vircom_desktop.config import Settings  # noqa: E402
from vircom_desktop.domain import clock, conversations  # noqa: E402
from vircom_desktop.domain import db as domain_db  # noqa: E402
from vircom_desktop.runtime import Runtime  # noqa: E402

SECRET = "bench-secret"
PHONE_ID = "100200300"
GREETING = "Hola, buenas tardes"
DESK_TEXT = "Cliente en el teléfono: ¿tienen hora mañana?"


@dataclass
class SlowModel:
    """Ollama with one slot: requests queue on a lock and each takes `latency` seconds."""

    latency: float
    started: list[tuple[float, str]] = field(default_factory=list)  # (monotonic, last text)
    _slot: threading.Lock = field(default_factory=threading.Lock)

    def __call__(self, body: dict[str, Any]) -> Step:
        with self._slot:
            self.started.append((time.monotonic(), str(body["messages"][-1]["content"])))
            time.sleep(self.latency)
        return reply("¡Hola! Soy VircomBot. ¿En qué le puedo ayudar?", chunk_size=64)


def delivery(number: int, run: int) -> bytes:
    sender = f"5697{run:03d}{number:04d}"
    value = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "5622", "phone_number_id": PHONE_ID},
        "contacts": [{"profile": {"name": f"Cliente {number}"}, "wa_id": sender}],
        "messages": [
            {
                "from": sender,
                "id": f"wamid.q{run}-{number}",
                "timestamp": "1",
                "type": "text",
                "text": {"body": GREETING},
            }
        ],
    }
    envelope = {
        "object": "whatsapp_business_account",
        "entry": [{"id": "W", "changes": [{"field": "messages", "value": value}]}],
    }
    return json.dumps(envelope).encode()


@contextmanager
def desk(workers: int, model: SlowModel) -> Iterator[tuple[Runtime, FakeProviders, httpx.Client]]:
    """A running desk with WhatsApp on, a fresh shop and `workers` turns at a time."""
    ollama, providers = FakeOllama().start(), FakeProviders().start()
    ollama.respond_with(model)
    with tempfile.TemporaryDirectory(prefix="vircom-bench-queue-") as temp:
        data_dir = Path(temp)
        open_shop(data_dir / "vircom.db")
        settings = Settings(
            data_dir=data_dir,
            database_url=f"sqlite:///{data_dir / 'vircom.db'}",
            ollama_url=ollama.url,
            port=0,
            timezone=ZONE,
            model_slots=1,
            whatsapp_verify_token="v",
            whatsapp_app_secret=SECRET,
            whatsapp_token="t",
            whatsapp_phone_number_id=PHONE_ID,
            whatsapp_api_url=providers.url,
        )
        runtime = Runtime(settings=settings, log_path=data_dir / "log", agent_workers=workers)
        listener = runtime.bind_listener()
        listener.start_in_thread()
        assert listener.started.wait(10)
        runtime.start_background()
        runtime.agent.get()
        client = httpx.Client(base_url=listener.url, timeout=30)
        try:
            yield runtime, providers, client
        finally:
            client.close()
            runtime.stop()
            ollama.stop()
            providers.stop()
            clock.freeze(None)
            domain_db.close()


def post_burst(client: httpx.Client, customers: int, run: int) -> None:
    for number in range(customers):
        body = delivery(number, run)
        digest = hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
        response = client.post(
            "/api/webhook/whatsapp",
            content=body,
            headers={"Content-Type": "application/json", "X-Hub-Signature-256": f"sha256={digest}"},
        )
        response.raise_for_status()


def burst(workers: int, customers: int, latency: float) -> tuple[float, int]:
    """Seconds to answer every customer of a burst, and the model calls it took."""
    model = SlowModel(latency)
    with desk(workers, model) as (_runtime, providers, client):
        started = time.monotonic()
        post_burst(client, customers, 0)
        providers.wait_for(customers, timeout=60 + customers * latency * 3)
        return time.monotonic() - started, len(model.started)


def draft_in_burst(workers: int, customers: int, latency: float, run: int) -> tuple[bool, float]:
    """Whether a staff draft asked for mid-burst started within one model call; its wait (s)."""
    model = SlowModel(latency)
    with desk(workers, model) as (runtime, providers, client):
        chat = conversations.get_or_create("api", "+56999999999")
        conversations.add_message(chat.id, "customer", DESK_TEXT, status="answered")
        post_burst(client, customers, run)
        while len(model.started) < customers // 3:
            time.sleep(latency / 20)
        bot = VircomBot(runtime.settings)
        asked = time.monotonic()
        try:
            bot.respond(chat.id, claim=DESK)
        finally:
            bot.close()
        providers.wait_for(customers, timeout=60 + customers * latency * 3)
    began = next(at for at, text in model.started if text == DESK_TEXT)
    overtaken = sum(1 for at, text in model.started if asked < at < began and text != DESK_TEXT)
    return overtaken == 0, began - asked


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=15)
    parser.add_argument("--latency", type=float, default=0.5, help="seconds per model call")
    parser.add_argument("--runs", type=int, default=5, help="bursts with a staff draft in them")
    args = parser.parse_args()
    n, latency = args.customers, args.latency
    print(f"{n} customers, one model slot, {latency * 1000:.0f} ms per model call")
    results = {}
    for label, workers in (("one turn at a time (before)", 1), ("slots + 1 turns (now)", None)):
        seconds, calls = burst(workers or 2, n, latency)
        ratio = seconds / (calls * latency)
        results[label] = ratio
        print(
            f"{label:<28} drain {seconds:6.2f} s / ({calls} calls x {latency:.2f} s) = "
            f"{ratio:5.3f}x   calls per greeting {calls / n:.2f}"
        )
    before, now = results.values()
    print(f"overhead now / before        {(now - 1) / max(before - 1, 1e-9):5.2f}x")
    waits, started_in_time = [], 0
    for run in range(1, args.runs + 1):
        ok, waited = draft_in_burst(2, n, latency, run)
        started_in_time += ok
        waits.append(waited)
    print(
        f"staff draft mid-burst        started within one model call in {started_in_time}/"
        f"{args.runs} runs; waited {statistics.mean(waits) * 1000:.0f} ms mean, "
        f"{max(waits) * 1000:.0f} ms max (one call = {latency * 1000:.0f} ms)"
    )
    met = now <= 1.05 and started_in_time == args.runs
    print(f"goals: {'met' if met else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
