"""Starting the desktop app: QApplication, translations, theme, error hook, main window, tray."""

from __future__ import annotations

import logging
import sys
import threading
from functools import partial
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from vircom_desktop.ui import tasks
from vircom_desktop.ui.bridge import EventBridge
from vircom_desktop.ui.errors import ExceptionHandler
from vircom_desktop.ui.main_window import MainWindow, RuntimeLike
from vircom_desktop.ui.resources import TRANSLATIONS_DIR, icon
from vircom_desktop.ui.session import SessionEnd
from vircom_desktop.ui.shutdown import SignalQuit
from vircom_desktop.ui.theme import ThemeController
from vircom_desktop.ui.tray import TrayController

log = logging.getLogger("vircom.ui")

# Installed translators must outlive the event loop.
_translators: list[QTranslator] = []

ORGANIZATION = "Asistencia Vircom"
APPLICATION = "Vircom Desk"


def shop_locale(language: str = "es") -> QLocale:
    """Spanish (Chile) by default; another language keeps Chile's conventions where it can."""
    if language == "es":
        return QLocale(QLocale.Language.Spanish, QLocale.Country.Chile)
    return QLocale(language)


def install_translators(app: QApplication, locale: QLocale) -> list[QTranslator]:
    """Qt's own strings (dialog buttons...) and the desk's, for `locale`; keep the result alive."""
    translators = []
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt)
    desk = QTranslator(app)
    if desk.load(locale, "vircom_desk", "_", str(TRANSLATIONS_DIR)):
        translators.append(desk)
    for translator in translators:
        app.installTranslator(translator)
    return translators


GUI_SWITCH_INTERVAL_SECONDS = 0.001


def create_application(language: str = "es") -> QApplication:
    """The QApplication with names, locale and translators (reused when one exists, as in tests)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setWindowIcon(icon("app"))
    locale = shop_locale(language)
    QLocale.setDefault(locale)
    for old in _translators:
        app.removeTranslator(old)
    _translators[:] = install_translators(app, locale)
    return app


class RunningCore(RuntimeLike, Protocol):
    """The running core the desk shows (`vircom_desktop.runtime.Runtime`)."""

    log_path: Path

    def stop(self) -> None: ...


def run_gui(runtime: RunningCore, stop_requested: threading.Event | None = None) -> int:
    """Show the desk for a running core (`settings`, `log_path`, `listener_url`); returns the exit code.

    `stop_requested` is set when a stop signal came before the desk could handle one itself:
    it then quits as soon as its event loop runs.
    """
    settings = runtime.settings
    # Workers that draw weeks or answer customers hold the interpreter lock up to the switch
    # interval while the GUI thread waits to paint: 1 ms instead of 5 kept the longest paint of
    # a busy week during a resize at 8-11 ms instead of 13-17 (bench/gui.py --switch-interval).
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_SECONDS)
    app = create_application(settings.language)
    ThemeController(app, settings.theme)  # parented to the app, which keeps it
    handler = ExceptionHandler(runtime.log_path)
    handler.install()
    bridge = EventBridge()
    window = MainWindow(runtime, bridge)
    tray = TrayController(window, bridge)
    app.setQuitOnLastWindowClosed(not tray.available)
    signals = SignalQuit(tray.quit)  # logout, `kill`, Ctrl+C: the same as "Salir"
    if stop_requested is not None and stop_requested.is_set():
        log.info("asked to stop while starting: quitting")
        QTimer.singleShot(0, tray.quit)
    # However the loop ends (a signal, «Salir», Windows' end of session), SessionEnd runs the
    # one clean shutdown.
    session = SessionEnd(app, partial(_clean_shutdown, window, runtime))
    window.show()
    QTimer.singleShot(0, window.start_background_checks)
    QTimer.singleShot(0, window.offer_first_run)
    log.info("desktop app started")
    try:
        return app.exec()
    finally:
        signals.uninstall()
        session.finish()
        bridge.close()
        tasks.pool().waitForDone(5000)
        handler.uninstall()


def _clean_shutdown(window: MainWindow, runtime: RunningCore) -> None:
    """What every end of the desk runs once: the window's state saved, drafts stopped, the
    change feed closed, and the core's in-flight work finished (listener, queue, jobs)."""
    window.save_state()
    window.change_watcher.stop()
    window.conversations.shutdown()
    runtime.stop()
