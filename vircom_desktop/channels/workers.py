"""The thread pool under the inbound queue and the outbox: woken on new work, stopped together."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class WorkerPool:
    """Daemon threads sharing one condition; `stop` lets each finish the item it is on."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.condition = threading.Condition()
        self.stopping = False  # read and written under `condition`
        self._threads: list[threading.Thread] = []

    def start(self, target: Callable[[], None], count: int) -> None:
        with self.condition:
            self.stopping = False
        for number in range(count):
            self.spawn(target, f"{self.name}-{number}")

    def spawn(self, target: Callable[[], None], name: str) -> None:
        thread = threading.Thread(target=target, name=name, daemon=True)
        thread.start()
        self._threads.append(thread)

    def stop(self, timeout: float) -> None:
        """Tell the threads to stop and wait for them, `timeout` seconds for all together."""
        with self.condition:
            self.stopping = True
            self.condition.notify_all()
        deadline = time.monotonic() + timeout
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        self._threads.clear()

    def notify(self) -> None:
        """There is new work: wake the threads that are waiting for some."""
        with self.condition:
            self.condition.notify_all()

    def notify_one(self) -> None:
        """One new item: wake one waiting thread (the busy ones look again when they finish)."""
        with self.condition:
            self.condition.notify()

    def should_stop(self) -> bool:
        with self.condition:
            return self.stopping

    def wait(self, seconds: float) -> None:
        """Sleep up to `seconds`, less if notified; not at all once stopping."""
        with self.condition:
            if not self.stopping:
                self.condition.wait(seconds)
