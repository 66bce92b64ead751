"""Helpers shared by the HTTP handlers: the running core behind a request, access checks, and
bounded, validated request bodies."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from starlette.requests import ClientDisconnect, Request

from vircom_desktop.channels.auth import require_api_access
from vircom_desktop.channels.errors import ApiError
from vircom_desktop.channels.ids import ascii_int

if TYPE_CHECKING:
    from vircom_desktop.runtime import Runtime

MAX_BODY_BYTES = 64 * 1024


def runtime_of(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


def authorize(request: Request) -> None:
    """Private API access check (bearer token, or direct loopback when no token is set)."""
    settings = runtime_of(request).settings
    require_api_access(request, settings.api_token, settings.public_url)


def client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _too_large() -> ApiError:
    return ApiError(413, "payload_too_large", f"the body is over {MAX_BODY_BYTES // 1024} KiB")


async def read_body(request: Request, limit: int = MAX_BODY_BYTES) -> bytes:
    """The raw body, refused with 413 as soon as it grows past `limit` (never buffered whole)."""
    declared = ascii_int(request.headers.get("content-length", ""))
    if declared is not None and declared > limit:
        raise _too_large()
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise _too_large()
            chunks.append(chunk)
    except ClientDisconnect as error:
        raise ApiError(400, "client_disconnected", "the client went away mid-body") from error
    return b"".join(chunks)


def media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";", 1)[0].strip().lower()


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


async def read_json_object(request: Request) -> dict[str, Any]:
    """The body as a JSON object: 415 unless JSON, 413 when too large, 400 when malformed."""
    if media_type(request) != "application/json":
        raise ApiError(415, "unsupported_media_type", "send the body as application/json")
    raw = await read_body(request)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ApiError(400, "invalid_encoding", "the body is not valid UTF-8") from error
    try:
        value = json.loads(text, parse_constant=_reject_constant)
    except RecursionError as error:
        raise ApiError(400, "invalid_json", "the JSON is nested too deeply") from error
    except ValueError as error:
        raise ApiError(400, "invalid_json", f"the body is not valid JSON: {error}") from error
    if not isinstance(value, dict):
        raise ApiError(400, "invalid_json", "the body must be a JSON object")
    return value


def text_field(
    body: dict[str, Any],
    name: str,
    *,
    required: bool,
    max_length: int,
    min_length: int = 1,
) -> str | None:
    """A string field of a JSON body, checked for type and length (400 otherwise)."""
    value = body.get(name)
    if value is None:
        if required:
            raise ApiError(400, "missing_field", f"'{name}' is required")
        return None
    if not isinstance(value, str):
        raise ApiError(400, "invalid_field", f"'{name}' must be a string")
    if "\x00" in value:
        raise ApiError(400, "invalid_field", f"'{name}' must not contain NUL characters")
    if not value.isascii() and _has_lone_surrogate(value):
        raise ApiError(400, "invalid_field", f"'{name}' is not valid Unicode text")
    if len(value.strip()) < min_length:
        raise ApiError(400, "invalid_field", f"'{name}' must not be empty")
    if len(value) > max_length:
        raise ApiError(400, "invalid_field", f"'{name}' is longer than {max_length} characters")
    return value


def _has_lone_surrogate(value: str) -> bool:
    """JSON's \\ud800 escapes decode to text no database can store (it would fail as a 500)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
