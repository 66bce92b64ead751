"""What OllamaClient puts on the wire is what the official client sends for the same call."""

from __future__ import annotations

import copy

import ollama
import pytest

from tests.fakes.fake_ollama import FakeOllama, Recorded, reply
from vircom_desktop.agent.ollama_client import KEEP_ALIVE, NUM_CTX, TEMPERATURE, OllamaClient
from vircom_desktop.agent.tools import TOOL_SCHEMAS

MESSAGES = [
    {"role": "system", "content": "Eres VircomBot."},
    {"role": "user", "content": "¿Tienen hora el martes?"},
]


def _last_chat(fake: FakeOllama) -> Recorded:
    return [r for r in fake.requests if r.path == "/api/chat"][-1]


@pytest.mark.parametrize("stream", [True, False])
def test_a_chat_request_is_byte_identical_to_the_official_clients(
    fake_ollama: FakeOllama, stream: bool
) -> None:
    fake_ollama.respond_with(lambda body: reply("Sí, a las 9."))
    ours = OllamaClient(fake_ollama.url, "llama3.1")
    for _ in range(2):  # the second request reuses what the first prepared
        ours.chat(MESSAGES, TOOL_SCHEMAS, stream=stream, on_token=lambda text: None)
    sent_by_us = _last_chat(fake_ollama)
    official = ollama.Client(host=fake_ollama.url)
    answer = official.chat(
        model="llama3.1",
        messages=MESSAGES,
        tools=TOOL_SCHEMAS,
        options={"num_ctx": NUM_CTX, "temperature": TEMPERATURE},
        keep_alive=KEEP_ALIVE,
        stream=stream,
    )
    if stream:
        list(answer)
    sent_by_official = _last_chat(fake_ollama)
    assert sent_by_us.path == sent_by_official.path
    assert sent_by_us.raw == sent_by_official.raw
    assert sent_by_us.headers == sent_by_official.headers
    ours.close()
    official.close()


def test_tools_changed_in_place_are_sent_as_they_are_now(fake_ollama: FakeOllama) -> None:
    fake_ollama.respond_with(lambda body: reply("Hola"))
    client = OllamaClient(fake_ollama.url, "llama3.1")
    tools = copy.deepcopy(TOOL_SCHEMAS[:2])
    client.chat(MESSAGES, tools)
    tools[0]["function"]["description"] = "Lista los servicios del taller."
    tools.append(copy.deepcopy(TOOL_SCHEMAS[2]))
    client.chat(MESSAGES, tools)
    client.close()
    first, second = fake_ollama.chat_requests()
    assert first["tools"] == TOOL_SCHEMAS[:2]
    assert second["tools"] == tools
