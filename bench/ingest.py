"""Webhook ingest: signed WhatsApp deliveries per second and their latency, next to a bare
endpoint of the same ASGI server in the same run; then every message must be answered.

Goals (issue 5): >= 500 req/s, p99 < 50 ms, >= 0.5x the bare endpoint, 0 messages lost.
The model (fake Ollama) answers at once; replies go to a fake Graph API. The server runs in its
own process (as `serve` does), the load generator and the fakes in this one.

Run: .venv/bin/python bench/ingest.py [--requests N] [--concurrency C]
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import hmac
import json
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fakes.fake_ollama import FakeOllama, reply  # noqa: E402
from tests.fakes.fake_providers import FakeProviders  # noqa: E402

SECRET = "bench-secret"
PHONE_ID = "100200300"


def serve(data_dir: str, ollama_url: str, graph_url: str) -> None:
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
        database_url=f"sqlite:///{data_dir}/vircom.db",
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


def drain(database: Path, expected: int, timeout: float = 600) -> tuple[int, int]:
    """Wait until nothing waits to be answered or sent; (messages answered, replies sent)."""
    deadline = time.monotonic() + timeout
    with sqlite3.connect(database) as connection:
        while True:
            waiting, answered, replies = connection.execute(
                "SELECT SUM(status IN ('received', 'processing', 'pending', 'sending')),"
                " SUM(role = 'customer' AND status = 'answered'),"
                " SUM(role = 'bot' AND status = 'sent') FROM messages"
            ).fetchone()
            if not waiting or time.monotonic() > deadline:
                return answered or 0, replies or 0
            time.sleep(0.2)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def report(name: str, seconds: float, latencies: list[float]) -> float:
    rate = len(latencies) / seconds
    print(
        f"{name:<22} {rate:8.0f} req/s   p50 {statistics.median(latencies):6.2f} ms   "
        f"p99 {percentile(latencies, 0.99):6.2f} ms   ({len(latencies)} requests)"
    )
    return rate


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
    parser.add_argument(
        "--serve", nargs=3, metavar=("DATA_DIR", "OLLAMA", "GRAPH"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.serve:
        serve(*args.serve)
        return 0

    ollama, graph = FakeOllama().start(), FakeProviders().start()
    ollama.respond_with(lambda body: reply("¡Hola! ¿En qué le puedo ayudar?", chunk_size=64))
    with tempfile.TemporaryDirectory() as data_dir:
        server = subprocess.Popen(
            [sys.executable, __file__, "--serve", data_dir, ollama.url, graph.url],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
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
            print(f"{args.concurrency} connections, fake model answering at once, SQLite (WAL)")
            bare_rate = report("bare endpoint", bare_s, bare_ms)
            ingest_rate = report("WhatsApp webhook", ingest_s, ingest_ms)
            print(f"ingest / bare          {ingest_rate / bare_rate:8.2f}x")
            started = time.perf_counter()
            answered, replies = drain(Path(data_dir) / "vircom.db", args.requests)
            drained = time.perf_counter() - started
            sent = graph.wait_for(replies, timeout=60)
            lost = args.requests - answered
            duplicates = len(sent) - replies
            print(
                f"answered               {answered} of {args.requests} messages with {replies} "
                f"replies ({len({s.to for s in sent})} customers); queue drained "
                f"{drained:.1f} s after the last ack; lost {lost}, sent twice {duplicates}"
            )
            ok = (
                ingest_rate >= 500
                and percentile(ingest_ms, 0.99) < 50
                and ingest_rate >= 0.5 * bare_rate
                and lost == 0
                and duplicates == 0
            )
            print(f"goals: {'met' if ok else 'NOT met'}")
            return 0
        finally:
            server.terminate()
            server.wait(timeout=60)
            ollama.stop()
            graph.stop()


if __name__ == "__main__":
    raise SystemExit(main())
