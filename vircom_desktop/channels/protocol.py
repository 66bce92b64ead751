"""uvicorn's h11 protocol with deadlines for slow clients and JSON for its own errors.

uvicorn only times out idle keep-alive connections: a client that sends half a request line, or
headers one byte at a time, or a body that never ends, holds its connection (and a place under
the concurrency limit) for as long as it likes, so a few hundred such sockets lock everyone out.
Here a connection must finish its request line and headers within `HEADER_SECONDS` of being
opened (or of its previous response), and its body within `BODY_SECONDS` of the headers;
otherwise it gets a 408 and is closed. uvicorn's own 400 for malformed HTTP is JSON like every
other error of the API.
"""

from __future__ import annotations

import asyncio
import json
import logging

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

log = logging.getLogger("vircom.channels")

HEADER_SECONDS = 5.0
BODY_SECONDS = 10.0


def json_error_bytes(status: int, reason: str, code: str, message: str) -> bytes:
    """A complete HTTP/1.1 error response that closes the connection, as raw bytes."""
    body = json.dumps({"error": message, "code": code}).encode()
    head = (
        f"HTTP/1.1 {status} {reason}\r\n"
        "content-type: application/json\r\n"
        f"content-length: {len(body)}\r\n"
        "connection: close\r\n\r\n"
    )
    return head.encode("ascii") + body


_HEADER_TIMEOUT = json_error_bytes(
    408, "Request Timeout", "request_timeout", "the request line and headers came too slowly"
)


class GuardedH11Protocol(H11Protocol):
    """H11Protocol plus a header deadline, a body deadline and JSON 400s."""

    _deadline: asyncio.TimerHandle | None = None
    _deadline_kind = ""  # "header" or "body" while a deadline runs
    _got_data = False

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm(HEADER_SECONDS)

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        self._got_data = True
        super().data_received(data)
        self._follow_request()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if self.transport.is_closing():
            return
        # Waiting for the next request on this connection (uvicorn's keep-alive timer runs
        # until its first byte; this deadline until its last header).
        self._got_data = False
        self._arm(HEADER_SECONDS)
        self._follow_request()

    def send_400_response(self, msg: str) -> None:
        self._disarm()
        headers = [(b"content-type", b"application/json"), (b"connection", b"close")]
        body = json.dumps({"error": "malformed HTTP request", "code": "bad_request"}).encode()
        try:
            for event in (
                h11.Response(status_code=400, headers=headers, reason=b"Bad Request"),
                h11.Data(data=body),
                h11.EndOfMessage(),
            ):
                self.transport.write(self.conn.send(event) or b"")
        except h11.LocalProtocolError:
            pass  # a response was already under way: closing is all that is left
        self.transport.close()

    # -- deadlines ---------------------------------------------------------------------------

    def _follow_request(self) -> None:
        """Move from the header deadline to the body deadline to none as the request arrives."""
        state = self.conn.their_state
        if state is h11.SEND_BODY and self._deadline_kind != "body":
            self._arm(BODY_SECONDS, kind="body")
        elif state in (h11.DONE, h11.MUST_CLOSE, h11.CLOSED, h11.ERROR):
            self._disarm()

    def _arm(self, seconds: float, *, kind: str = "header") -> None:
        self._disarm()
        self._deadline_kind = kind
        self._deadline = self.loop.call_later(seconds, self._too_slow)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None
        self._deadline_kind = ""

    def _too_slow(self) -> None:
        kind, self._deadline, self._deadline_kind = self._deadline_kind, None, ""
        if self.transport.is_closing():
            return
        client = f"{self.client[0]}:{self.client[1]}" if self.client else "-"
        log.info("access dropped a slow client=%s (%s not complete in time)", client, kind)
        if kind == "body":
            self._drop_slow_body()
            return
        if self._got_data:
            self.transport.write(_HEADER_TIMEOUT)
        self.transport.close()

    def _drop_slow_body(self) -> None:
        cycle = self.cycle
        if cycle is not None and not cycle.response_started:
            self.transport.write(
                json_error_bytes(
                    408, "Request Timeout", "request_timeout", "the request body came too slowly"
                )
            )
        if cycle is not None:
            # The handler reading the body sees the client gone; its answer is dropped.
            cycle.disconnected = True
            cycle.message_event.set()
        self.transport.close()
