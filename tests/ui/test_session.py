"""Every end of a desk's session runs the same clean shutdown once (platform faked per branch)."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.fixtures.app_process import clean_env, start_app
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


@pytest.mark.skipif(sys.platform.startswith("win"), reason="SIGTERM is the POSIX branch")
def test_the_desktop_app_exits_cleanly_on_sigterm_while_starting(tmp_path: Path) -> None:
    """Once running, tests/test_routine_cli.py's signal test covers it (log line, data intact)."""
    env = clean_env(QT_QPA_PLATFORM="offscreen", VIRCOM_PORT="0")
    desk = start_app("--data-dir", str(tmp_path / "data"), "--demo", env=env)
    # Sent as soon as the listener is up: the window is still being built.
    assert desk.stop() == 0
    assert desk.process.stderr is not None
    assert "Traceback" not in desk.process.stderr.read()
