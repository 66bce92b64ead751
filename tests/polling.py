"""Waiting on a condition that only another process can change (its log file, its HTTP status).

Such a process offers no event to wait on, so the condition is polled at a short interval until
it holds or the deadline passes; this is the one place tests poll.
"""

from __future__ import annotations

import time
from collections.abc import Callable


def wait_for(condition: Callable[[], object], timeout: float, failure: str) -> None:
    """Return once `condition()` is true; AssertionError(`failure`) after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(failure)
        time.sleep(0.05)
