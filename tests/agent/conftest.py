"""Fixtures of the agent's tests: the test shop's database and settings pointing at the fake Ollama."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import FreezeClock
from tests.fakes.fake_ollama import FakeOllama
from tests.fakes.shop import ZONE, Shop, open_shop
from vircom_desktop.config import Settings
from vircom_desktop.domain import db as domain_db


@pytest.fixture
def db(tmp_path: Path, frozen_clock: FreezeClock) -> Iterator[Shop]:
    shop = open_shop(tmp_path / "vircom.db")
    yield shop
    domain_db.close()


@pytest.fixture
def settings(tmp_path: Path, fake_ollama: FakeOllama) -> Settings:
    return Settings(
        data_dir=tmp_path,
        ollama_url=fake_ollama.url,
        ollama_model="llama3.1",
        ollama_timeout_seconds=10.0,
        timezone=ZONE,
    )
