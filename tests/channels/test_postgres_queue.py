"""The durable queue on PostgreSQL: deliveries stored, each processed once, replies sent."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.channels.conftest import (
    EventLog,
    desk_settings,
    first_reply,
    whatsapp_signature,
    whatsapp_text,
)
from tests.conftest import FreezeClock
from tests.fakes.fake_ollama import FakeOllama
from tests.fakes.fake_providers import FakeProviders
from tests.fakes.shop import ZONE
from vircom_desktop import events
from vircom_desktop.channels import inbound
from vircom_desktop.domain import db
from vircom_desktop.domain.models import Conversation, Customer, Message
from vircom_desktop.domain.startup import open_database
from vircom_desktop.runtime import Runtime

CUSTOMERS = ("56911111111", "56922222222", "56933333333")


@pytest.fixture
def pg_runtime(
    tmp_path: Path,
    postgres_db_url: str,
    fake_ollama: FakeOllama,
    providers: FakeProviders,
    frozen_clock: FreezeClock,
) -> Iterator[Runtime]:
    """A desk serving on a free port with its database on PostgreSQL."""
    settings = desk_settings(tmp_path, fake_ollama.url, providers.url, database_url=postgres_db_url)
    open_database(postgres_db_url, timezone=ZONE)
    runtime = Runtime(settings=settings, log_path=tmp_path / "vircom.log")
    runtime.bind_listener()
    assert runtime.listener is not None
    runtime.listener.start_in_thread()
    assert runtime.listener.started.wait(10), "listener did not start"
    runtime.start_background()
    yield runtime
    runtime.stop()
    db.close()


def _post(client: httpx.Client, sender: str, text: str, wamid: str) -> httpx.Response:
    raw = json.dumps(whatsapp_text(sender, text, wamid, name=f"Cliente {sender[-1]}")).encode()
    return client.post(
        "/api/webhook/whatsapp",
        content=raw,
        headers={
            "Content-Type": "application/json",
            "X-Hub-Signature-256": whatsapp_signature(raw),
        },
    )


def test_whatsapp_deliveries_on_postgres_are_answered_once(
    pg_runtime: Runtime, providers: FakeProviders, fake_ollama: FakeOllama, hub_events: EventLog
) -> None:
    assert db.is_postgres()
    assert pg_runtime.listener_url is not None
    with httpx.Client(base_url=pg_runtime.listener_url, timeout=30) as client:
        for number, sender in enumerate(CUSTOMERS):
            assert _post(
                client, sender, "Hola, necesito un técnico", f"wamid.pg-{number}"
            ).is_success
        # The provider delivers again: stored once, answered once.
        assert _post(client, CUSTOMERS[0], "Hola, necesito un técnico", "wamid.pg-0").is_success

        sent = providers.wait_for(len(CUSTOMERS))
        assert sorted(s.to for s in sent) == sorted(CUSTOMERS)
        assert {s.text for s in sent} == {first_reply()}

        # A second message of a returning sender, once the first was answered.
        assert _post(client, CUSTOMERS[1], "¿Y cuánto cuesta?", "wamid.pg-9").is_success
        sent = providers.wait_for(len(CUSTOMERS) + 1)
        hub_events.wait(events.MESSAGE_SENT, count=len(CUSTOMERS) + 1)

    customer_messages = list(Message.select().where(Message.role == "customer"))
    assert len(customer_messages) == len(CUSTOMERS) + 1
    assert {m.status for m in customer_messages} == {inbound.ANSWERED}
    assert {m.attempts for m in customer_messages} == {1}  # claimed and processed once
    replies = list(Message.select().where(Message.role == "bot"))
    assert len(replies) == len(sent) == len(CUSTOMERS) + 1
    assert {r.status for r in replies} == {"sent"}
    assert len(fake_ollama.chat_requests()) == len(CUSTOMERS) + 1
    # Each sender has one conversation, linked to a customer found by its own phone.
    conversations = list(Conversation.select().where(Conversation.channel == "whatsapp"))
    assert len(conversations) == len(CUSTOMERS)
    phones = {Customer.get_by_id(c.customer_id).phone for c in conversations}
    assert phones == {"+" + customer for customer in CUSTOMERS}  # stored as E.164
