"""Helpers for driving real widgets: find the dialog a widget opened."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

W = TypeVar("W", bound=QWidget)


def wait_for_dialog(qtbot: QtBot, parent: QWidget, kind: type[W]) -> W:
    """Wait until `parent` shows a child of `kind` (a dialog it opened) and return it."""

    def shown() -> W | None:
        child = parent.findChild(kind)
        return child if child is not None and child.isVisible() else None

    qtbot.waitUntil(lambda: shown() is not None)
    dialog = shown()
    assert dialog is not None
    return dialog
