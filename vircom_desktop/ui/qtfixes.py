"""Work-arounds for defects of the Qt binding, applied once when `vircom_desktop.ui` is imported.

PySide6 6.12 on CPython 3.11: `SignalInstance.emit()` returns `True` without taking a new
reference, so every emit from Python takes one reference away from `True`. After a few thousand
emits the interpreter aborts with "bool_dealloc: deallocating True or False". CPython 3.12 made
the singletons immortal; on 3.11 we give them a reference count no app run can exhaust.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40


def immortalize_singletons() -> None:
    """Give True, False and None enough references that a leaking binding can't free them."""
    if sys.version_info >= (3, 12):
        return
    for singleton in (True, False, None):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM
