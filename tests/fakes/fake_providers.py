"""Fake WhatsApp Graph and Twilio REST servers on 127.0.0.1 that record what the app sends.

One HTTP server plays both providers:

- ``POST /{phone_number_id}/messages`` (Graph): answers ``{"messaging_product": "whatsapp",
  "contacts": [...], "messages": [{"id": "wamid.fake-N"}]}``.
- ``POST /2010-04-01/Accounts/{sid}/Messages.json`` (Twilio): answers 201 with ``{"sid": "SMfake-N",
  "status": "queued", ...}``.

``fail_next(n, status, body)`` makes the next `n` sends fail with that status and JSON body;
``graph_error(code)`` builds Graph's error body (e.g. 131047, outside the 24-hour window).
``wait_for(count, timeout)`` blocks until `count` sends were recorded (a condition, not a sleep).
``response_headers`` is added to every response (say, a proxy's ``Set-Cookie``).
"""

from __future__ import annotations

import base64
import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs


@dataclass(frozen=True)
class Sent:
    provider: str  # "whatsapp" | "twilio"
    path: str
    headers: dict[str, str]
    body: Any  # JSON for WhatsApp, a dict of form fields for Twilio
    provider_id: str

    @property
    def to(self) -> str:
        return str(self.body.get("to") or self.body.get("To") or "")

    @property
    def text(self) -> str:
        if self.provider == "whatsapp":
            return str((self.body.get("text") or {}).get("body", ""))
        return str(self.body.get("Body", ""))


def graph_error(code: int, message: str = "error") -> dict[str, Any]:
    return {
        "error": {
            "message": message,
            "type": "OAuthException",
            "code": code,
            "error_data": {"messaging_product": "whatsapp", "details": message},
            "fbtrace_id": "Afake",
        }
    }


@dataclass
class FakeProviders:
    sent: list[Sent] = field(default_factory=list)
    attempts: int = 0
    response_headers: dict[str, str] = field(default_factory=dict)
    _failures: list[tuple[int, Any]] = field(default_factory=list)
    _condition: threading.Condition = field(default_factory=threading.Condition)
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))
    _server: ThreadingHTTPServer | None = None
    _thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        assert self._server is not None, "start() the fake first"
        return f"http://127.0.0.1:{self._server.server_port}"

    def start(self) -> FakeProviders:
        fake = self

        class Handler(_Handler):
            providers = fake

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="fake-providers", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=10)

    def fail_next(self, count: int, status: int, body: Any) -> None:
        with self._condition:
            self._failures.extend([(status, body)] * count)

    def wait_for(self, count: int, timeout: float = 10.0) -> list[Sent]:
        """The recorded sends once there are at least `count` (AssertionError after `timeout`)."""
        deadline = time.monotonic() + timeout
        with self._condition:
            while len(self.sent) < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(
                        f"expected {count} sends, got {len(self.sent)}: {self.sent}"
                    )
                self._condition.wait(remaining)
            return list(self.sent)

    def wait_until(self, test: Callable[[list[Sent]], bool], timeout: float = 10.0) -> list[Sent]:
        """The recorded sends once `test(sends)` holds (AssertionError after `timeout`)."""
        deadline = time.monotonic() + timeout
        with self._condition:
            while not test(self.sent):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"the sends never matched: {self.sent}")
                self._condition.wait(remaining)
            return list(self.sent)

    def wait_attempts(self, count: int, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        with self._condition:
            while self.attempts < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"expected {count} attempts, got {self.attempts}")
                self._condition.wait(remaining)

    def _take(self) -> tuple[int, Any] | None:
        with self._condition:
            self.attempts += 1
            self._condition.notify_all()
            return self._failures.pop(0) if self._failures else None

    def _record(self, sent: Sent) -> None:
        with self._condition:
            self.sent.append(sent)
            self._condition.notify_all()


class _Handler(BaseHTTPRequestHandler):
    providers: FakeProviders
    protocol_version = "HTTP/1.1"
    # Headers and body go out as separate small writes: with Nagle on, each reply waited ~40 ms
    # for the client's delayed ACK, which the real Graph and Twilio APIs do not make anyone wait.
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:
        return

    def _reply(self, status: int, payload: Any) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in self.providers.response_headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:
        fake = self.providers
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        headers = {k.lower(): v for k, v in self.headers.items()}
        failure = fake._take()
        if failure is not None:
            self._reply(*failure)
            return
        if self.path.startswith("/2010-04-01/Accounts/") and self.path.endswith("/Messages.json"):
            self._twilio(raw, headers)
        elif self.path.endswith("/messages"):
            self._graph(raw, headers)
        else:
            self._reply(404, {"error": "unknown path"})

    def _graph(self, raw: bytes, headers: dict[str, str]) -> None:
        if not headers.get("authorization", "").startswith("Bearer "):
            self._reply(401, graph_error(190, "Invalid OAuth access token"))
            return
        body = json.loads(raw)
        wamid = f"wamid.fake-{next(self.providers._ids)}"
        self.providers._record(Sent("whatsapp", self.path, headers, body, wamid))
        self._reply(
            200,
            {
                "messaging_product": "whatsapp",
                "contacts": [{"input": body.get("to"), "wa_id": body.get("to")}],
                "messages": [{"id": wamid}],
            },
        )

    def _twilio(self, raw: bytes, headers: dict[str, str]) -> None:
        scheme, _, credentials = headers.get("authorization", "").partition(" ")
        if scheme != "Basic" or ":" not in base64.b64decode(credentials or "").decode():
            self._reply(401, {"code": 20003, "message": "Authenticate", "status": 401})
            return
        form = {k: v[0] for k, v in parse_qs(raw.decode()).items()}
        sid = f"SMfake{next(self.providers._ids):026d}"
        self.providers._record(Sent("twilio", self.path, headers, form, sid))
        self._reply(
            201,
            {
                "sid": sid,
                "status": "queued",
                "to": form.get("To"),
                "from": form.get("From"),
                "body": form.get("Body"),
            },
        )
