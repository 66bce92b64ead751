"""LatestLoad: the one "latest load wins" helper every page uses."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from vircom_desktop.ui.tasks import LatestLoad


def test_a_reload_asked_for_during_a_load_runs_and_only_its_result_is_shown(
    qtbot: QtBot,
) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    shown: list[str] = []
    loader: LatestLoad[str] = LatestLoad(page, shown.append)
    release = threading.Event()

    def slow_first() -> str:
        release.wait(10)
        return "old"

    loader.request(slow_first)
    loader.request(lambda: "second")
    loader.request(lambda: "newest")  # replaces "second", which never runs
    assert loader.busy()
    release.set()
    qtbot.waitUntil(lambda: not loader.busy())
    assert shown == ["newest"]


def test_a_failed_load_reaches_the_failure_callback(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    failures: list[Exception] = []

    def broken() -> str:
        raise RuntimeError("database is locked")

    loader: LatestLoad[str] = LatestLoad(page, lambda _: None, on_failure=failures.append)
    loader.request(broken)
    qtbot.waitUntil(lambda: bool(failures))
    assert str(failures[0]) == "database is locked" and not loader.busy()
