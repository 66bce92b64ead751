"""Fixtures of the channel tests: fake Ollama and providers, and a running desk on a free port."""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import httpx
import pytest
from twilio.request_validator import RequestValidator

from tests.conftest import FreezeClock
from tests.fakes.fake_ollama import FakeOllama, reply
from tests.fakes.fake_providers import FakeProviders
from tests.fakes.shop import TUESDAY_10, ZONE, Shop, open_shop
from vircom_desktop import events
from vircom_desktop.config import Settings
from vircom_desktop.domain import booking, conversations, privacy_notice
from vircom_desktop.domain import db as domain_db
from vircom_desktop.domain.models import Conversation
from vircom_desktop.runtime import Runtime

APP_SECRET = "meta-app-secret"
VERIFY_TOKEN = "verify-me"
TWILIO_SID = "AC0123456789abcdef0123456789abcdef"
TWILIO_TOKEN = "twilio-auth-token"
TWILIO_FROM = "whatsapp:+14155238886"
PHONE_NUMBER_ID = "1234567890"
GREETING = "¡Hola! Soy VircomBot. ¿En qué le puedo ayudar?"


def first_reply(text: str = GREETING) -> str:
    """A reply as a new customer gets it: the privacy notice ends it (once per customer)."""
    return f"{text}\n\n{privacy_notice.NOTICE}"


@pytest.fixture
def fake_ollama(fake_ollama: FakeOllama) -> FakeOllama:
    """The shared fake Ollama (tests/conftest.py), greeting every turn a test does not script."""
    fake_ollama.respond_with(lambda body: reply(GREETING))
    return fake_ollama


def desk_settings(tmp_path: Path, ollama_url: str, providers_url: str, **changes: Any) -> Settings:
    settings = Settings(
        data_dir=tmp_path,
        database_url=f"sqlite:///{tmp_path / 'vircom.db'}",
        ollama_url=ollama_url,
        ollama_timeout_seconds=10.0,
        port=0,
        timezone=ZONE,
        whatsapp_verify_token=VERIFY_TOKEN,
        whatsapp_app_secret=APP_SECRET,
        whatsapp_token="graph-token",
        whatsapp_phone_number_id=PHONE_NUMBER_ID,
        whatsapp_api_url=providers_url,
        twilio_account_sid=TWILIO_SID,
        twilio_auth_token=TWILIO_TOKEN,
        twilio_from=TWILIO_FROM,
        twilio_api_url=providers_url,
    )
    return replace(settings, **changes)


@dataclass
class Desk:
    """A running desk: runtime with listener, queue and outbox, plus an HTTP client."""

    runtime: Runtime
    shop: Shop
    ollama: FakeOllama
    providers: FakeProviders
    client: httpx.Client

    @property
    def url(self) -> str:
        assert self.runtime.listener_url is not None
        return self.runtime.listener_url

    def chat(self, sender: str, message: str, **fields: Any) -> httpx.Response:
        return self.client.post(
            "/api/webhook/chat", json={"from": sender, "message": message, **fields}
        )

    def whatsapp(self, payload: dict[str, Any], *, secret: str = APP_SECRET) -> httpx.Response:
        raw = json.dumps(payload).encode()
        return self.client.post(
            "/api/webhook/whatsapp",
            content=raw,
            headers={
                "Content-Type": "application/json",
                "X-Hub-Signature-256": whatsapp_signature(raw, secret),
            },
        )

    def twilio(self, params: dict[str, str], *, token: str = TWILIO_TOKEN) -> httpx.Response:
        url = f"{self.url}/api/webhook/twilio"
        signature = RequestValidator(token).compute_signature(url, params)
        return self.client.post(
            "/api/webhook/twilio", data=params, headers={"X-Twilio-Signature": signature}
        )


def whatsapp_signature(raw: bytes, secret: str = APP_SECRET) -> str:
    return "sha256=" + hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()


def whatsapp_text(sender: str, text: str, wamid: str, name: str = "Juan Pérez") -> dict[str, Any]:
    return whatsapp_payload(
        sender,
        {
            "from": sender,
            "id": wamid,
            "timestamp": "1749477600",
            "type": "text",
            "text": {"body": text},
        },
        name,
    )


def _envelope(value: dict[str, Any]) -> dict[str, Any]:
    """The Cloud API's webhook wrapping around one change's `value`."""
    return {
        "object": "whatsapp_business_account",
        "entry": [{"id": "WABA", "changes": [{"field": "messages", "value": value}]}],
    }


def whatsapp_payload(
    sender: str, message: dict[str, Any], name: str = "Juan Pérez"
) -> dict[str, Any]:
    return _envelope(
        {
            "messaging_product": "whatsapp",
            "metadata": {
                "display_phone_number": "56222222222",
                "phone_number_id": PHONE_NUMBER_ID,
            },
            "contacts": [{"profile": {"name": name}, "wa_id": sender}],
            "messages": [message],
        }
    )


def whatsapp_status(
    wamid: str, status: str, errors: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": wamid,
        "status": status,
        "timestamp": "1749477700",
        "recipient_id": "56911111111",
    }
    if errors:
        entry["errors"] = errors
    return _envelope(
        {
            "messaging_product": "whatsapp",
            "metadata": {"phone_number_id": PHONE_NUMBER_ID},
            "statuses": [entry],
        }
    )


def propose_to_the_whatsapp_customer(desk: Desk) -> tuple[int, int]:
    """Name the customer of the desk's (one) WhatsApp chat and propose them a washer repair
    tomorrow at 10:00, as the bot would; returns (customer id, appointment id)."""
    conversation = Conversation.get(Conversation.channel == "whatsapp")
    customer = conversations.link_customer(
        conversation.id, name="Juan Pérez", address="Los Leones 123"
    )
    request = booking.VisitRequest(
        customer_id=customer.id,
        service_id=desk.shop.washer,
        start=TUESDAY_10,
        address="Los Leones 123",
        issue="No centrifuga",
        conversation_id=conversation.id,
    )
    return customer.id, booking.propose(request).id


DeskFactory = Callable[..., Desk]


@pytest.fixture
def make_desk(
    tmp_path: Path, fake_ollama: FakeOllama, providers: FakeProviders, frozen_clock: FreezeClock
) -> Iterator[DeskFactory]:
    """Start a desk on the test shop; keyword arguments change its settings."""
    desks: list[Desk] = []

    def make(*, workers: int = 1, backoff: float = 0.05, **changes: Any) -> Desk:
        shop = open_shop(tmp_path / "vircom.db")
        settings = desk_settings(tmp_path, fake_ollama.url, providers.url, **changes)
        runtime = Runtime(
            settings=settings, log_path=tmp_path / "vircom.log", agent_workers=workers
        )
        runtime.channels.outbox.backoff_seconds = backoff
        runtime.bind_listener()
        assert runtime.listener is not None
        runtime.listener.start_in_thread()
        assert runtime.listener.started.wait(10), "listener did not start"
        runtime.start_background()
        client = httpx.Client(base_url=runtime.listener.url, timeout=30)
        desk = Desk(runtime, shop, fake_ollama, providers, client)
        desks.append(desk)
        return desk

    yield make
    for desk in desks:
        desk.client.close()
        desk.runtime.stop()
    domain_db.close()


@pytest.fixture
def desk(make_desk: DeskFactory) -> Desk:
    return make_desk()


class EventLog:
    """Everything published on the core hub during a test, waitable by topic and payload."""

    TOPICS = (
        events.APPOINTMENT_CHANGED,
        events.MESSAGE_RECEIVED,
        events.MESSAGE_SENT,
        events.CONVERSATION_CHANGED,
        events.PROPOSAL_CREATED,
        events.OUTBOUND_FAILED,
    )

    def __init__(self) -> None:
        self.records: list[tuple[str, dict[str, Any]]] = []
        self._condition = threading.Condition()
        self._unsubscribers = [
            events.hub.subscribe(topic, functools.partial(self._record, topic))
            for topic in self.TOPICS
        ]

    def _record(self, topic: str, **payload: Any) -> None:
        with self._condition:
            self.records.append((topic, payload))
            self._condition.notify_all()

    def of(self, topic: str, **match: Any) -> list[dict[str, Any]]:
        with self._condition:
            return [
                payload
                for name, payload in self.records
                if name == topic and all(payload.get(k) == v for k, v in match.items())
            ]

    def wait(
        self, topic: str, count: int = 1, timeout: float = 10.0, **match: Any
    ) -> list[dict[str, Any]]:
        deadline = time.monotonic() + timeout
        with self._condition:
            while len(self.of(topic, **match)) < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"no {count}× {topic} {match} in {self.records}")
                self._condition.wait(remaining)
            return self.of(topic, **match)

    def close(self) -> None:
        for unsubscribe in self._unsubscribers:
            unsubscribe()


@pytest.fixture
def hub_events() -> Iterator[EventLog]:
    log = EventLog()
    yield log
    log.close()
