"""The Windows branch of private files: an owner-only ACL through icacls (platform faked)."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from vircom_desktop import private_files


class FakeIcacls:
    def __init__(self, returncode: int = 0) -> None:
        self.returncode = returncode
        self.commands: list[list[str]] = []

    def __call__(self, command: list[str], **options: Any) -> subprocess.CompletedProcess[str]:
        assert options["creationflags"] == 0x08000000  # no console window from the desk
        self.commands.append(command)
        return subprocess.CompletedProcess(command, self.returncode, "Access is denied.", "")


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> FakeIcacls:
    icacls = FakeIcacls()
    monkeypatch.setattr(private_files, "_WINDOWS", True)
    monkeypatch.setattr(private_files, "_ENFORCED", False)
    monkeypatch.setattr(private_files, "_restricted", set())
    monkeypatch.setattr(private_files.subprocess, "run", icacls)
    monkeypatch.setenv("USERNAME", "recepcion")
    monkeypatch.setenv("USERDOMAIN", "TALLER")
    return icacls


def test_a_private_dir_and_file_are_left_to_the_user_and_system(
    windows: FakeIcacls, tmp_path: Path
) -> None:
    data_dir = private_files.private_dir(tmp_path / "data")
    settings = data_dir / "settings.json"
    private_files.create_private_file(settings)
    assert settings.exists()
    assert windows.commands == [
        [
            "icacls",
            str(data_dir),
            "/inheritance:r",
            "/grant:r",
            "TALLER\\recepcion:(OI)(CI)F",
            "*S-1-5-18:(OI)(CI)F",
            "/q",
        ],
        [
            "icacls",
            str(settings),
            "/inheritance:r",
            "/grant:r",
            "TALLER\\recepcion:F",
            "*S-1-5-18:F",
            "/q",
        ],
    ]
    private_files.tighten_data_dir(data_dir)  # at every start: nothing twice
    assert len(windows.commands) == 2


def test_missing_paths_are_skipped(windows: FakeIcacls, tmp_path: Path) -> None:
    private_files.make_database_private(tmp_path / "vircom.db")
    assert windows.commands == []


@pytest.mark.allow_log_warnings
def test_a_refused_acl_is_logged_and_tried_again_later(
    windows: FakeIcacls, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    windows.returncode = 5
    target = tmp_path / "settings.json"
    target.write_text("{}", encoding="utf-8")
    private_files.make_private(target)
    private_files.make_private(target)
    assert len(windows.commands) == 2
    assert "cannot restrict access" in caplog.text


def test_the_account_without_a_domain() -> None:
    assert private_files.windows_account({"USERNAME": "ana"}) == "ana"
    assert private_files.windows_account({"USERNAME": "ana", "USERDOMAIN": "PC"}) == "PC\\ana"
