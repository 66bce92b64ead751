"""The server's CPU per answered WhatsApp message: one turn and one send, as a burst drains them.

Issue 15's drain is bound by one interpreter (the server process runs at one core while the
queue drains), so a turn's CPU is what the drain time is made of; the drain itself swings by
1.5x on this VM from run to run, CPU time on one thread much less. The turn and the send run on
this thread, one after the other, on a stored burst of one message per customer: claim, agent
(fake Ollama answering at once), commit; then the outbox's claim, send (fake Graph API) and
look for the next one, as a sender between two replies does. Also counts the
statements per turn and per send.

Run: .venv/bin/python -m bench.turn_cost [--customers N] [--database sqlite|postgresql|both]
[--baseline REV] [--repeat N]
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# As in bench/ingest.py's burst (3,000 messages from 300 customers): each turn answers ten.
MESSAGES_PER_CUSTOMER = 10


def measure(code: Path, database_url: str, customers: int) -> dict[str, float]:
    """One run of the code in `code`, in a fresh interpreter: its figures as JSON.

    The measuring loop is this file's, run against `code`'s packages, so both revisions are
    measured the same way.
    """
    output = subprocess.run(
        [sys.executable, __file__, "--measure", database_url, str(customers)],
        cwd=code,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return dict(json.loads(output.splitlines()[-1]))


def _run_measure(database_url: str, customers: int, profile: str | None) -> dict[str, float]:
    """In the child: store the burst, then time each turn and each send on this thread."""
    import peewee as pw

    from tests.fakes.fake_ollama import FakeOllama, reply
    from tests.fakes.fake_providers import FakeProviders
    from vircom_desktop.channels import inbound
    from vircom_desktop.channels.outbox import Outgoing
    from vircom_desktop.config import Settings
    from vircom_desktop.domain.startup import open_database
    from vircom_desktop.runtime import Runtime

    ollama, graph = FakeOllama().start(), FakeProviders().start()
    ollama.respond_with(lambda body: reply("¡Hola! ¿En qué le puedo ayudar?", chunk_size=64))
    statements = 0
    execute_sql = pw.Database.execute_sql

    def counted(self: pw.Database, sql: str, params: Any = None) -> Any:
        nonlocal statements
        statements += 1
        return execute_sql(self, sql, params)

    with tempfile.TemporaryDirectory() as data_dir:
        settings = Settings(
            data_dir=Path(data_dir),
            database_url=database_url.format(data_dir=data_dir),
            ollama_url=ollama.url,
            port=0,
            timezone="America/Santiago",
            whatsapp_verify_token="v",
            whatsapp_app_secret="s",
            whatsapp_token="t",
            whatsapp_phone_number_id="100200300",
            whatsapp_api_url=graph.url,
        )
        open_database(settings.database_url, timezone=settings.timezone)
        runtime = Runtime(settings=settings, log_path=Path(data_dir) / "vircom.log")
        service, agent = runtime.channels, runtime.agent.get()
        del agent  # imported and built before the clock starts, as a running server has it
        burst = [
            inbound.Inbound(
                "whatsapp", f"569{n % customers:08d}", "Hola, necesito un técnico", f"wamid.{n}"
            )
            for n in range(customers * MESSAGES_PER_CUSTOMER)
        ]
        asyncio.run(service.receive_many(burst))
        queue, outbox = service.queue, service.outbox
        turn_ms: list[float] = []
        send_ms: list[float] = []
        turn_statements = send_statements = 0
        server_before = _server_cpu()
        pw.Database.execute_sql = counted  # type: ignore[method-assign]
        profiler = cProfile.Profile() if profile else None
        if profiler is not None:
            profiler.enable()
        for _ in range(customers):
            before, statements = time.thread_time(), 0
            batch = queue._claim()
            assert batch is not None, "a stored message was not claimed"
            queue._run(batch)
            queue._held.pop(batch.conversation_id, None)
            turn_ms.append((time.thread_time() - before) * 1000)
            turn_statements += statements
            before, statements = time.thread_time(), 0
            outgoing = outbox._claim()
            assert isinstance(outgoing, Outgoing), "a reply was not queued"
            outbox._deliver(outgoing)
            assert not isinstance(outbox._claim(), Outgoing)
            if hasattr(outbox, "_seconds_to_next_due"):  # before ca1250c: a read more per send
                outbox._seconds_to_next_due()
            send_ms.append((time.thread_time() - before) * 1000)
            send_statements += statements
        server_s = _server_cpu() - server_before
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(profile)
        pw.Database.execute_sql = execute_sql  # type: ignore[method-assign]
        assert len(graph.wait_for(customers, timeout=30)) == customers
        ollama.stop()
        graph.stop()
    return {
        "turn_ms": statistics.median(turn_ms),
        "send_ms": statistics.median(send_ms),
        "total_s": (sum(turn_ms) + sum(send_ms)) / 1000,
        "turn_statements": turn_statements / customers,
        "send_statements": send_statements / customers,
        "server_ms": server_s * 1000 / customers,
    }


def _server_cpu() -> float:
    """CPU seconds of the PostgreSQL backend serving this thread's connection (0 on SQLite)."""
    from vircom_desktop.domain import db

    if not db.is_postgres():
        return 0.0
    pid = db.current().execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def report(label: str, figures: dict[str, float], customers: int) -> None:
    server = figures.get("server_ms", 0.0)
    print(
        f"{label:<34} turn {figures['turn_ms']:5.2f} ms ({figures['turn_statements']:4.1f} "
        f"statements)  send {figures['send_ms']:5.2f} ms ({figures['send_statements']:4.1f})  "
        f"{customers} of each: {figures['total_s']:5.2f} s"
        + (f"  PostgreSQL {server:4.2f} ms per message" if server else "")
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=300)
    parser.add_argument("--database", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--baseline", metavar="REV", help="also run this git revision's code")
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs of each; the least CPU is reported"
    )
    parser.add_argument("--measure", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument(
        "--profile", metavar="FILE", help="with --measure: cProfile the turns and sends into FILE"
    )
    args = parser.parse_args()
    if args.measure:
        sys.path.insert(0, str(Path.cwd()))
        print(json.dumps(_run_measure(args.measure[0], int(args.measure[1]), args.profile)))
        return 0

    from bench.ingest import checkout, databases

    print(
        "CPU of the server thread per answered message (median; the best of "
        f"{args.repeat} runs), fake model answering at once"
    )
    with databases(args.database) as chosen, checkout(args.baseline) as baseline:
        for name, fresh in chosen:
            codes = [(f"{name}, this code", ROOT)]
            if baseline is not None:
                codes.append((f"{name}, {args.baseline}", baseline))
            runs: dict[str, list[dict[str, float]]] = {label: [] for label, _ in codes}
            for _ in range(args.repeat):  # interleaved: a slower minute slows both
                for label, code in codes:
                    runs[label].append(measure(code, fresh(), args.customers))
            best = {label: min(found, key=lambda f: f["total_s"]) for label, found in runs.items()}
            for label, figures in best.items():
                report(label, figures, args.customers)
            if baseline is not None:
                now, before = best[codes[0][0]], best[codes[1][0]]
                print(
                    f"{'':<34} per message {before['total_s'] / now['total_s']:.2f}x less CPU"
                    " than the baseline"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
