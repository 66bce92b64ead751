"""Root fixtures shared by every test area; area-specific ones live in tests/<area>/conftest.py."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest

from tests.fakes.fake_ollama import FakeOllama
from tests.fakes.fake_providers import FakeProviders
from vircom_desktop.domain import clock

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["tests.fixtures.postgres"]


FreezeClock = Callable[[datetime], None]


@pytest.fixture
def frozen_clock() -> Iterator[FreezeClock]:
    """Freeze the core's clock (`domain.clock`) by calling this with a moment; thawed after."""
    yield clock.freeze
    clock.freeze(None)


@pytest.fixture
def fake_ollama() -> Iterator[FakeOllama]:
    """A running protocol-faithful fake Ollama (tests/fakes/fake_ollama.py); script it per test."""
    server = FakeOllama().start()
    yield server
    server.stop()


@pytest.fixture
def providers() -> Iterator[FakeProviders]:
    """Running fake WhatsApp Graph API and Twilio REST servers (tests/fakes/fake_providers.py)."""
    server = FakeProviders().start()
    yield server
    server.stop()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty data dir that does not exist yet, as on a first start."""
    return tmp_path / "data"


class _RecordingHandler(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _described(record: logging.LogRecord) -> str:
    """A record's level, logger and message, with its traceback: a CI log is all there is."""
    line = f"  {record.levelname} {record.name}: {record.getMessage()}"
    if record.exc_info:
        return f"{line}\n{logging.Formatter().formatException(record.exc_info)}"
    return line


@pytest.fixture(autouse=True)
def fail_on_unexpected_log_warnings(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail a test that logs WARNING or worse on a ``vircom.*`` logger (qutebrowser's logfail).

    Tests that provoke such a log on purpose mark themselves ``@pytest.mark.allow_log_warnings``
    and usually assert on it with ``caplog``.
    """
    handler = _RecordingHandler()
    logger = logging.getLogger("vircom")
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
    if handler.records and request.node.get_closest_marker("allow_log_warnings") is None:
        lines = "\n".join(_described(record) for record in handler.records)
        pytest.fail(
            "unexpected WARNING-or-higher log records (mark the test "
            f"@pytest.mark.allow_log_warnings if they are expected):\n{lines}",
            pytrace=False,
        )
