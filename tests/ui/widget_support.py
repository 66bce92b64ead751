"""Helpers for driving real widgets: find the dialog a widget opened, wait for the editor."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from vircom_desktop.ui.appointment_editor import AppointmentEditor
from vircom_desktop.ui.main_window import MainWindow

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


def loaded_editor(qtbot: QtBot, window: MainWindow) -> AppointmentEditor:
    """The agenda's open visit editor, once it has loaded its choices and visit (on a worker)."""
    editor = window.agenda.editor
    assert editor is not None
    qtbot.waitUntil(editor.is_loaded)
    return editor
