"""Requests in progress are capped by the app, with the API's JSON 503 (uvicorn's own limit
counted idle connections and answered in plain text)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from vircom_desktop.channels.inflight import InFlightLimit


def test_over_the_cap_a_request_gets_a_json_503_and_the_rest_go_on() -> None:
    async def scenario() -> tuple[list[int], dict[str, Any]]:
        release = asyncio.Event()
        started = asyncio.Event()

        async def slow_app(scope: Any, receive: Any, send: Any) -> None:
            started.set()
            await release.wait()
            await send({"type": "http.response.start", "status": 200, "headers": []})
            await send({"type": "http.response.body", "body": b"ok"})

        limit = InFlightLimit(slow_app, limit=1)
        sent: list[list[dict[str, Any]]] = [[], []]

        def sender(index: int) -> Any:
            async def send(message: dict[str, Any]) -> None:
                sent[index].append(message)

            return send

        scope = {"type": "http", "method": "GET", "path": "/"}
        first = asyncio.create_task(limit(scope, None, sender(0)))  # type: ignore[arg-type]
        await started.wait()
        await limit(scope, None, sender(1))  # type: ignore[arg-type]
        release.set()
        await first
        statuses = [messages[0]["status"] for messages in sent]
        return statuses, json.loads(sent[1][1]["body"])

    statuses, body = asyncio.run(scenario())
    assert statuses == [200, 503]
    assert body["code"] == "service_unavailable"
