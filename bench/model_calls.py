"""Model calls per conversation: the evaluation's scenarios against a scripted stand-in model.

The stand-in behaves like a careful llama3.1: it checks a day's availability when it does not
know it yet, books once it has the customer's name, address, day and time, and otherwise
answers. It is not a real model (run `python main.py eval` against Ollama for that); it shows
the calls the agent's own design costs. With `--baseline REV` the same scenarios also run on the
code of that git revision, side by side, and the model calls per booked visit are compared.

Run: .venv/bin/python bench/model_calls.py [--baseline REV]
"""

from __future__ import annotations

import argparse
import io
import json
import re
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

MONDAY = date(2025, 6, 9)  # the evaluation's frozen Monday (scenarios.EVAL_NOW)
DAYS = {
    "hoy": 0,
    "mañana": 1,
    "lunes": 7,
    "martes": 1,
    "miércoles": 2,
    "jueves": 3,
    "viernes": 4,
    "sábado": 5,
    "domingo": 6,
}


def _day(text: str) -> date | None:
    found = [(text.lower().rfind(word), offset) for word, offset in DAYS.items()]
    position, offset = max(found)
    return MONDAY + timedelta(days=offset) if position >= 0 else None


def _time(text: str) -> str | None:
    match = re.search(r"a las (\d{1,2})(?::(\d{2}))?|(\d{1,2}):(\d{2})", text.lower())
    if match is None:
        return None
    hour = match.group(1) or match.group(3)
    minute = match.group(2) or match.group(4) or "00"
    return f"{int(hour):02d}:{minute}"


def stand_in(body: dict[str, Any]) -> Any:
    """One answer of the stand-in model (a fake Ollama responder)."""
    from tests.fakes.fake_ollama import reply, tool_call

    messages = body["messages"]
    users = [m["content"] for m in messages if m["role"] == "user"]
    said = " ".join(users)
    day = next((d for d in map(_day, reversed(users)) if d is not None), None)
    at = _time(users[-1]) if users else None
    details = bool(re.search(r"\b(soy|me llamo)\b", said.lower())) and bool(re.search(r"\d", said))
    known = day is not None and any(
        m["role"] == "tool" and f'"date": "{day.isoformat()}"' in m["content"] for m in messages
    )
    last = messages[-1]
    booked = any(
        m.get("tool_name") == "book_appointment" and '"error"' not in m["content"] for m in messages
    )
    if "auto" in said.lower():
        if last["role"] == "tool":
            return reply("No reparamos autos; una persona del equipo le escribirá.")
        return tool_call("handoff_to_human", {"reason": "pregunta por autos"})
    if last["role"] == "user" and day is not None and not known:
        return tool_call("check_availability", {"date": day.isoformat()})
    if day is not None and at is not None and details and not booked and last["role"] != "tool":
        return _book(day, at, said)
    if last["role"] == "tool" and last.get("tool_name") == "check_availability":
        if at is not None and details and not booked:
            return _book(day, at, said)
        return reply("Ese día tengo horas libres. ¿Le acomoda alguna?")
    if booked:
        return reply("Listo: su visita queda pendiente de aprobación del taller.")
    return reply("¡Hola! Soy VircomBot. ¿Me da su nombre, dirección, el problema y el día?")


def _book(day: date | None, at: str, said: str) -> Any:
    from tests.fakes.fake_ollama import tool_call

    name = re.search(r"(?i:soy|me llamo) ([A-ZÁÉÍÓÚ]\w+ [A-ZÁÉÍÓÚ]\w+)", said)
    address = re.search(r"(?:vivo en |, )((?:Av\. )?[A-ZÁÉÍÓÚ][\w ]+ \d+)", said)
    return tool_call(
        "book_appointment",
        {
            "client_data": {
                "name": name.group(1) if name else "Cliente",
                "address": address.group(1) if address else "",
            },
            "date": f"{day.isoformat() if day else MONDAY.isoformat()}T{at}",
            "issue": said[:120],
        },
    )


def measure() -> dict[str, Any]:
    """Run the scenarios on the code importable now; calls per scenario and per booked visit."""
    from tests.fakes.fake_ollama import FakeOllama
    from vircom_desktop.agent import evaluation

    ollama = FakeOllama().start()
    ollama.respond_with(stand_in)
    try:
        report = evaluation.run_evaluation(ollama.url, "llama3.1", out=io.StringIO())
    finally:
        ollama.stop()
    booked = [s for s in report.scenarios if len(s.checks) and _booked(s)]
    visits = sum(_booked(s) for s in booked)
    return {
        "calls": {s.name: s.requests for s in report.scenarios},
        "total": sum(s.requests for s in report.scenarios),
        "per_booking": sum(s.requests for s in booked) / visits if visits else None,
        "visits": visits,
    }


def _booked(score: Any) -> int:
    booked = getattr(score, "booked", None)
    if booked is not None:
        return int(booked)
    return int(any(name == "deja una visita" and ok for name, ok in score.checks))


def on_revision(revision: str) -> dict[str, Any]:
    """`measure()` in a fresh interpreter on the code of `revision` (git archive, no worktree)."""
    with tempfile.TemporaryDirectory(prefix="vircom-bench-calls-") as directory:
        archive = subprocess.run(
            ["git", "archive", revision], cwd=ROOT, check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", directory], input=archive, check=True)
        output = subprocess.run(
            [sys.executable, __file__, "--measure", directory],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    result: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", metavar="REV")
    parser.add_argument("--measure", metavar="CODE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        sys.path[:0] = [args.measure, str(ROOT)]
        print(json.dumps(measure()))
        return 0
    sys.path.insert(0, str(ROOT))
    now = measure()
    before = on_revision(args.baseline) if args.baseline else None
    print("model calls per scenario (scripted stand-in model)")
    for name, calls in now["calls"].items():
        then = f"   {args.baseline}: {before['calls'].get(name, '-'):>3}" if before else ""
        print(f"  {name:<28}{calls:>3}{then}")
    line = f"  {'TOTAL':<28}{now['total']:>3}"
    print(line + (f"   {args.baseline}: {before['total']:>3}" if before else ""))
    print(f"model calls per booked visit   {now['per_booking']:.2f} ({now['visits']} visits)")
    if before:
        print(
            f"  at {args.baseline}              {before['per_booking']:.2f} "
            f"({before['visits']} visits)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
