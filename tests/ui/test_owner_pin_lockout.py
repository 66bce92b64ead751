"""The PIN dialog after too many wrong PINs: a plain Spanish message, and no check until the
minute is over."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from vircom_desktop.domain import clock
from vircom_desktop.ui import tasks
from vircom_desktop.ui.owner_gate import PinDialog


def _type_pin(qtbot: QtBot, dialog: PinDialog, pin: str) -> None:
    dialog.pin_edit.setText(pin)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: tasks.pending() == 0 and dialog.buttons.isEnabled())


def test_five_wrong_pins_lock_the_dialog_for_a_minute(qtbot: QtBot, demo_shop: None) -> None:
    dialog = PinDialog()
    qtbot.addWidget(dialog)
    verified: list[str] = []
    dialog.verified.connect(verified.append)

    for _ in range(4):
        _type_pin(qtbot, dialog, "0000")
        assert dialog.error_label.text() == "PIN incorrecto."
    _type_pin(qtbot, dialog, "0000")
    assert "Demasiados intentos" in dialog.error_label.text()
    assert "60 segundos" in dialog.error_label.text()

    _type_pin(qtbot, dialog, "1234")  # the demo owner's PIN, refused while locked
    assert verified == []
    assert "Demasiados intentos" in dialog.error_label.text()

    clock.freeze(clock.now() + timedelta(minutes=1, seconds=1))
    _type_pin(qtbot, dialog, "1234")
    assert verified == ["Patricia (dueña)"]
