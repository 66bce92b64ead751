"""A protocol-faithful fake Ollama HTTP server on 127.0.0.1, scriptable per test.

It speaks the parts of Ollama's API the app uses, with Ollama's real shapes and error bodies:
``GET /api/version``, ``GET /api/tags``, ``GET /api/ps``, ``POST /api/show``, ``POST /api/generate``
(only the prompt-less load request: the model becomes loaded) and ``POST /api/chat`` (NDJSON
streaming with chunked encoding, or one JSON object with ``"stream": false``). Like Ollama it
answers 404 ``{"error": "model \\"x\\" not found, try pulling it first"}`` for a model it does not
have, and 400 ``{"error": "registry.ollama.ai/library/x does not support tools"}`` when ``tools``
are sent to a model without the ``tools`` capability.

Scripting (every chat request takes the next scripted step)::

    server = FakeOllama().start()            # or the ``fake_ollama`` pytest fixture
    server.script(
        tool_call("check_availability", {"date": "2025-06-10"}),
        reply("Tengo horas a las 09:00 y 10:00."),
    )
    server.respond_with(lambda request: reply("hola"))   # a callable seeing each request body
    server.models = {"llama3.1:latest": ["completion", "tools"]}   # model name → capabilities

Steps (all built by the helpers below; each is a ``Step``):

- ``reply(text, chunk_size=4)``: the assistant's text, streamed in small chunks.
- ``tool_call(name, arguments)`` / ``tool_calls([(name, arguments), ...], content="")``: native
  calls, arriving whole in one chunk as Ollama sends them. ``arguments`` is sent as given: a dict
  whose values may be strings ("string-typed arguments").
- ``reply('{"name": "get_services", "parameters": {}}')``: llama3.1's JSON-in-content habit.
- ``http_error(status, message)``: an error status with Ollama's ``{"error": ...}`` body.
- ``midstream_error(message, before="Hola")``: HTTP 200, some chunks, then an ``{"error"}`` line.
- ``step.gated()``: the step waits for ``server.gate`` (a ``threading.Event``) after its first
  chunk, so a test can observe a request in flight (``server.in_flight`` is set meanwhile) and
  then ``server.gate.set()``. ``hang()`` is a step that sends nothing until the gate opens.

With nothing scripted, a chat request gets HTTP 500 ``{"error": "fake ollama: nothing scripted"}``
so a test never passes on a silent default. Every request is recorded in ``server.requests``
(``Recorded(method, path, body, raw)``); ``server.chat_requests()`` gives the /api/chat bodies,
so tests can compare the system prompt and tools byte for byte. ``server.response_headers`` is
added to every response (say, a proxy's ``Set-Cookie``).
"""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

DEFAULT_MODELS: dict[str, list[str]] = {"llama3.1:latest": ["completion", "tools"]}
CREATED_AT = "2025-06-09T14:00:00.000000Z"


@dataclass(frozen=True)
class Step:
    """One scripted answer to a chat request."""

    content: str = ""
    tool_calls: tuple[tuple[str, Any], ...] = ()
    status: int = 200
    error: str = ""
    midstream_error: str = ""
    chunk_size: int = 4
    gate_after_first_chunk: bool = False
    hang: bool = False
    prompt_eval_count: int | None = 42
    eval_count: int | None = 7

    def gated(self) -> Step:
        return replace(self, gate_after_first_chunk=True)


def reply(text: str, *, chunk_size: int = 4, **counts: Any) -> Step:
    return Step(content=text, chunk_size=chunk_size, **counts)


def tool_call(name: str, arguments: Any = None, *, content: str = "") -> Step:
    return Step(content=content, tool_calls=((name, {} if arguments is None else arguments),))


def tool_calls(calls: Sequence[tuple[str, Any]], *, content: str = "") -> Step:
    return Step(content=content, tool_calls=tuple(calls))


def http_error(status: int, message: str) -> Step:
    return Step(status=status, error=message)


def midstream_error(message: str, *, before: str = "Hola") -> Step:
    return Step(content=before, midstream_error=message)


def hang() -> Step:
    return Step(hang=True)


@dataclass(frozen=True)
class Recorded:
    method: str
    path: str
    body: Any
    raw: bytes
    headers: dict[str, str] = field(default_factory=dict)  # names in lower case


Responder = Callable[[dict[str, Any]], Step]


@dataclass
class FakeOllama:
    """The server; see the module docstring for the scripting API."""

    models: dict[str, list[str]] = field(default_factory=lambda: dict(DEFAULT_MODELS))
    version: str = "0.6.5"
    requests: list[Recorded] = field(default_factory=list)
    gate: threading.Event = field(default_factory=threading.Event)
    in_flight: threading.Event = field(default_factory=threading.Event)
    responder: Responder | None = None
    stopped: bool = False
    loaded: set[str] = field(default_factory=set)  # models in memory (GET /api/ps)
    # Added to every response, e.g. a proxy's {"Set-Cookie": "..."} in front of Ollama.
    response_headers: dict[str, str] = field(default_factory=dict)
    _queue: deque[Step] = field(default_factory=deque)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _server: ThreadingHTTPServer | None = None
    _thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        assert self._server is not None, "start() the fake first"
        port = self._server.server_address[1]
        return f"http://127.0.0.1:{port}"

    def start(self) -> FakeOllama:
        fake = self

        class Handler(_Handler):
            server_fake = fake

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.02,), name="fake-ollama", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopped = True
        self.gate.set()  # let gated handlers finish
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=10)

    def script(self, *steps: Step) -> None:
        with self._lock:
            self._queue.extend(steps)

    def respond_with(self, responder: Responder | None) -> None:
        self.responder = responder

    def pending(self) -> int:
        with self._lock:
            return len(self._queue)

    def chat_requests(self) -> list[dict[str, Any]]:
        with self._lock:
            return [r.body for r in self.requests if r.path == "/api/chat"]

    def _record(self, recorded: Recorded) -> None:
        with self._lock:
            self.requests.append(recorded)

    def _next_step(self, body: dict[str, Any]) -> Step | None:
        with self._lock:
            if self._queue:
                return self._queue.popleft()
        return self.responder(body) if self.responder else None

    def capabilities(self, name: str) -> list[str] | None:
        return self.models.get(_normalise(name))


def _normalise(name: str) -> str:
    return name if ":" in name else f"{name}:latest"


def _not_found(model: str) -> str:
    return f'model "{model}" not found, try pulling it first'


class _Handler(BaseHTTPRequestHandler):
    server_fake: FakeOllama
    protocol_version = "HTTP/1.1"  # keep-alive, like Ollama
    disable_nagle_algorithm = True  # headers and body go out as separate small writes

    def log_message(self, format: str, *args: Any) -> None:
        return

    def _body(self) -> tuple[Any, bytes]:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            return (json.loads(raw) if raw else None), raw
        except ValueError:
            return None, raw

    def _json(self, status: int, payload: Any) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def end_headers(self) -> None:
        for name, value in self.server_fake.response_headers.items():
            self.send_header(name, value)
        super().end_headers()

    def _headers(self) -> dict[str, str]:
        return {name.lower(): value for name, value in self.headers.items()}

    def handle(self) -> None:
        try:
            super().handle()
        except OSError:  # the client gave up (timeout, cancel): nothing left to answer
            self.close_connection = True

    def _gone(self) -> bool:
        """After stop(), kept-alive connections get dropped like a dead server's."""
        if self.server_fake.stopped:
            self.close_connection = True
        return self.server_fake.stopped

    def do_GET(self) -> None:
        fake = self.server_fake
        if self._gone():
            return
        fake._record(Recorded("GET", self.path, None, b"", self._headers()))
        if self.path == "/api/version":
            self._json(200, {"version": fake.version})
        elif self.path == "/api/tags":
            self._json(200, {"models": [_tag(name) for name in fake.models]})
        elif self.path == "/api/ps":
            self._json(200, {"models": [_running(name) for name in sorted(fake.loaded)]})
        else:
            self._json(404, {"error": "404 page not found"})

    def do_POST(self) -> None:
        fake = self.server_fake
        if self._gone():
            return
        body, raw = self._body()
        fake._record(Recorded("POST", self.path, body, raw, self._headers()))
        if not isinstance(body, dict):
            self._json(400, {"error": "invalid request body"})
        elif self.path == "/api/show":
            self._show(body)
        elif self.path == "/api/chat":
            self._chat(body)
        elif self.path == "/api/generate":
            self._load(body)
        else:
            self._json(404, {"error": "404 page not found"})

    def _load(self, body: dict[str, Any]) -> None:
        name = str(body.get("model") or "")
        if self.server_fake.capabilities(name) is None:
            self._json(404, {"error": _not_found(name)})
            return
        self.server_fake.loaded.add(_normalise(name))
        self._json(200, {**_head(name), "response": "", "done": True, "done_reason": "load"})

    def _show(self, body: dict[str, Any]) -> None:
        name = str(body.get("model") or body.get("name") or "")
        capabilities = self.server_fake.capabilities(name)
        if capabilities is None:
            self._json(404, {"error": _not_found(name)})
            return
        self._json(
            200,
            {
                "modelfile": "FROM llama3.1",
                "parameters": "",
                "template": "{{ .Prompt }}",
                "details": _details(),
                "model_info": {"general.architecture": "llama"},
                "capabilities": capabilities,
                "modified_at": CREATED_AT,
            },
        )

    def _chat(self, body: dict[str, Any]) -> None:
        fake = self.server_fake
        model = str(body.get("model") or "")
        capabilities = fake.capabilities(model)
        if capabilities is None:
            self._json(404, {"error": _not_found(model)})
            return
        if body.get("tools") and "tools" not in capabilities:
            self._json(400, {"error": f"registry.ollama.ai/library/{model} does not support tools"})
            return
        step = fake._next_step(body)
        if step is None:
            self._json(500, {"error": "fake ollama: nothing scripted"})
            return
        if step.status != 200:
            self._json(step.status, {"error": step.error})
            return
        if body.get("stream", True):
            self._stream(model, step)
        else:
            self._whole(model, step)

    def _whole(self, model: str, step: Step) -> None:
        fake = self.server_fake
        if step.hang or step.gate_after_first_chunk:
            fake.in_flight.set()
            fake.gate.wait()
        if step.midstream_error:
            self._json(500, {"error": step.midstream_error})
            return
        message: dict[str, Any] = {"role": "assistant", "content": step.content}
        if step.tool_calls:
            message["tool_calls"] = _calls(step)
        self._json(200, {**_head(model), "message": message, **_done(step)})

    def _stream(self, model: str, step: Step) -> None:
        fake = self.server_fake
        self.send_response(200)
        self.send_header("Content-Type", "application/x-ndjson")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for index, line in enumerate(_lines(model, step)):
            if (step.hang and index == 0) or (step.gate_after_first_chunk and index == 1):
                fake.in_flight.set()
                fake.gate.wait()
            data = (json.dumps(line) + "\n").encode()
            try:
                self.wfile.write(b"%X\r\n%s\r\n" % (len(data), data))
                self.wfile.flush()
            except OSError:  # the client went away (cancelled)
                self.close_connection = True
                return
        self.wfile.write(b"0\r\n\r\n")


def _lines(model: str, step: Step) -> Iterator[dict[str, Any]]:
    text = step.content
    size = max(1, step.chunk_size)
    for start in range(0, len(text), size):
        yield {
            **_head(model),
            "message": {"role": "assistant", "content": text[start : start + size]},
            "done": False,
        }
    if step.midstream_error:
        yield {"error": step.midstream_error}
        return
    if step.tool_calls:
        yield {
            **_head(model),
            "message": {"role": "assistant", "content": "", "tool_calls": _calls(step)},
            "done": False,
        }
    yield {**_head(model), "message": {"role": "assistant", "content": ""}, **_done(step)}


def _calls(step: Step) -> list[dict[str, Any]]:
    return [
        {"function": {"name": name, "arguments": arguments}} for name, arguments in step.tool_calls
    ]


def _head(model: str) -> dict[str, Any]:
    return {"model": model, "created_at": CREATED_AT}


def _done(step: Step) -> dict[str, Any]:
    done: dict[str, Any] = {"done": True, "done_reason": "stop"}
    if step.prompt_eval_count is not None:
        done.update(
            total_duration=1_500_000,
            load_duration=100_000,
            prompt_eval_count=step.prompt_eval_count,
            prompt_eval_duration=400_000,
        )
    if step.eval_count is not None:
        done.update(eval_count=step.eval_count, eval_duration=900_000)
    return done


def _details() -> dict[str, Any]:
    return {
        "parent_model": "",
        "format": "gguf",
        "family": "llama",
        "families": ["llama"],
        "parameter_size": "8.0B",
        "quantization_level": "Q4_K_M",
    }


def _tag(name: str) -> dict[str, Any]:
    return {
        "name": name,
        "model": name,
        "modified_at": CREATED_AT,
        "size": 4920753328,
        "digest": "46e0c10c039e019119339687c3c1757cc81b9da49709a3b3924863ba87ca666e",
        "details": _details(),
    }


def _running(name: str) -> dict[str, Any]:
    return {
        **_tag(name),
        "expires_at": "2025-06-09T12:10:00Z",  # ten minutes after the test shop's NOW
        "size_vram": 4920753328,
    }
