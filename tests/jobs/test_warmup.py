"""The model warm-up job: during business hours the model is loaded before customers write."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FreezeClock
from tests.fakes.fake_ollama import FakeOllama
from tests.jobs.conftest import NOW, Shop
from vircom_desktop import events
from vircom_desktop.config import Settings
from vircom_desktop.domain import clock
from vircom_desktop.jobs.warmup import KEEP_ALIVE, keep_model_warm, within_business_hours

OPEN = NOW + timedelta(hours=1)  # Monday 09:00, the shop has just opened


@pytest.fixture
def ollama(fake_ollama: FakeOllama, shop: Shop, frozen_clock: FreezeClock) -> FakeOllama:
    """The shared fake Ollama, the shop open: Monday 09:00 (warm-up waits for business hours)."""
    frozen_clock(OPEN)
    return fake_ollama


@pytest.fixture
def states() -> Iterator[list[str]]:
    seen: list[str] = []
    unsubscribe = events.hub.subscribe(
        events.MODEL_STATE, lambda **payload: seen.append(payload["state"])
    )
    yield seen
    unsubscribe()


def _settings(tmp_path: Path, url: str) -> Settings:
    return Settings(data_dir=tmp_path, ollama_url=url, ollama_model="llama3.1")


def _loads(server: FakeOllama) -> list[Any]:
    return [r.body for r in server.requests if r.path == "/api/generate"]


def test_a_cold_model_is_loaded_and_the_desk_is_told(
    shop: Shop, ollama: FakeOllama, states: list[str], tmp_path: Path
) -> None:
    settings = _settings(tmp_path, ollama.url)

    assert keep_model_warm(lambda: settings) == "loaded"
    assert states == ["loading", "ok"]
    (load,) = _loads(ollama)
    assert load["model"] == "llama3.1" and load["keep_alive"] == KEEP_ALIVE
    assert "prompt" not in load or not load["prompt"]

    assert keep_model_warm(lambda: settings) == "renewed"  # loaded: only the keep-alive renews
    assert states == ["loading", "ok", "ok"]
    assert len(_loads(ollama)) == 2


def test_nothing_is_loaded_outside_business_hours(
    shop: Shop, ollama: FakeOllama, tmp_path: Path
) -> None:
    clock.freeze(NOW + timedelta(hours=12))  # 20:00
    assert keep_model_warm(lambda: _settings(tmp_path, ollama.url)) == "closed"
    assert ollama.requests == []


def test_warming_starts_half_an_hour_before_opening(shop: Shop) -> None:
    monday_8_29 = NOW + timedelta(minutes=29)
    assert not within_business_hours(monday_8_29)
    assert within_business_hours(monday_8_29 + timedelta(minutes=1))
    assert not within_business_hours(NOW + timedelta(days=6))  # Sunday


def test_an_unreachable_ollama_is_reported_not_raised(
    shop: Shop, frozen_clock: FreezeClock, states: list[str], tmp_path: Path
) -> None:
    frozen_clock(OPEN)
    settings = _settings(tmp_path, "http://127.0.0.1:9")
    assert keep_model_warm(lambda: settings) == "unreachable"
    assert states == ["unreachable"]


def test_a_missing_model_is_reported_as_such(
    shop: Shop, ollama: FakeOllama, states: list[str], tmp_path: Path
) -> None:
    ollama.models = {}
    assert keep_model_warm(lambda: _settings(tmp_path, ollama.url)) == "model_missing"
    assert states == ["loading", "model_missing"]


def test_the_load_waits_for_a_model_slot_behind_the_desk(
    shop: Shop, ollama: FakeOllama, tmp_path: Path
) -> None:
    import threading
    import time

    from vircom_desktop.agent import slots

    settings = _settings(tmp_path, ollama.url)
    busy = slots.shared().request(slots.DESK)  # a draft is talking to the model
    assert busy.granted.is_set()
    outcome: list[str] = []
    worker = threading.Thread(target=lambda: outcome.append(keep_model_warm(lambda: settings)))
    try:
        worker.start()
        deadline = time.monotonic() + 30
        while slots.shared().state().waiting != 1:  # the warm-up queued as background work
            assert worker.is_alive() and time.monotonic() < deadline
            worker.join(timeout=0.01)
        assert _loads(ollama) == []
    finally:
        slots.shared().release(busy)
    worker.join(timeout=30)
    assert outcome == ["loaded"] and len(_loads(ollama)) == 1
