"""Log files: location, format, rotation and idempotent setup."""

from __future__ import annotations

import logging
import os
import stat
import sys
import unicodedata
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vircom_desktop import logs


@pytest.fixture(autouse=True)
def _close_logging() -> Iterator[None]:
    yield
    logs.close_logging()


def _log_file_handlers() -> list[logging.Handler]:
    return [h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)]


def test_setup_logging_writes_subsystem_logs_to_the_data_dir(data_dir: Path) -> None:
    path = logs.setup_logging(data_dir)

    logging.getLogger("vircom.agent").info("reserva propuesta para María")
    logging.getLogger("vircom.channels").debug("below the level")

    assert path == logs.log_path(data_dir) == data_dir / "logs" / "vircom.log"
    text = path.read_text(encoding="utf-8")
    assert "INFO" in text
    assert "vircom.agent: reserva propuesta para María" in text
    assert "below the level" not in text


def test_setup_logging_twice_adds_no_second_handler(data_dir: Path) -> None:
    logs.setup_logging(data_dir, console=True)
    handlers_after_first = list(logging.getLogger().handlers)

    logs.setup_logging(data_dir, console=True)
    logging.getLogger("vircom.ui").info("once")

    assert logging.getLogger().handlers == handlers_after_first
    assert logs.log_path(data_dir).read_text(encoding="utf-8").count("once") == 1


def test_setup_logging_with_another_data_dir_moves_the_log(tmp_path: Path) -> None:
    first = logs.setup_logging(tmp_path / "first")
    second = logs.setup_logging(tmp_path / "second")
    logging.getLogger("vircom.jobs").info("after the move")

    assert len(_log_file_handlers()) == 1
    assert "after the move" not in first.read_text(encoding="utf-8")
    assert "after the move" in second.read_text(encoding="utf-8")


def test_log_file_rotates_at_one_megabyte_keeping_five_backups(data_dir: Path) -> None:
    path = logs.setup_logging(data_dir)
    line = "x" * 1000
    for _ in range(7 * 1024):
        logging.getLogger("vircom.domain").info(line)

    files = sorted(p.name for p in path.parent.iterdir())
    assert files == ["vircom.log", *(f"vircom.log.{n}" for n in range(1, 6))]
    assert all(p.stat().st_size <= logs.MAX_BYTES for p in path.parent.iterdir())


@settings(max_examples=200, deadline=None)
@given(text=st.text())
def test_any_message_is_one_line_without_control_characters(text: str) -> None:
    formatter = logs.SafeFormatter(logs.LOG_FORMAT)
    record = logging.LogRecord("vircom.channels", logging.INFO, "x", 1, "got %s", (text,), None)

    line = formatter.format(record)

    assert len(line.splitlines()) == 1
    assert not any(unicodedata.category(char) in ("Cc", "Zl", "Zp") for char in line), repr(line)


def test_a_traceback_is_indented_under_its_record() -> None:
    formatter = logs.SafeFormatter(logs.LOG_FORMAT)
    try:
        raise ValueError("bad\n2026-01-01 00:00:00,000 CRITICAL vircom: forged")
    except ValueError:
        record = logging.LogRecord(
            "vircom.channels", logging.ERROR, "x", 1, "failed", (), sys.exc_info()
        )
    first, *rest = formatter.format(record).splitlines()
    assert first.endswith("failed")
    assert rest and all(line.startswith("    | ") for line in rest)


def test_log_files_are_private_whatever_the_umask(data_dir: Path) -> None:
    previous = os.umask(0o022)
    try:
        path = logs.setup_logging(data_dir)
        logging.getLogger("vircom.channels").info("hola")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
