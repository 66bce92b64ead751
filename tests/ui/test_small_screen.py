"""Fits 1024x700, a technician's laptop: every main screen rendered at that size and checked.

The screens are saved as `small-*.png` (in VIRCOM_SCREENSHOT_DIR when set, e.g.
docs/screenshots, else a temporary folder) so a person can look at them too.
"""

from __future__ import annotations

import itertools
import os
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QHeaderView, QWidget

from vircom_desktop.ui import screenshots
from vircom_desktop.ui.main_window import MainWindow, fit_window

PROBLEMS: list[str] = []


def _view_buttons_apart(window: MainWindow, name: str) -> None:
    buttons = window.agenda.view_buttons.buttons()
    for button in buttons:
        if button.width() < button.sizeHint().width():
            PROBLEMS.append(f"{name}: {button.text()} squeezed to {button.width()} px")
    lefts = sorted(
        (button.mapTo(window, QPoint(0, 0)).x(), button.width(), button.text())
        for button in buttons
    )
    for (left, width, text), (next_left, _, next_text) in itertools.pairwise(lefts):
        if left + width > next_left:
            PROBLEMS.append(f"{name}: {text} overlaps {next_text}")


def _columns_on_screen(header: QHeaderView, name: str, minimum: int) -> None:
    for column in range(header.count()):
        width = header.sectionSize(column)
        end = header.sectionViewportPosition(column) + width
        if width < minimum or end > header.viewport().width() + 1:
            label = header.model().headerData(column, header.orientation())
            PROBLEMS.append(f"{name}: column {label} is {width} px, ends at {end}")


def _inspect(name: str, widget: QWidget) -> None:
    window = widget.window()
    if not isinstance(window, MainWindow):  # a dialog (the visit editor)
        if widget.width() > screenshots.SMALL_SIZE[0] or widget.height() > 700:
            PROBLEMS.append(f"{name}: the dialog is {widget.width()}x{widget.height()}")
        return
    if widget is window and window.width() != screenshots.SMALL_SIZE[0]:
        PROBLEMS.append(f"{name}: the window is {window.width()} px wide")
    if name.startswith("agenda-"):
        _view_buttons_apart(window, name)
    if name == "agenda-my-day":
        header = window.agenda.my_day.table.horizontalHeader()
        _columns_on_screen(header, name, 40)
        for column in (2, 3):  # Dirección, Problema
            if header.sectionSize(column) < 110:
                PROBLEMS.append(f"{name}: column {column} is {header.sectionSize(column)} px")
    if name == "chat-console":
        thread = window.conversations.thread_view
        content = thread.widget()
        assert content is not None
        if content.width() > thread.viewport().width():
            PROBLEMS.append(f"{name}: the transcript is wider than its view")
    if name == "approvals":
        _columns_on_screen(window.approvals.table.horizontalHeader(), name, 50)


def test_every_main_screen_fits_1024x700(tmp_path: Path) -> None:
    outdir = Path(os.environ.get("VIRCOM_SCREENSHOT_DIR") or tmp_path)
    PROBLEMS.clear()
    files = screenshots.render(
        outdir, size=screenshots.SMALL_SIZE, prefix="small-", inspect=_inspect
    )
    assert {path.name for path in files} >= {
        "small-agenda-day.png",
        "small-agenda-week.png",
        "small-agenda-month.png",
        "small-agenda-my-day.png",
        "small-chat-console.png",
        "small-approvals.png",
        "small-clients.png",
        "small-settings.png",
        "small-appointment-editor.png",
    }
    assert all(path.stat().st_size > 10_000 for path in files)
    assert PROBLEMS == []


def test_a_window_larger_than_the_screen_opens_inside_its_available_area() -> None:
    available = QRect(0, 0, 1024, 670)  # 1024x700 minus a 30-pixel panel at the bottom
    frame = fit_window(available, QRect(0, 0, 1400, 940))
    assert available.contains(frame)
    assert frame.size().width() == 1024 and frame.size().height() == 670
    moved = fit_window(available, QRect(600, 500, 800, 600))  # partly off the bottom right
    assert available.contains(moved)
    assert moved.size().width() == 800
