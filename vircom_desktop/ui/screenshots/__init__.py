"""Render the desk's main screens offscreen with the demo shop and save them as PNGs.

    python -m vircom_desktop.ui.screenshots docs/screenshots

Each screen is a function registered with `@screenshot("name")` in one of this package's scene
modules (`agenda`, `chat`, `owner`, listed in `SCREEN_MODULES`): it receives a `ShotContext`
(the main window, plus helpers to wait for data) and returns the widget to grab::

    @screenshot("clients")
    def _clients(ctx: ShotContext) -> QWidget:
        ctx.window.show_page("clients")
        ctx.settle()
        return ctx.window

The scenes drive the real desk on the demo shop; the chat console's VircomBot answers from
`scripted_model`, which ships here, so rendering never imports the test suite.
"""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QWidget

from vircom_desktop.config import Settings
from vircom_desktop.domain import clock
from vircom_desktop.domain.demo import seed_demo
from vircom_desktop.domain.startup import open_database
from vircom_desktop.ui import tasks
from vircom_desktop.ui.app import create_application
from vircom_desktop.ui.bridge import EventBridge
from vircom_desktop.ui.main_window import MainWindow
from vircom_desktop.ui.stand_in_runtime import StandInRuntime
from vircom_desktop.ui.theme import ThemeController

SHOP_ZONE = "America/Santiago"
# A Wednesday mid-morning, so the day view has visits before and after the now-line.
MOMENT = datetime(2025, 6, 11, 10, 40, tzinfo=ZoneInfo(SHOP_ZONE))
WINDOW_SIZE = (1400, 900)
SMALL_SIZE = (1024, 700)  # a technician's laptop: every screen must still fit
# The modules whose scenes register themselves, in the order they are rendered.
SCREEN_MODULES: list[str] = [
    "vircom_desktop.ui.screenshots.agenda",
    "vircom_desktop.ui.screenshots.chat",
    "vircom_desktop.ui.screenshots.owner",
    "vircom_desktop.ui.screenshots.routine",
]


@dataclass
class ShotContext:
    window: MainWindow
    app: QApplication
    theme: ThemeController  # a screen may switch it; it is back to light for the next one

    def wait_until(self, condition: Callable[[], bool], timeout: float = 10.0) -> None:
        """Run the event loop until `condition()` holds (raises TimeoutError after `timeout` s)."""
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("the screen did not get ready in time")
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    def settle(self) -> None:
        """Wait for background operations to deliver, then for the repaint."""
        self.wait_until(lambda: tasks.pending() == 0)
        self.app.processEvents()


Screen = Callable[[ShotContext], QWidget]
SCREENS: dict[str, Screen] = {}


def screenshot(name: str) -> Callable[[Screen], Screen]:
    """Register a function rendering one screen under `name` (the PNG's file name)."""

    def register(function: Screen) -> Screen:
        SCREENS[name] = function
        return function

    return register


def render(
    outdir: Path,
    names: list[str] | None = None,
    *,
    size: tuple[int, int] = WINDOW_SIZE,
    prefix: str = "",
    inspect: Callable[[str, QWidget], None] | None = None,
) -> list[Path]:
    """Render the registered screens (all, or `names`) into `outdir`; returns the files.

    `size` is the window's size, `prefix` starts each file name (`small-` for 1024x700), and
    `inspect(name, widget)` may look at each screen before the next one is set up.
    """
    for module in SCREEN_MODULES:
        importlib.import_module(module)
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="vircom-shots-") as temp:
        data_dir = Path(temp)
        clock.freeze(MOMENT)
        open_database(f"sqlite:///{data_dir / 'vircom.db'}", timezone=SHOP_ZONE)
        seed_demo()
        app = create_application("es")
        theme = ThemeController(app, "light")
        runtime = StandInRuntime(
            Settings(data_dir=data_dir, timezone=SHOP_ZONE),
            data_dir / "log",
            ollama_state="ok",
            jobs_host_name="mostrador",  # this desk runs the reminders, backups and expiry
        )
        bridge = EventBridge()
        window = MainWindow(runtime, bridge)
        window.resize(*size)
        window.show()
        window.start_background_checks()
        ctx = ShotContext(window, app, theme)
        ctx.settle()
        files = []
        for name, function in SCREENS.items():
            if names and name not in names:
                continue
            widget = function(ctx)
            path = outdir / f"{prefix}{name}.png"
            widget.grab().save(str(path))
            files.append(path)
            if inspect is not None:
                inspect(name, widget)
            theme.set_preference("light")
        bridge.close()
        window.close()
        tasks.pool().waitForDone(5000)
        clock.freeze(None)
    return files


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        sys.stderr.write("usage: python -m vircom_desktop.ui.screenshots OUTDIR [NAME...]\n")
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for path in render(Path(args[0]), args[1:] or None):
        sys.stdout.write(f"{path}\n")
    return 0
