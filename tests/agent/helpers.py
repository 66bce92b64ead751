"""Small helpers shared by the agent's tests."""

from __future__ import annotations

import json
from typing import Any

from vircom_desktop.agent.tools import Toolbox
from vircom_desktop.domain import conversations


def start_chat(text: str, *, channel: str = "api", sender: str = "+56933334444") -> int:
    """A conversation whose latest message is the customer's `text`; returns its id."""
    conversation = conversations.get_or_create(channel, sender)
    conversations.add_message(conversation.id, "customer", text, status="received")
    return conversation.id


def run_tool(conversation_id: int, name: str, arguments: Any) -> dict[str, Any]:
    result = json.loads(Toolbox(conversation_id).run(name, arguments).result)
    assert isinstance(result, dict)
    return result


BOOKING = {
    "client_data": {"name": "Marta Díaz", "address": "Av. Italia 1234, Providencia"},
    "date": "2025-06-10T10:00",
    "issue": "La lavadora no centrifuga",
    "service": "2",
}
