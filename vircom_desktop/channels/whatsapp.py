"""Meta WhatsApp Cloud API: the webhook (verification, signed deliveries) and the sender.

Deliveries are acknowledged with 200 as soon as their messages are stored; the queue answers them.
Messages are de-duplicated by their `wamid`; status callbacks update our outgoing messages and
never reach the model; anything but text gets a polite "text only" reply and is shown to staff.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response

from vircom_desktop.channels import inbound
from vircom_desktop.channels.auth import same_secret
from vircom_desktop.channels.errors import ApiError
from vircom_desktop.channels.http import read_body, runtime_of
from vircom_desktop.channels.outbox import SendError
from vircom_desktop.config import Settings
from vircom_desktop.http_clients import ApiClient

log = logging.getLogger("vircom.channels")

CHANNEL = "whatsapp"
OUTSIDE_WINDOW = 131047  # "Re-engagement message": more than 24 h since the customer wrote
# Types we answer as text; the rest (image, audio, video, document, location, sticker,
# contacts, unsupported) get the text-only reply. Reactions are not messages to answer.
_IGNORED_TYPES = {"reaction", "system", "ephemeral"}
_MEDIA_NAMES = {
    "image": "una imagen",
    "audio": "un audio",
    "video": "un video",
    "document": "un documento",
    "location": "una ubicación",
    "sticker": "un sticker",
    "contacts": "un contacto",
}


def signature_valid(secret: str, body: bytes, header: str) -> bool:
    """X-Hub-Signature-256 is 'sha256=' + HMAC-SHA256(app secret, raw body), hex."""
    scheme, _, given = header.partition("=")
    if scheme != "sha256" or not given:
        return False
    expected = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return same_secret(given.strip().lower(), expected)


@dataclass(frozen=True)
class Delivery:
    messages: list[inbound.Inbound]
    unsupported: list[inbound.Inbound]
    statuses: list[tuple[str, str, str]]  # wamid, status, error
    malformed: list[str]  # parts that could not be read, as (shortened) JSON for the log


# A signed payload is trusted, not well-formed: every part is type-checked before use, so an
# odd delivery is skipped instead of answered with a 500 that Meta would redeliver for days.
def _dicts(value: Any) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _str(value: Any) -> str | None:
    return inbound.clean_text(value) if isinstance(value, str) else None


def _text_of(message: dict[str, Any]) -> str | None:
    kind = message.get("type")
    if kind == "text":
        return _str(_dict(message.get("text")).get("body"))
    if kind == "button":
        return _str(_dict(message.get("button")).get("text"))
    if kind == "interactive":
        interactive = _dict(message.get("interactive"))
        choice = _dict(interactive.get("button_reply") or interactive.get("list_reply"))
        return _str(choice.get("title"))
    return None


def parse_delivery(payload: dict[str, Any]) -> Delivery:
    """The messages and status reports in a webhook payload.

    Each message is read on its own: one that cannot be read (wrong types, no sender or id) is
    listed in `malformed` and the others go on; text with odd characters is cleaned, not lost.
    """
    delivery = Delivery([], [], [], [])
    for entry in _dicts(payload.get("entry")):
        for change in _dicts(entry.get("changes")):
            value = change.get("value")
            if not isinstance(value, dict):
                continue
            names = {
                c["wa_id"]: _str(_dict(c.get("profile")).get("name"))
                for c in _dicts(value.get("contacts"))
                if isinstance(c.get("wa_id"), str)
            }
            for message in _list(value.get("messages")):
                _read_part(
                    delivery, message, functools.partial(_add_message, delivery, names=names)
                )
            for status in _list(value.get("statuses")):
                _read_part(delivery, status, functools.partial(_add_status, delivery))
    return delivery


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _read_part(delivery: Delivery, part: Any, read: Callable[[dict[str, Any]], bool]) -> None:
    try:
        understood = isinstance(part, dict) and read(part)
    except Exception:  # a shape nobody foresaw: this part only, never the delivery
        log.exception("cannot read a part of a WhatsApp delivery")
        understood = False
    if not understood:
        delivery.malformed.append(_shown(part))


def _shown(part: Any) -> str:
    text = json.dumps(part, ensure_ascii=True, default=str)
    return text if len(text) <= 500 else text[:500] + "…"


def _add_status(delivery: Delivery, status: dict[str, Any]) -> bool:
    wamid, state = inbound.usable_key(status.get("id")), inbound.usable_key(status.get("status"))
    if wamid is None or state is None:
        return False
    errors = _dicts(status.get("errors"))
    error = inbound.clean_text(_error_text(errors[0])) if errors else ""
    delivery.statuses.append((wamid, state, error))
    return True


def _add_message(delivery: Delivery, message: dict[str, Any], names: dict[str, str | None]) -> bool:
    """Add the message; False when it cannot be answered (no usable sender or id)."""
    sender = inbound.usable_key(message.get("from"))
    wamid = inbound.usable_key(message.get("id"))
    kind = message.get("type")
    if sender is None or wamid is None:
        return False
    if isinstance(kind, str) and kind in _IGNORED_TYPES:
        return True
    name = (names.get(sender) or "")[: inbound.MAX_KEY_CHARS] or None
    text = _text_of(message)
    if text and text.strip():
        delivery.messages.append(inbound.Inbound(CHANNEL, sender, text[:4000], wamid, name))
        return True
    kind = kind if isinstance(kind, str) else ""
    shown = f"[{_MEDIA_NAMES.get(kind, 'un mensaje que no es texto')}]"
    caption = _str(_dict(message.get(kind)).get("caption")) if kind else None
    if caption:
        shown += " " + caption[:1000]
    delivery.unsupported.append(inbound.Inbound(CHANNEL, sender, shown, wamid, name))
    return True


def _error_text(error: dict[str, Any]) -> str:
    code = error.get("code")
    if code == OUTSIDE_WINDOW:
        return outside_window_reason()
    title = error.get("title") or error.get("message") or "delivery failed"
    return f"WhatsApp error {code}: {title}"


def outside_window_reason(template: str = "") -> str:
    reason = (
        "WhatsApp refused it: more than 24 hours have passed since the customer last wrote "
        "(error 131047), so only an approved template message can be sent"
    )
    if template:
        reason += f"; the template '{template}' was sent instead — resend once the customer replies"
    return reason


async def verify(request: Request) -> Response:
    """GET: Meta's subscription check; answer hub.challenge when the verify token matches."""
    settings = runtime_of(request).settings
    params = request.query_params
    token = params.get("hub.verify_token", "")
    if (
        not settings.whatsapp_verify_token
        or params.get("hub.mode") != "subscribe"
        or not same_secret(token, settings.whatsapp_verify_token)
    ):
        raise ApiError(403, "forbidden", "the verify token does not match")
    return PlainTextResponse(params.get("hub.challenge", ""))


async def webhook(request: Request) -> Response:
    """POST: a signed delivery of messages and/or status reports."""
    runtime = runtime_of(request)
    settings = runtime.settings
    if not settings.whatsapp_enabled:
        raise ApiError(404, "channel_disabled", "WhatsApp is not configured on this desk")
    body = await read_body(request)
    header = request.headers.get("x-hub-signature-256", "")
    if not signature_valid(settings.whatsapp_app_secret, body, header):
        raise ApiError(401, "invalid_signature", "X-Hub-Signature-256 is missing or wrong")
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError) as error:
        raise ApiError(400, "invalid_json", "the body is not valid JSON") from error
    if not isinstance(payload, dict):
        raise ApiError(400, "invalid_json", "the body must be a JSON object")
    delivery = parse_delivery(payload)
    for part in delivery.malformed:
        log.warning("whatsapp: skipped a part of a delivery that cannot be read: %s", part)
    await runtime.channels.receive_many(delivery.messages, delivery.unsupported)
    if delivery.statuses:
        await runtime.channels.record_deliveries(delivery.statuses)
    return JSONResponse({"status": "ok"})


class WhatsAppSender:
    """Sends text through `POST {api}/{phone_number_id}/messages` with the bearer token."""

    def __init__(self, settings: Settings, client: httpx.Client | None = None) -> None:
        self.url = (
            f"{settings.whatsapp_api_url.rstrip('/')}/{settings.whatsapp_phone_number_id}/messages"
        )
        self.token = settings.whatsapp_token
        self.template = settings.whatsapp_template
        self.client = client or ApiClient(timeout=httpx.Timeout(15.0, connect=5.0))

    def send(self, to: str, text: str) -> str:
        payload = {
            "messaging_product": "whatsapp",
            "to": to,
            "type": "text",
            "text": {"body": text},
        }
        try:
            return self._post(payload)
        except SendError as error:
            if error.code != str(OUTSIDE_WINDOW) or not self.template:
                raise
        self._post(self._template_payload(to))
        raise SendError(outside_window_reason(self.template), permanent=True, code="outside_window")

    def send_template(self, to: str, template: dict[str, Any]) -> str:
        """An approved template with body parameters (reminders outside the 24-hour window)."""
        parameters = [{"type": "text", "text": str(value)} for value in template["parameters"]]
        return self._post(
            {
                "messaging_product": "whatsapp",
                "to": to,
                "type": "template",
                "template": {
                    "name": template["name"],
                    "language": {"code": template.get("language") or "es"},
                    "components": [{"type": "body", "parameters": parameters}],
                },
            }
        )

    def _template_payload(self, to: str) -> dict[str, Any]:
        name, _, language = self.template.partition(":")
        return {
            "messaging_product": "whatsapp",
            "to": to,
            "type": "template",
            "template": {"name": name, "language": {"code": language or "es"}},
        }

    def _post(self, payload: dict[str, Any]) -> str:
        try:
            response = self.client.post(
                self.url, json=payload, headers={"Authorization": f"Bearer {self.token}"}
            )
        except httpx.HTTPError as error:
            raise SendError(f"cannot reach WhatsApp: {error}", permanent=False) from error
        if response.status_code >= 400:
            raise _send_error(response)
        try:
            return str(response.json()["messages"][0]["id"])
        except (ValueError, KeyError, IndexError, TypeError) as error:
            raise SendError(
                f"WhatsApp accepted the message but its answer has no id: {response.text[:200]}",
                permanent=True,
            ) from error


def _send_error(response: httpx.Response) -> SendError:
    try:
        error = _dict(_dict(response.json()).get("error"))
    except ValueError:
        error = {}
    code = error.get("code")
    if code == OUTSIDE_WINDOW:
        return SendError(outside_window_reason(), permanent=True, code=str(OUTSIDE_WINDOW))
    message = error.get("message")
    text = f"WhatsApp answered HTTP {response.status_code}: {message or response.text[:200]}"
    # Throttling (HTTP 429, code 130429/131056/80007) and server trouble pass; the rest won't.
    transient = response.status_code in (408, 429) or response.status_code >= 500
    transient = transient or code in (130429, 131056, 80007, 131000)
    return SendError(text, permanent=not transient, code=str(code or response.status_code))
