"""The test shop (tests/fakes/shop.py) in a fresh database, the clock frozen at its `NOW`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import FreezeClock
from tests.fakes.shop import NOW, ZONE, Shop, build_shop
from vircom_desktop import events
from vircom_desktop.domain import db
from vircom_desktop.domain.startup import open_database

__all__ = ["NOW", "Shop", "database_url", "pg_shop", "shop"]


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'vircom.db'}"


def _shop_in(url: str, frozen_clock: FreezeClock) -> Iterator[Shop]:
    open_database(url, timezone=ZONE)
    frozen_clock(NOW)
    try:
        yield build_shop()
    finally:
        events.hub.clear()
        db.close()


@pytest.fixture
def shop(database_url: str, frozen_clock: FreezeClock) -> Iterator[Shop]:
    yield from _shop_in(database_url, frozen_clock)


@pytest.fixture
def pg_shop(postgres_db_url: str, frozen_clock: FreezeClock) -> Iterator[Shop]:
    """The same shop on a real PostgreSQL server (tests/fixtures/postgres.py)."""
    yield from _shop_in(postgres_db_url, frozen_clock)
