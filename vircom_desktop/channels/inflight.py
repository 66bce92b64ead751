"""A cap on requests in progress, answered with the API's JSON 503 instead of uvicorn's text.

uvicorn's own `limit_concurrency` counts open connections, idle or half-sent ones included,
and answers everyone a plain-text 503 once a few slow clients hold them. Here only requests
the app is working on count; slow clients are dropped by `channels.protocol`'s deadlines.
"""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Receive, Scope, Send

MAX_IN_FLIGHT = 500
_BODY = json.dumps(
    {"error": "the desk is busy; retry in a moment", "code": "service_unavailable"}
).encode()


class InFlightLimit:
    """Pure ASGI middleware: at most `limit` HTTP requests inside the app at once."""

    def __init__(self, app: ASGIApp, limit: int = MAX_IN_FLIGHT) -> None:
        self.app = app
        self.limit = limit
        self.active = 0  # the event loop is single-threaded: no lock needed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.active >= self.limit:
            await send(
                {
                    "type": "http.response.start",
                    "status": 503,
                    "headers": [
                        (b"content-type", b"application/json"),
                        (b"content-length", str(len(_BODY)).encode()),
                        (b"retry-after", b"5"),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": _BODY})
            return
        self.active += 1
        try:
            await self.app(scope, receive, send)
        finally:
            self.active -= 1
