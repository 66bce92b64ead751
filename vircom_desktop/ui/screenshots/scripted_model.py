"""A scripted stand-in for Ollama, so the chat console's screenshot shows VircomBot really working.

It serves `POST /api/chat` on 127.0.0.1 the way Ollama streams it (NDJSON over chunked encoding):
each request takes the next scripted step, a text reply or tool calls. It ships with the app,
unlike the test suite's full fake (tests/fakes), so `make screenshots` never imports `tests/`.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

CREATED_AT = "2025-06-09T14:00:00Z"
CHUNK = 6  # characters per streamed text chunk


@dataclass(frozen=True)
class Step:
    """One answer of the model: text, or calls of tools by name with their arguments."""

    text: str = ""
    calls: tuple[tuple[str, dict[str, Any]], ...] = ()


def says(text: str) -> Step:
    return Step(text=text)


def calls(name: str, arguments: dict[str, Any]) -> Step:
    return Step(calls=((name, arguments),))


class ScriptedModel:
    """An HTTP server answering chat requests from a script, one step per request."""

    def __init__(self, *steps: Step) -> None:
        self._steps: deque[Step] = deque(steps)
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> ScriptedModel:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def next_step(self) -> Step:
        with self._lock:
            return self._steps.popleft() if self._steps else Step(text="…")


def _handler_for(model: ScriptedModel) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            return

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length) or b"{}")
            if self.path != "/api/chat":
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/x-ndjson")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for line in _lines(str(body.get("model") or ""), model.next_step()):
                data = (json.dumps(line) + "\n").encode()
                self.wfile.write(b"%X\r\n%s\r\n" % (len(data), data))
            self.wfile.write(b"0\r\n\r\n")

    return Handler


def _lines(model: str, step: Step) -> list[dict[str, Any]]:
    head = {"model": model, "created_at": CREATED_AT}
    lines: list[dict[str, Any]] = [
        {
            **head,
            "message": {"role": "assistant", "content": step.text[i : i + CHUNK]},
            "done": False,
        }
        for i in range(0, len(step.text), CHUNK)
    ]
    if step.calls:
        tool_calls = [{"function": {"name": n, "arguments": a}} for n, a in step.calls]
        message = {"role": "assistant", "content": "", "tool_calls": tool_calls}
        lines.append({**head, "message": message, "done": False})
    lines.append({**head, "message": {"role": "assistant", "content": ""}, "done": True})
    return lines
