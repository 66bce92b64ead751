"""The generic chat webhook (`POST /api/webhook/chat`) and `GET /api/conversations/{id}`."""

from __future__ import annotations

import re
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse

from vircom_desktop.channels import inbound, serialize
from vircom_desktop.channels.errors import ApiError
from vircom_desktop.channels.http import authorize, read_json_object, runtime_of, text_field
from vircom_desktop.channels.ids import parse_id
from vircom_desktop.domain import conversations
from vircom_desktop.domain.models import Conversation, Customer

MAX_MESSAGE_CHARS = 4000
# Channels with their own endpoint (and outbound sender) cannot be claimed by the generic one.
RESERVED_CHANNELS = frozenset({"whatsapp", "twilio", "webchat", "desk"})
_CHANNEL = re.compile(r"[a-z][a-z0-9_-]{0,19}")


def parse_chat(body: dict[str, Any]) -> inbound.Inbound:
    sender = text_field(body, "from", required=True, max_length=200)
    text = text_field(body, "message", required=True, max_length=MAX_MESSAGE_CHARS)
    name = text_field(body, "name", required=False, max_length=200, min_length=0)
    message_id = text_field(body, "message_id", required=False, max_length=200)
    channel = text_field(body, "channel", required=False, max_length=20) or "api"
    if not _CHANNEL.fullmatch(channel):
        raise ApiError(400, "invalid_field", "'channel' must be lowercase letters, digits, - or _")
    if channel in RESERVED_CHANNELS:
        raise ApiError(400, "reserved_channel", f"channel '{channel}' has its own endpoint")
    assert sender is not None and text is not None
    return inbound.Inbound(
        channel=channel,
        sender=sender.strip(),
        text=text,
        external_id=message_id,
        name=name.strip() if name else None,
    )


async def chat_webhook(request: Request) -> JSONResponse:
    runtime = runtime_of(request)
    authorize(request)
    message = parse_chat(await read_json_object(request))
    # A retry of an answered message gets its answer whatever the sender's rate: idempotency
    # comes before rate limiting.
    known = await run_in_threadpool(inbound.known_response, message)
    if known:
        return JSONResponse(known["body"], status_code=known["http_status"])
    runtime.channels.sender_limit.check(f"{message.channel}:{message.sender}", "sender")
    _, response = await runtime.channels.receive_and_wait(message)
    return JSONResponse(response["body"], status_code=response["http_status"])


def _conversation_view(conversation_id: int) -> dict[str, Any]:
    conversation = Conversation.get_or_none(Conversation.id == conversation_id)
    if conversation is None:
        raise ApiError(404, "not_found", f"no conversation with id {conversation_id}")
    customer = None
    if conversation.customer_id is not None:
        row = Customer.get_by_id(conversation.customer_id)
        customer = {"id": row.id, "name": row.name, "phone": row.phone}
    return {
        "id": conversation.id,
        "channel": conversation.channel,
        "customer": customer,
        "status": conversation.status,
        "mode": conversation.mode,
        "messages": [
            {
                "id": message.id,
                "role": message.role,
                "text": message.text,
                "status": message.status,
                "created_at": serialize.iso(message.created_at),
            }
            for message in conversations.history(conversation.id)
        ],
    }


async def conversation(request: Request) -> JSONResponse:
    authorize(request)
    conversation_id = parse_id(request.path_params["conversation_id"], "id")
    return JSONResponse(await run_in_threadpool(_conversation_view, conversation_id))
