"""Webhook ingest: signed WhatsApp deliveries per second and their latency, next to a bare
endpoint of the same ASGI server in the same run; then every message must be answered.

Goals (issue 5): >= 500 req/s, p99 < 50 ms, >= 0.5x the bare endpoint, 0 messages lost.
Goal (issue 15): 3,000 messages from 300 customers drain within 2 s of the last acknowledgement,
on SQLite and on PostgreSQL. With `--baseline REV` the same load also runs against the code of
that git revision, side by side, and the drain times are compared.
The model (fake Ollama) answers at once; replies go to a fake Graph API. The server runs in its
own process (as `serve` does), the load generator and the fakes in this one.

Run: .venv/bin/python bench/ingest.py [--requests N] [--concurrency C] [--database sqlite|
postgresql|both] [--baseline REV]
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import hmac
import itertools
import json
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fakes.fake_ollama import FakeOllama, reply  # noqa: E402
from tests.fakes.fake_providers import FakeProviders  # noqa: E402

SECRET = "bench-secret"
PHONE_ID = "100200300"


def serve(data_dir: str, ollama_url: str, graph_url: str, database_url: str) -> None:
    """The server process: a desk with WhatsApp on, plus `POST /bench/bare` on the same app."""
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    from vircom_desktop.config import Settings
    from vircom_desktop.domain.startup import open_database
    from vircom_desktop.runtime import Runtime

    async def bare(request: Request) -> JSONResponse:
        await request.body()
        return JSONResponse({"status": "ok"})

    settings = Settings(
        data_dir=Path(data_dir),
        database_url=database_url,
        ollama_url=ollama_url,
        port=0,
        timezone="America/Santiago",
        whatsapp_verify_token="v",
        whatsapp_app_secret=SECRET,
        whatsapp_token="t",
        whatsapp_phone_number_id=PHONE_ID,
        whatsapp_api_url=graph_url,
    )
    import logging

    logging.basicConfig(level=logging.WARNING)
    open_database(settings.database_url, timezone=settings.timezone)
    runtime = Runtime(settings=settings, log_path=Path(data_dir) / "vircom.log")
    listener = runtime.bind_listener()
    listener._server.config.app.router.routes.append(Route("/bench/bare", bare, methods=["POST"]))
    runtime.start_background()
    runtime.agent.get()  # measure a server that is ready, not one still importing VircomBot
    try:
        listener.run()
    finally:
        runtime.stop()


def delivery(number: int, customers: int) -> bytes:
    sender = f"569{number % customers:08d}"
    return json.dumps(
        {
            "object": "whatsapp_business_account",
            "entry": [
                {
                    "id": "W",
                    "changes": [
                        {
                            "field": "messages",
                            "value": {
                                "messaging_product": "whatsapp",
                                "metadata": {
                                    "display_phone_number": "5622",
                                    "phone_number_id": PHONE_ID,
                                },
                                "contacts": [
                                    {"profile": {"name": f"Cliente {number}"}, "wa_id": sender}
                                ],
                                "messages": [
                                    {
                                        "from": sender,
                                        "id": f"wamid.bench-{number}",
                                        "timestamp": "1",
                                        "type": "text",
                                        "text": {"body": "Hola, necesito un técnico"},
                                    }
                                ],
                            },
                        }
                    ],
                }
            ],
        },
    ).encode()


async def _connection(
    host: str,
    port: int,
    path: str,
    bodies: asyncio.Queue[bytes],
    signed: bool,
    latencies: list[float],
) -> None:
    """One keep-alive HTTP/1.1 connection posting bodies until none are left.

    A hand-written client: httpx's per-request cost would measure the client, not the server.
    """
    reader, writer = await asyncio.open_connection(host, port)
    try:
        while not bodies.empty():
            body = bodies.get_nowait()
            head = (
                f"POST {path} HTTP/1.1\r\nHost: {host}:{port}\r\n"
                f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
            )
            if signed:
                digest = hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
                head += f"X-Hub-Signature-256: sha256={digest}\r\n"
            started = time.perf_counter()
            writer.write(head.encode() + b"\r\n" + body)
            status_line = await reader.readline()
            length = 0
            while (line := await reader.readline()) not in (b"\r\n", b""):
                name, _, value = line.decode().partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            answer = await reader.readexactly(length)
            latencies.append((time.perf_counter() - started) * 1000)
            if b" 200 " not in status_line:
                raise RuntimeError(f"{path} answered {status_line!r}: {answer!r}")
    finally:
        writer.close()


async def load(
    base: str, path: str, bodies: list[bytes], concurrency: int, signed: bool
) -> tuple[float, list[float]]:
    """Post every body over `concurrency` connections; wall seconds and latencies (ms)."""
    host, port = base.removeprefix("http://").rsplit(":", 1)
    queue: asyncio.Queue[bytes] = asyncio.Queue()
    for body in bodies:
        queue.put_nowait(body)
    latencies: list[float] = []
    started = time.perf_counter()
    await asyncio.gather(
        *(_connection(host, int(port), path, queue, signed, latencies) for _ in range(concurrency))
    )
    return time.perf_counter() - started, latencies


DRAIN_QUERY = (
    "SELECT SUM(CASE WHEN status IN ('received', 'processing', 'pending', 'sending')"
    " THEN 1 ELSE 0 END),"
    " SUM(CASE WHEN role = 'customer' AND status = 'answered' THEN 1 ELSE 0 END),"
    " SUM(CASE WHEN role = 'bot' AND status = 'sent' THEN 1 ELSE 0 END) FROM messages"
)


def _connect(database_url: str) -> Any:
    if database_url.startswith("sqlite:///"):
        return sqlite3.connect(database_url.removeprefix("sqlite:///"))
    import psycopg2

    connection = psycopg2.connect(database_url)
    connection.autocommit = True
    return connection


def drain(database_url: str, expected: int, timeout: float = 600) -> tuple[int, int]:
    """Wait until nothing waits to be answered or sent; (messages answered, replies sent)."""
    deadline = time.monotonic() + timeout
    connection = _connect(database_url)
    try:
        while True:
            cursor = connection.cursor()
            cursor.execute(DRAIN_QUERY)
            waiting, answered, replies = cursor.fetchone()
            cursor.close()
            if not waiting or time.monotonic() > deadline:
                return answered or 0, replies or 0
            time.sleep(0.05)
    finally:
        connection.close()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def report(name: str, rate: float, latencies: list[float]) -> None:
    detail = (
        f"   p50 {statistics.median(latencies):6.2f} ms   p99 {percentile(latencies, 0.99):6.2f} ms"
        if latencies
        else ""
    )
    print(f"{name:<22} {rate:8.0f} req/s{detail}")


@dataclass
class Run:
    """One load against one server: its rates, latencies and how the queue drained."""

    bare_rate: float
    ingest_rate: float
    ingest_ms: list[float]
    drained: float
    answered: int
    replies: int
    customers_answered: int
    lost: int
    duplicates: int


def run_once(code: Path, database_url: str, args: argparse.Namespace) -> Run:
    """Start a server from the code in `code` on `database_url`, load it, wait for the drain."""
    ollama, graph = FakeOllama().start(), FakeProviders().start()
    ollama.respond_with(lambda body: reply("¡Hola! ¿En qué le puedo ayudar?", chunk_size=64))
    with tempfile.TemporaryDirectory() as data_dir:
        server = subprocess.Popen(
            [
                sys.executable,
                __file__,
                "--serve",
                data_dir,
                ollama.url,
                graph.url,
                database_url.format(data_dir=data_dir),
                str(code),
            ],
            stdout=subprocess.PIPE,
            text=True,
            cwd=code,
        )
        try:
            assert server.stdout is not None
            base = server.stdout.readline().split(" ", 2)[2].strip()
            warm = [b"{}"] * 200
            asyncio.run(load(base, "/bench/bare", warm, args.concurrency, signed=False))
            bodies = [delivery(n, args.customers) for n in range(args.requests)]
            bare_s, bare_ms = asyncio.run(
                load(base, "/bench/bare", bodies, args.concurrency, signed=False)
            )
            ingest_s, ingest_ms = asyncio.run(
                load(base, "/api/webhook/whatsapp", bodies, args.concurrency, signed=True)
            )
            started = time.perf_counter()
            answered, replies = drain(database_url.format(data_dir=data_dir), args.requests)
            drained = time.perf_counter() - started
            sent = graph.wait_for(replies, timeout=60)
            return Run(
                bare_rate=len(bare_ms) / bare_s,
                ingest_rate=len(ingest_ms) / ingest_s,
                ingest_ms=ingest_ms,
                drained=drained,
                answered=answered,
                replies=replies,
                customers_answered=len({s.to for s in sent}),
                lost=args.requests - answered,
                duplicates=len(sent) - replies,
            )
        finally:
            server.terminate()
            server.wait(timeout=60)
            ollama.stop()
            graph.stop()


def report_run(label: str, run: Run, requests: int) -> None:
    print(f"-- {label}")
    report("bare endpoint", run.bare_rate, [])
    report("WhatsApp webhook", run.ingest_rate, run.ingest_ms)
    print(f"ingest / bare          {run.ingest_rate / run.bare_rate:8.2f}x")
    print(
        f"answered               {run.answered} of {requests} messages with {run.replies} "
        f"replies ({run.customers_answered} customers); queue drained "
        f"{run.drained:.2f} s after the last ack; lost {run.lost}, sent twice {run.duplicates}"
    )


def unmet_goals(run: Run) -> list[str]:
    """The goals this run missed, in words (issue 5's ingest goals, issue 15's drain)."""
    goals = {
        "ingest >= 500 req/s": run.ingest_rate >= 500,
        "ingest p99 < 50 ms": percentile(run.ingest_ms, 0.99) < 50,
        "ingest >= 0.5x the bare endpoint": run.ingest_rate >= 0.5 * run.bare_rate,
        "nothing lost": run.lost == 0,
        "nothing sent twice": run.duplicates == 0,
        "drained within 2 s of the last ack": run.drained <= 2.0,
    }
    return [goal for goal, met in goals.items() if not met]


@contextmanager
def databases(which: str) -> Iterator[list[tuple[str, Callable[[], str]]]]:
    """(name, a function giving a fresh database URL) for each database asked for."""
    chosen: list[tuple[str, Callable[[], str]]] = []
    if which in ("sqlite", "both"):
        chosen.append(("SQLite (WAL)", lambda: "sqlite:///{data_dir}/vircom.db"))
    if which not in ("postgresql", "both"):
        yield chosen
        return
    from tests.fixtures.postgres import scratch_server

    with scratch_server() as server:
        if server is None:
            print("PostgreSQL server binaries not found: PostgreSQL skipped")
            yield chosen
            return
        names = itertools.count(1)
        chosen.append(("PostgreSQL", lambda: server.create_database(f"bench_ingest_{next(names)}")))
        yield chosen


@contextmanager
def checkout(revision: str | None) -> Iterator[Path | None]:
    """The code of `revision` in a temporary directory (git archive: no worktree is touched)."""
    if revision is None:
        yield None
        return
    with tempfile.TemporaryDirectory(prefix="vircom-bench-baseline-") as directory:
        archive = subprocess.run(
            ["git", "archive", revision], cwd=ROOT, check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", directory], input=archive, check=True)
        yield Path(directory)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument(
        "--customers",
        type=int,
        default=300,
        help="distinct senders (each writes requests/customers messages)",
    )
    parser.add_argument("--database", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--baseline", metavar="REV", help="also run this git revision's code")
    parser.add_argument("--serve", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        data_dir, ollama_url, graph_url, database_url, code = args.serve
        sys.path.insert(0, code)
        serve(data_dir, ollama_url, graph_url, database_url)
        return 0

    print(f"{args.concurrency} connections, fake model answering at once")
    unmet: list[str] = []
    with databases(args.database) as chosen, checkout(args.baseline) as baseline:
        for name, fresh in chosen:
            now = run_once(ROOT, fresh(), args)
            report_run(f"{name}, this code", now, args.requests)
            unmet += [f"{goal} ({name})" for goal in unmet_goals(now)]
            if baseline is not None:
                before = run_once(baseline, fresh(), args)
                report_run(f"{name}, {args.baseline}", before, args.requests)
                print(
                    f"drain after last ack   {now.drained:.2f} s now vs {before.drained:.2f} s "
                    f"at {args.baseline}: {before.drained / max(now.drained, 1e-9):.1f}x faster"
                )
    print(f"goals: {'met' if not unmet else 'NOT met: ' + '; '.join(unmet)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
