"""A raw HTTP/1.1 client: sends exactly the bytes a hostile client would (httpx would refuse
most of them), one request per connection."""

from __future__ import annotations

import json
import socket
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)

    def is_json_error(self) -> bool:
        """The API's error shape: {"error": str, "code": str}."""
        if not self.headers.get("content-type", "").startswith("application/json"):
            return False
        value = self.json()
        return isinstance(value.get("error"), str) and isinstance(value.get("code"), str)


def address(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    assert parts.hostname is not None and parts.port is not None
    return parts.hostname, parts.port


def request(
    url: str,
    method: str,
    target: bytes | str,
    headers: list[tuple[bytes | str, bytes | str]] | None = None,
    body: bytes = b"",
    *,
    host: bytes | str | None = None,
    timeout: float = 30.0,
) -> Answer:
    """Send one request (Connection: close) and read the whole answer."""
    hostname, port = address(url)
    lines = [_bytes(method) + b" " + _bytes(target) + b" HTTP/1.1"]
    lines.append(b"Host: " + _bytes(host if host is not None else f"{hostname}:{port}"))
    for name, value in headers or []:
        lines.append(_bytes(name) + b": " + _bytes(value))
    if body or method in ("POST", "PUT"):
        lines.append(b"Content-Length: " + str(len(body)).encode())
    lines.append(b"Connection: close")
    raw = b"\r\n".join(lines) + b"\r\n\r\n" + body
    with socket.create_connection((hostname, port), timeout=timeout) as sock:
        sock.sendall(raw)
        return parse(read_all(sock))


def read_all(sock: socket.socket) -> bytes:
    chunks = []
    while chunk := sock.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks)


def parse(raw: bytes) -> Answer:
    head, _, body = raw.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in header_lines:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    if headers.get("transfer-encoding") == "chunked":
        body = _unchunk(body)
    return Answer(int(status_line.split(" ")[1]), headers, body)


def _unchunk(body: bytes) -> bytes:
    out = b""
    while body:
        size_line, _, rest = body.partition(b"\r\n")
        size = int(size_line.split(b";")[0], 16)
        if size == 0:
            break
        out += rest[:size]
        body = rest[size + 2 :]
    return out


def _bytes(value: bytes | str) -> bytes:
    return value if isinstance(value, bytes) else value.encode("utf-8")
