"""The web chat: a widget for the shop's site, a full-page chat, and the two endpoints they use.

A browser holds an unguessable session token; the database keeps only its SHA-256
(`Conversation.session_token_hash`), and a session only ever reads its own conversation.
Browsers from other sites are let in only from the origins in `settings.cors_origins`.
"""

from __future__ import annotations

import hashlib
import secrets
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response

from vircom_desktop.channels import inbound, serialize
from vircom_desktop.channels.errors import ApiError
from vircom_desktop.channels.http import client_ip, read_json_object, runtime_of, text_field
from vircom_desktop.channels.ids import parse_id
from vircom_desktop.channels.outbox import DRAFT, FAILED, PENDING, SENDING
from vircom_desktop.domain import conversations, privacy_notice
from vircom_desktop.domain.models import Conversation, Message

CHANNEL = "webchat"
WEB_DIR = Path(__file__).resolve().parents[2] / "resources" / "web"
MAX_MESSAGE_CHARS = 4000
# Rows a customer does not see: internal notes and replies that have not gone out.
_HIDDEN = (DRAFT, PENDING, SENDING, FAILED)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


# -- CORS ------------------------------------------------------------------------------------


def _own_origins(request: Request) -> set[str]:
    """This listener's origins: as the request reached it, and the public URL's (a proxy may
    end TLS without saying so in X-Forwarded-Proto)."""
    scheme = request.scope.get("scheme", "http")
    origins = {f"{scheme}://{request.headers.get('host', '')}".lower()}
    public_url = runtime_of(request).settings.public_url
    if public_url:
        parts = urlsplit(public_url)
        origins.add(f"{parts.scheme}://{parts.netloc}".lower())
    return origins


def _allowed_origin(request: Request) -> str | None:
    """The Origin to echo back, None for same-origin requests; 403 for a foreign site."""
    origin = request.headers.get("origin")
    if not origin:
        return None
    if origin.lower().rstrip("/") in _own_origins(request):
        return None
    allowed = runtime_of(request).settings.cors_origins
    if "*" in allowed or origin in allowed:
        return origin
    raise ApiError(403, "origin_not_allowed", "web chat is not enabled for this site")


def _cors(response: Response, origin: str | None) -> Response:
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Vary"] = "Origin"
    return response


async def preflight(request: Request) -> Response:
    origin = _allowed_origin(request)
    response = Response(status_code=204)
    if origin:
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type"
        response.headers["Access-Control-Max-Age"] = "600"
    return _cors(response, origin)


# -- assets ----------------------------------------------------------------------------------


async def widget(request: Request) -> Response:
    return FileResponse(
        WEB_DIR / "widget.js",
        media_type="text/javascript; charset=utf-8",
        headers={"Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*"},
    )


async def page(request: Request) -> Response:
    return FileResponse(WEB_DIR / "chat.html", media_type="text/html; charset=utf-8")


# -- messages --------------------------------------------------------------------------------


def _conversation_of(session: str) -> Conversation:
    if not session or len(session) > 200:
        raise ApiError(404, "unknown_session", "unknown web chat session")
    conversation = Conversation.get_or_none(
        (Conversation.channel == CHANNEL) & (Conversation.session_token_hash == token_hash(session))
    )
    if conversation is None:
        raise ApiError(404, "unknown_session", "unknown web chat session")
    return conversation


def _open_session(mode: str) -> tuple[str, Conversation]:
    token = secrets.token_urlsafe(32)
    digest = token_hash(token)
    conversation = conversations.get_or_create(CHANNEL, digest, mode=mode)
    Conversation.update(session_token_hash=digest).where(
        Conversation.id == conversation.id
    ).execute()
    return token, conversation


async def post_message(request: Request) -> Response:
    origin = _allowed_origin(request)
    runtime = runtime_of(request)
    channels = runtime.channels
    channels.address_limit.check(client_ip(request), "address")
    body = await read_json_object(request)
    text = text_field(body, "message", required=True, max_length=MAX_MESSAGE_CHARS)
    name = text_field(body, "name", required=False, max_length=200, min_length=0)
    session = text_field(body, "session", required=False, max_length=200)
    assert text is not None
    if session is None:
        session, conversation = await run_in_threadpool(_open_session, runtime.settings.agent_mode)
    else:
        conversation = await run_in_threadpool(_conversation_of, session)
    channels.session_limit.check(conversation.external_id, "session")
    message = inbound.Inbound(CHANNEL, conversation.external_id, text, None, name or None)
    stored, response = await channels.receive_and_wait(message)
    answer: dict[str, Any] = {
        "session": session,
        "conversation_id": stored.conversation_id,
        "message_id": str(stored.message_id),
        "status": response["body"]["status"],
    }
    if response["body"].get("reply"):
        answer["reply"] = response["body"]["reply"]
    return _cors(JSONResponse(answer), origin)


def _messages(session: str, after: int) -> list[dict[str, Any]]:
    conversation = _conversation_of(session)
    rows = (
        Message.select()
        .where(
            (Message.conversation == conversation.id)
            & (Message.id > after)
            & Message.role.in_(("customer", "bot", "staff"))
            & ((Message.role == "customer") | Message.status.not_in(_HIDDEN))
        )
        .order_by(Message.id)
        .limit(200)
    )
    return [
        {
            "id": str(row.id),
            "role": row.role,
            "text": row.text,
            "created_at": serialize.iso(row.created_at),
        }
        for row in rows
    ]


async def list_messages(request: Request) -> Response:
    origin = _allowed_origin(request)
    session = request.query_params.get("session", "")
    after_param = request.query_params.get("after", "0") or "0"
    after = parse_id(after_param, "after", minimum=0)
    runtime_of(request).channels.poll_limit.check(client_ip(request), "address")
    messages = await run_in_threadpool(_messages, session, after)
    return _cors(JSONResponse({"messages": messages}), origin)


async def notice(request: Request) -> Response:
    """The privacy notice the widget shows under its input (text, and the link if one is set)."""
    origin = _allowed_origin(request)
    url = await run_in_threadpool(
        privacy_notice.notice_url, runtime_of(request).settings.privacy_url
    )
    return _cors(JSONResponse({"text": privacy_notice.NOTICE, "url": url or None}), origin)
