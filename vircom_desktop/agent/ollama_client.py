"""Talking to Ollama's /api/chat through the official `ollama` package, with explicit limits.

Every request carries the same `options` (context size, temperature) and `keep_alive`: a change
of `num_ctx` reloads the model, and a stable request keeps Ollama's prompt cache warm. No `think`
is sent (llama3.1 answers it with a 400). Every failure is mapped to one `OllamaError` subclass
that says what staff should do.
"""

from __future__ import annotations

import contextlib
import copy
import json
import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx
import ollama
import pydantic
from ollama._client import BaseClient

from vircom_desktop import events
from vircom_desktop.http_clients import ApiClient

from . import slots as model_slots

log = logging.getLogger("vircom.agent")

NUM_CTX = 8192
TEMPERATURE = 0.2
KEEP_ALIVE = "30m"
CONNECT_TIMEOUT_SECONDS = 5.0


class OllamaError(Exception):
    """Ollama could not give an answer; `code` is stable, `hint` tells staff how to fix it."""

    code = "ollama_error"
    hint = "Revise el registro de Ollama (journalctl -u ollama) y vuelva a intentar."


class OllamaUnreachable(OllamaError):
    code = "unreachable"
    hint = "Inicie Ollama (ollama serve) o revise VIRCOM_OLLAMA_URL."


class ModelMissing(OllamaError):
    code = "model_missing"

    def __init__(self, message: str, model: str) -> None:
        super().__init__(message)
        self.hint = f"Descargue el modelo en el servidor de Ollama: ollama pull {model}"


class ModelWithoutTools(OllamaError):
    code = "no_tools"
    hint = "Use un modelo que soporte herramientas, por ejemplo: ollama pull llama3.1"


class OllamaTimeout(OllamaError):
    code = "timeout"
    hint = "El modelo tardó demasiado: revise la carga del servidor o aumente el tiempo de espera."


class Cancelled(Exception):
    """The caller cancelled the request."""


@dataclass(frozen=True)
class ToolCall:
    name: str
    arguments: Any  # untrusted: usually a dict, sometimes not


@dataclass
class ChatReply:
    """One answer of the model, with what it cost (durations in milliseconds, may be None)."""

    content: str = ""
    tool_calls: list[ToolCall] = field(default_factory=list)
    prompt_tokens: int | None = None
    eval_tokens: int | None = None
    total_ms: float | None = None
    wall_ms: float = 0.0


class _OfficialClient(ollama.Client):
    """The official client, on an `ApiClient` instead of the plain httpx client it builds.

    `ollama.Client.__init__` only hands `httpx.Client` to its base class, which builds the client
    from the class it is given (base URL, headers, timeout).
    """

    def __init__(self, host: str, **kwargs: Any) -> None:
        BaseClient.__init__(self, ApiClient, host, **kwargs)


def normalise_model_name(name: str) -> str:
    return name if ":" in name else f"{name}:latest"


class OllamaClient:
    """A chat client for one model on one Ollama server."""

    def __init__(
        self,
        url: str,
        model: str,
        *,
        timeout_seconds: float = 120.0,
        keep_alive: str = KEEP_ALIVE,
        slots: model_slots.ModelSlots | None = None,
    ) -> None:
        self.url = url.rstrip("/")
        self.model = model
        self.keep_alive = keep_alive
        self.slots = slots or model_slots.shared()
        self.options = {"num_ctx": NUM_CTX, "temperature": TEMPERATURE}
        self._client = _OfficialClient(
            self.url, timeout=httpx.Timeout(timeout_seconds, connect=CONNECT_TIMEOUT_SECONDS)
        )
        self._tools: tuple[list[Mapping[str, Any]], list[ollama.Tool]] = ([], [])

    def close(self) -> None:
        self._client.close()

    def chat(
        self,
        messages: Sequence[Mapping[str, Any]],
        tools: Sequence[Mapping[str, Any]],
        *,
        stream: bool = True,
        on_token: Callable[[str], None] | None = None,
        cancel: threading.Event | None = None,
        claim: model_slots.Claim = model_slots.DESK,
    ) -> ChatReply:
        """Ask the model once a slot is free; tokens go to `on_token` as they arrive.

        `claim` says who waits for the answer, which decides who gets the next free slot.
        """
        try:
            with self.slots.slot(claim, cancel):
                return self._chat(messages, tools, stream=stream, on_token=on_token, cancel=cancel)
        except model_slots.SlotCancelled:
            raise Cancelled() from None

    def _chat(
        self,
        messages: Sequence[Mapping[str, Any]],
        tools: Sequence[Mapping[str, Any]],
        *,
        stream: bool,
        on_token: Callable[[str], None] | None,
        cancel: threading.Event | None,
    ) -> ChatReply:
        started = time.perf_counter()
        try:
            with _mapped_errors(self.model):
                request: dict[str, Any] = {
                    "model": self.model,
                    "messages": messages,
                    "tools": self._validated(tools),
                    "options": self.options,
                    "keep_alive": self.keep_alive,
                }
                if stream:
                    reply = self._collect(
                        self._client.chat(**request, stream=True), on_token, cancel
                    )
                else:
                    reply = ChatReply()
                    _absorb(reply, self._client.chat(**request, stream=False), on_token)
        except OllamaError as error:
            # Status bars follow the last real request, not only the periodic check.
            events.hub.publish(events.MODEL_STATUS, status=error.code)
            raise
        events.hub.publish(events.MODEL_STATUS, status="ok")
        reply.wall_ms = (time.perf_counter() - started) * 1000
        return reply

    def _validated(self, tools: Sequence[Mapping[str, Any]]) -> list[ollama.Tool]:
        """The tools as `ollama.Tool`s, validated once for as long as they stay the same.

        The official client validates every schema of every request otherwise; a `Tool` it is
        given is sent as it is, so the request's bytes do not change.
        """
        seen, validated = self._tools
        if seen == list(tools):
            return validated
        validated = [ollama.Tool.model_validate(tool) for tool in tools]
        self._tools = (copy.deepcopy(list(tools)), validated)
        return validated

    def _collect(
        self,
        chunks: Iterable[ollama.ChatResponse],
        on_token: Callable[[str], None] | None,
        cancel: threading.Event | None,
    ) -> ChatReply:
        reply = ChatReply()
        iterator = iter(chunks)
        try:
            for chunk in iterator:
                if cancel is not None and cancel.is_set():
                    raise Cancelled()
                _absorb(reply, chunk, on_token)
        finally:
            close = getattr(iterator, "close", None)
            if close is not None:
                close()  # ends the HTTP stream when we stop early
        return reply

    def list_models(self) -> list[str]:
        """The names of the models installed on the server, sorted (raises `OllamaError`)."""
        with _mapped_errors(self.model):
            listed = self._client.list()
        return sorted(m.model for m in listed.models if m.model)

    def check_model(self) -> str:
        """'ok', 'unreachable', 'model_missing' or 'no_tools' (for /api/health and doctor)."""
        try:
            with _mapped_errors(self.model):
                listed = self._client.list()
                wanted = normalise_model_name(self.model)
                names = {normalise_model_name(m.model or "") for m in listed.models}
                if wanted not in names:
                    return ModelMissing.code
                shown = self._client.show(self.model)
        except ModelMissing:
            return ModelMissing.code
        except OllamaError as error:
            log.info("Ollama check failed: %s", error)
            return OllamaUnreachable.code
        if shown.capabilities is not None and "tools" not in shown.capabilities:
            return ModelWithoutTools.code
        return "ok"

    def is_loaded(self) -> bool:
        """Whether Ollama holds the model in memory now (`/api/ps`)."""
        wanted = normalise_model_name(self.model)
        with _mapped_errors(self.model):
            running = self._client.ps()
        return any(normalise_model_name(m.model or "") == wanted for m in running.models)

    def preload(self, claim: model_slots.Claim = model_slots.BACKGROUND) -> None:
        """Load the model (or renew its keep-alive): a generate request without a prompt.

        It takes a model slot like any request (background class by default): a load keeps
        the model busy, so it waits behind the desk's drafts and the customers' turns.
        """
        with self.slots.slot(claim), _mapped_errors(self.model):
            self._client.generate(model=self.model, keep_alive=self.keep_alive)


def installed_models(url: str, timeout_seconds: float = 5.0) -> list[str]:
    """The models an Ollama server has installed, by name (Ajustes' connection test)."""
    client = OllamaClient(url, "", timeout_seconds=timeout_seconds)
    try:
        return client.list_models()
    finally:
        client.close()


def _absorb(
    reply: ChatReply, chunk: ollama.ChatResponse, on_token: Callable[[str], None] | None
) -> None:
    message = chunk.message
    if message.content:
        reply.content += message.content
        if on_token is not None:
            on_token(message.content)
    for call in message.tool_calls or ():
        reply.tool_calls.append(ToolCall(call.function.name, dict(call.function.arguments)))
    if chunk.prompt_eval_count is not None:
        reply.prompt_tokens = chunk.prompt_eval_count
    if chunk.eval_count is not None:
        reply.eval_tokens = chunk.eval_count
    if chunk.total_duration is not None:
        reply.total_ms = chunk.total_duration / 1_000_000


@contextlib.contextmanager
def _mapped_errors(model: str) -> Iterator[None]:
    """Turns the ollama package's and httpx's exceptions into the OllamaError family."""
    try:
        yield
    except (Cancelled, OllamaError):
        raise
    except Exception as error:
        translated = _translate(error, model)
        if translated is None:
            raise
        raise translated from error


def _translate(error: BaseException, model: str) -> OllamaError | None:
    if isinstance(error, ollama.ResponseError):
        text = str(error.error)
        if error.status_code == 404:
            return ModelMissing(f"model {model!r} is not pulled: {text}", model)
        if error.status_code == 400 and "does not support tools" in text:
            return ModelWithoutTools(f"model {model!r} does not support tools")
        status = "mid-stream" if error.status_code == -1 else f"HTTP {error.status_code}"
        return OllamaError(f"Ollama error ({status}): {text}")
    if isinstance(error, httpx.ConnectTimeout | httpx.ConnectError | ConnectionError):
        return OllamaUnreachable(f"cannot connect to Ollama: {error}")
    if isinstance(error, httpx.TimeoutException):
        return OllamaTimeout(f"Ollama did not answer in time ({type(error).__name__})")
    if isinstance(error, httpx.TransportError):
        return OllamaUnreachable(f"connection to Ollama failed: {error}")
    if isinstance(error, pydantic.ValidationError | json.JSONDecodeError):
        return OllamaError(f"Ollama sent a response that is not valid: {error}")
    return None
