"""Ajustes › Respaldos: the last backup's time, backing up now, keep count and copy folder."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.fakes.shop import ZONE
from vircom_desktop.config import Settings
from vircom_desktop.ui import tasks
from vircom_desktop.ui.settings import SettingsPage


@pytest.fixture
def page(qtbot: QtBot, demo_shop: None, tmp_path: Path) -> Iterator[SettingsPage]:
    settings = Settings(
        data_dir=tmp_path, timezone=ZONE, database_url=f"sqlite:///{tmp_path / 'vircom.db'}"
    )
    page = SettingsPage(settings, env={})
    qtbot.addWidget(page)
    page.resize(1000, 720)
    page.show()
    qtbot.waitUntil(lambda: not page.is_loading() and tasks.pending() == 0)
    yield page
    qtbot.waitUntil(lambda: tasks.pending() == 0)


def test_backing_up_now_shows_the_new_backups_time(qtbot: QtBot, page: SettingsPage) -> None:
    tab = page.backups_tab
    page.tabs.setCurrentWidget(tab)
    assert tab.last_label.text() == "Ninguno todavía."

    tab.backup_now_button.click()
    qtbot.waitUntil(lambda: "vircom-" in tab.last_label.text())

    assert tab.status_label.text() == "Respaldo guardado y verificado."
    assert "2025" in tab.last_label.text()  # the demo's frozen clock
    assert list((page.settings.data_dir / "backups").glob("vircom-*Z.db"))


def test_keep_count_and_copy_folder_are_stored_for_this_desk(
    qtbot: QtBot, page: SettingsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = page.backups_tab
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(usb))
    tab.keep_spin.setValue(30)
    tab.choose_button.click()
    assert tab.copy_edit.text() == str(usb)

    with qtbot.waitSignal(page.settings_saved, timeout=5000) as saved:
        tab.save_button.click()

    stored = json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))
    assert (stored["backup_keep"], stored["backup_copy_dir"]) == (30, str(usb))
    assert saved.args[0].backup_keep == 30 and saved.args[0].backup_copy_dir == str(usb)
