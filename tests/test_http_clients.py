"""The desk's HTTP clients: no cookie set in front of an API is sent back; URLs as httpx merges them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import httpx
import pytest

from tests.fakes.fake_ollama import FakeOllama, reply
from tests.fakes.fake_providers import FakeProviders
from vircom_desktop.agent.ollama_client import OllamaClient
from vircom_desktop.channels.twilio import TwilioSender
from vircom_desktop.channels.whatsapp import WhatsAppSender
from vircom_desktop.config import Settings
from vircom_desktop.http_clients import ApiClient

STICKY = {"Set-Cookie": "AWSALB=node-7; Path=/; Max-Age=600"}


def _provider_settings(tmp_path: Path, providers: FakeProviders) -> Settings:
    return Settings(
        data_dir=tmp_path,
        whatsapp_token="graph-token",
        whatsapp_phone_number_id="100200300",
        whatsapp_api_url=providers.url,
        twilio_account_sid="AC0123456789abcdef0123456789abcdef",
        twilio_auth_token="twilio-token",
        twilio_from="whatsapp:+14155238886",
        twilio_api_url=providers.url,
    )


def test_a_cookie_set_by_ollamas_proxy_is_not_sent_back(fake_ollama: FakeOllama) -> None:
    fake_ollama.response_headers = STICKY
    fake_ollama.respond_with(lambda body: reply("Hola"))
    client = OllamaClient(fake_ollama.url, "llama3.1")
    try:
        for _ in range(2):
            client.chat([{"role": "user", "content": "hola"}], [], on_token=lambda text: None)
        assert client.list_models() == ["llama3.1:latest"]
    finally:
        client.close()
    assert len(fake_ollama.requests) == 3
    assert [r.headers.get("cookie") for r in fake_ollama.requests] == [None, None, None]


def test_a_cookie_set_in_front_of_whatsapp_or_twilio_is_not_sent_back(
    tmp_path: Path, providers: FakeProviders
) -> None:
    providers.response_headers = STICKY
    settings = _provider_settings(tmp_path, providers)
    whatsapp, twilio = WhatsAppSender(settings), TwilioSender(settings)
    for _ in range(2):
        whatsapp.send("56911112222", "Hola")
        twilio.send("whatsapp:+56911112222", "Hola")
    sent = providers.wait_for(4)
    assert [s.provider for s in sent] == ["whatsapp", "twilio"] * 2
    assert [s.headers.get("cookie") for s in sent] == [None] * 4


def test_a_send_to_an_api_url_httpx_cannot_parse_fails_the_send_not_the_start(
    tmp_path: Path, providers: FakeProviders
) -> None:
    broken = "https://graph.facebook.com:not-a-port/v21.0"
    settings = replace(_provider_settings(tmp_path, providers), whatsapp_api_url=broken)
    sender = WhatsAppSender(settings)
    with pytest.raises(httpx.InvalidURL):
        sender.send("56911112222", "Hola")


def test_a_new_base_url_is_used_by_the_next_request() -> None:
    first, second = FakeOllama().start(), FakeOllama().start()
    try:
        with ApiClient(base_url=first.url) as client:
            assert client.get("/api/version").status_code == 200
            client.base_url = httpx.URL(second.url)
            assert client.get("/api/version").status_code == 200
        assert [r.path for r in first.requests] == ["/api/version"]
        assert [r.path for r in second.requests] == ["/api/version"]
    finally:
        first.stop()
        second.stop()
