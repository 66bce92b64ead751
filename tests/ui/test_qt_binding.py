"""Guards against a Qt binding that breaks the interpreter (PySide6 6.12.0 on CPython 3.11)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    ticked = Signal(str)


def test_emitting_signals_does_not_leak_references_to_true(qtbot) -> None:  # type: ignore[no-untyped-def]
    emitter = _Emitter()
    received: list[str] = []
    emitter.ticked.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(500):
        emitter.ticked.emit("token")
    assert len(received) == 500
    assert abs(sys.getrefcount(True) - before) < 50
