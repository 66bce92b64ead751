"""Every end of a desk's session runs the same clean shutdown once (platform faked per branch)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.polling import wait_for
from tests.test_cli import ROOT, clean_env
from vircom_desktop.ui.session import SessionEnd
from vircom_desktop.ui.shutdown import SIGNALS, SignalQuit


class Recorder:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> None:
        self.calls += 1


def test_windows_end_of_session_runs_the_shutdown_once(qapp: QApplication) -> None:
    shutdown = Recorder()
    before = signal.getsignal(signal.SIGTERM)
    session = SessionEnd(qapp, shutdown)
    try:
        assert signal.getsignal(signal.SIGTERM) is before  # signals are SignalQuit's
        session.commit_data(object())  # Qt's QSessionManager on logoff / shutdown
        session.finish()  # aboutToQuit follows
        assert shutdown.calls == 1
    finally:
        session.deleteLater()


@pytest.mark.skipif(sys.platform.startswith("win"), reason="SIGTERM is the POSIX branch")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_quits_the_event_loop_like_salir(qtbot: QtBot, signum: signal.Signals) -> None:
    quit_app = Recorder()
    before = {each: signal.getsignal(each) for each in SIGNALS}
    signals = SignalQuit(quit_app)
    try:
        os.kill(os.getpid(), signum)
        qtbot.waitUntil(lambda: quit_app.calls == 1)
    finally:
        signals.uninstall()
        signals.deleteLater()
    assert {each: signal.getsignal(each) for each in SIGNALS} == before


def _start_desk(data_dir: Path) -> subprocess.Popen[str]:
    env = clean_env(QT_QPA_PLATFORM="offscreen", VIRCOM_PORT="0")
    process = subprocess.Popen(
        [sys.executable, "main.py", "--data-dir", str(data_dir), "--demo"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.startswith("listening on http://"), process.stderr.read() if process.stderr else ""
    return process


def _log(data_dir: Path) -> str:
    path = data_dir / "logs" / "vircom.log"
    return path.read_text(encoding="utf-8") if path.exists() else ""


@pytest.mark.skipif(sys.platform.startswith("win"), reason="SIGTERM is the POSIX branch")
@pytest.mark.parametrize("when", ["while starting", "once running"])
def test_the_desktop_app_exits_cleanly_on_sigterm(tmp_path: Path, when: str) -> None:
    data_dir = tmp_path / "data"
    process = _start_desk(data_dir)
    try:
        if when == "once running":
            wait_for(
                lambda: process.poll() is not None or "desktop app started" in _log(data_dir),
                60,
                "the desk did not start in time",
            )
            assert process.poll() is None, "the desk exited early"
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=60) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    if when == "once running":
        # Signals are ui/shutdown.SignalQuit's (the same quit as «Salir»); SessionEnd then
        # runs the one clean shutdown.
        assert "SIGTERM received: quitting" in _log(data_dir)
