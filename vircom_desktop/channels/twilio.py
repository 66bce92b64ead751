"""Twilio WhatsApp: the signed, form-encoded webhook and the REST Messages API sender."""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
from collections.abc import Iterable
from urllib.parse import parse_qsl, urlsplit, urlunsplit

import httpx
from starlette.requests import Request
from starlette.responses import Response

from vircom_desktop.channels import inbound
from vircom_desktop.channels.auth import same_secret
from vircom_desktop.channels.errors import ApiError
from vircom_desktop.channels.http import media_type, read_body, runtime_of
from vircom_desktop.channels.ids import ascii_int
from vircom_desktop.channels.outbox import SendError
from vircom_desktop.config import Settings
from vircom_desktop.http_clients import ApiClient

log = logging.getLogger("vircom.channels")

CHANNEL = "twilio"
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>'
_DEFAULT_PORTS = {"http": 80, "https": 443}


def compute_signature(auth_token: str, url: str, params: Iterable[tuple[str, str]]) -> str:
    """Twilio's X-Twilio-Signature: base64 HMAC-SHA1 of the URL and the sorted parameters."""
    values: dict[str, set[str]] = {}
    for key, value in params:
        values.setdefault(key, set()).add(value)
    data = url + "".join(key + value for key in sorted(values) for value in sorted(values[key]))
    digest = hmac.new(auth_token.encode(), data.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()


def _url_variants(url: str) -> list[str]:
    """The URL with and without its default port (Twilio signs either, depending on setup)."""
    try:
        parts = urlsplit(url)
        explicit_port = parts.port
    except ValueError:  # a Host header with a port that is no port: only the URL as given
        return [url]
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    port = explicit_port or _DEFAULT_PORTS.get(parts.scheme)
    netloc = f"{host}:{port}" if port else host
    with_port = urlunsplit(parts._replace(netloc=netloc))
    without = (
        urlunsplit(parts._replace(netloc=host)) if port == _DEFAULT_PORTS.get(parts.scheme) else url
    )
    return list(dict.fromkeys([url, with_port, without]))


def signature_valid(
    auth_token: str, url: str, params: list[tuple[str, str]], signature: str
) -> bool:
    if not signature:
        return False
    return any(
        same_secret(signature, compute_signature(auth_token, variant, params))
        for variant in _url_variants(url)
    )


def signed_url(request: Request, public_url: str) -> str:
    """The URL Twilio requested: behind a proxy, VIRCOM_PUBLIC_URL + path (+ query).

    Built from the ASGI scope as text: parsing a client's Host header could raise.
    """
    scope = request.scope
    query_bytes: bytes = scope.get("query_string", b"")
    query = f"?{query_bytes.decode('latin-1')}" if query_bytes else ""
    if public_url:
        return public_url.rstrip("/") + scope["path"] + query
    host = request.headers.get("host", "")
    return f"{scope.get('scheme', 'http')}://{host}{scope['path']}{query}"


def parse_message(params: dict[str, str]) -> tuple[inbound.Inbound | None, bool]:
    """The customer's message and whether it is text only (False: media without text).

    None when the form names no usable sender or message id (nothing to answer); the caller
    logs it and acknowledges, so Twilio does not retry it forever.
    """
    sid = inbound.usable_key(params.get("MessageSid", ""))
    sender = inbound.usable_key(params.get("From", ""))
    if sid is None or sender is None:
        return None, True
    body = inbound.clean_text(params.get("Body", "")).strip()
    name = inbound.clean_text(params.get("ProfileName", ""))[: inbound.MAX_KEY_CHARS] or None
    if body:
        return inbound.Inbound(CHANNEL, sender, body[:4000], sid, name), True
    if (ascii_int(params.get("NumMedia", "0")) or 0) > 0:
        return inbound.Inbound(CHANNEL, sender, "[un archivo adjunto]", sid, name), False
    return None, True


async def webhook(request: Request) -> Response:
    runtime = runtime_of(request)
    settings = runtime.settings
    if not settings.twilio_enabled:
        raise ApiError(404, "channel_disabled", "Twilio is not configured on this desk")
    if media_type(request) != "application/x-www-form-urlencoded":
        raise ApiError(
            415, "unsupported_media_type", "Twilio posts application/x-www-form-urlencoded"
        )
    raw = await read_body(request)
    try:
        params = parse_qsl(raw.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
    except (UnicodeDecodeError, ValueError) as error:
        raise ApiError(400, "invalid_form", "the body is not a valid form") from error
    url = signed_url(request, settings.public_url)
    signature = request.headers.get("x-twilio-signature", "")
    if not signature_valid(settings.twilio_auth_token, url, params, signature):
        raise ApiError(403, "invalid_signature", "X-Twilio-Signature is missing or wrong")
    fields = dict(params)
    message, is_text = parse_message(fields)
    if message is None and fields.get("Body", "").strip():
        log.warning(
            "twilio: skipped a message without a usable sender or id: From=%r MessageSid=%r",
            fields.get("From", "")[:200],
            fields.get("MessageSid", "")[:200],
        )
    if message is not None:
        texts, others = ([message], []) if is_text else ([], [message])
        await runtime.channels.receive_many(texts, others)
    return Response(EMPTY_TWIML, media_type="text/xml")


class TwilioSender:
    """Sends through `POST {api}/2010-04-01/Accounts/{sid}/Messages.json` with basic auth."""

    def __init__(self, settings: Settings, client: httpx.Client | None = None) -> None:
        base = settings.twilio_api_url.rstrip("/")
        self.url = f"{base}/2010-04-01/Accounts/{settings.twilio_account_sid}/Messages.json"
        self.auth = (settings.twilio_account_sid, settings.twilio_auth_token)
        self.sender = settings.twilio_from
        self.client = client or ApiClient(timeout=httpx.Timeout(15.0, connect=5.0))

    def send(self, to: str, text: str) -> str:
        try:
            response = self.client.post(
                self.url, data={"From": self.sender, "To": to, "Body": text}, auth=self.auth
            )
        except httpx.HTTPError as error:
            raise SendError(f"cannot reach Twilio: {error}", permanent=False) from error
        if response.status_code >= 400:
            try:
                detail = response.json()
            except ValueError:
                detail = {}
            message = detail.get("message") if isinstance(detail, dict) else None
            transient = response.status_code in (408, 429) or response.status_code >= 500
            raise SendError(
                f"Twilio answered HTTP {response.status_code}: {message or response.text[:200]}",
                permanent=not transient,
                code=str(detail.get("code", "")) if isinstance(detail, dict) else "",
            )
        try:
            return str(response.json()["sid"])
        except (ValueError, KeyError, TypeError) as error:
            raise SendError(
                f"Twilio accepted the message but its answer has no sid: {response.text[:200]}",
                permanent=True,
            ) from error
