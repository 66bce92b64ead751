"""Class 5: slow and half-open clients are dropped on a deadline, so they never lock out real
customers; errors made before the app (malformed HTTP) are JSON too.

A bounded number of sockets on loopback: enough to have locked out everyone under uvicorn's
connection-counting limit, few enough for a shared CI machine.
"""

from __future__ import annotations

import json
import selectors
import socket
import time

from tests.security import raw
from tests.security.conftest import Serve
from vircom_desktop.channels.protocol import BODY_SECONDS, HEADER_SECONDS

SILENT, HALF_HEADERS, TRICKLED_BODY = 100, 150, 50
GRACE = 15.0  # on top of the deadlines, for a loaded machine


def _open(server: Serve, first_bytes: bytes) -> socket.socket:
    sock = socket.create_connection((server.host, server.port), timeout=10)
    if first_bytes:
        sock.sendall(first_bytes)
    return sock


def _wait_all_closed(sockets: dict[socket.socket, bytes], seconds: float) -> None:
    """Read every socket until the server closes it (AssertionError after `seconds`)."""
    selector = selectors.DefaultSelector()
    for sock in sockets:
        sock.setblocking(False)
        selector.register(sock, selectors.EVENT_READ)
    deadline = time.monotonic() + seconds
    open_count = len(sockets)
    while open_count:
        remaining = deadline - time.monotonic()
        assert remaining > 0, f"{open_count} slow sockets still open after {seconds:.0f} s"
        for key, _ in selector.select(remaining):
            sock = key.fileobj
            assert isinstance(sock, socket.socket)
            try:
                chunk = sock.recv(65536)
            except ConnectionResetError:
                chunk = b""
            if chunk:
                sockets[sock] += chunk
                continue
            selector.unregister(sock)
            open_count -= 1
    selector.close()


def test_slow_clients_are_dropped_and_never_lock_out_customers(open_server: Serve) -> None:
    host = f"Host: {open_server.host}:{open_server.port}\r\n".encode()
    slow: dict[socket.socket, bytes] = {}
    kinds: dict[socket.socket, str] = {}
    try:
        for _ in range(SILENT):
            sock = _open(open_server, b"")
            slow[sock], kinds[sock] = b"", "silent"
        for _ in range(HALF_HEADERS):
            sock = _open(open_server, b"GET /api/health HTTP/1.1\r\n" + host + b"X-Slow: 1")
            slow[sock], kinds[sock] = b"", "headers"
        for _ in range(TRICKLED_BODY):
            sock = _open(
                open_server,
                b"POST /api/webhook/chat HTTP/1.1\r\n"
                + host
                + b"Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{",
            )
            slow[sock], kinds[sock] = b"", "body"

        # Real customers are served while the slow sockets hang.
        health = open_server.get("/api/health")
        assert health.status == 200
        chat = open_server.post_json("/api/webchat/messages", {"message": "Hola"})
        assert chat.status == 200, chat

        _wait_all_closed(slow, HEADER_SECONDS + BODY_SECONDS + GRACE)
    finally:
        for sock in slow:
            sock.close()

    for sock, kind in kinds.items():
        received = slow[sock]
        if kind == "silent":
            assert received == b""
            continue
        answer = raw.parse(received)
        assert answer.status == 408, (kind, received[:200])
        assert json.loads(answer.body)["code"] == "request_timeout"
    assert open_server.get("/api/health").status == 200


def test_keep_alive_connections_get_the_same_deadline_for_their_next_request(
    open_server: Serve,
) -> None:
    with socket.create_connection((open_server.host, open_server.port), timeout=30) as sock:
        host = f"Host: {open_server.host}:{open_server.port}\r\n".encode()
        sock.sendall(b"GET /api/health HTTP/1.1\r\n" + host + b"\r\n")
        first = b""
        while b'"ollama"' not in first:
            first += sock.recv(65536)
        sock.sendall(b"GET /api/health HTTP/1.1\r\n")  # ...and never the rest
        rest = raw.read_all(sock)  # returns once the server closes the connection
    assert raw.parse(rest).status == 408


def test_malformed_http_gets_a_json_400(open_server: Serve) -> None:
    for request in (
        b"GARBAGE\r\n\r\n",
        b"GET /api/health HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n",
        b"POST /api/webhook/chat HTTP/1.1\r\nHost: x\r\nContent-Length: \xc2\xb2\r\n\r\n",
    ):
        with socket.create_connection((open_server.host, open_server.port), timeout=30) as sock:
            sock.sendall(request)
            answer = raw.parse(raw.read_all(sock))
        assert answer.status == 400 and answer.is_json_error(), (request[:40], answer)
