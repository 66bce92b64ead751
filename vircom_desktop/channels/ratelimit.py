"""Token-bucket rate limits per key (a sender, a web chat session, a client address)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from vircom_desktop.channels.errors import ApiError


class RateLimiter:
    """`capacity` requests at once, refilled at `capacity` per `per_seconds`, per key."""

    def __init__(
        self,
        capacity: int,
        per_seconds: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_keys: int = 10_000,
    ) -> None:
        self.capacity = capacity
        self.rate = capacity / per_seconds
        self._clock = clock
        self._max_keys = max_keys
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def allow(self, key: str) -> bool:
        now = self._clock()
        with self._lock:
            tokens, stamp = self._buckets.get(key, (float(self.capacity), now))
            tokens = min(float(self.capacity), tokens + (now - stamp) * self.rate)
            allowed = tokens >= 1.0
            self._buckets[key] = (tokens - 1.0 if allowed else tokens, now)
            if len(self._buckets) > self._max_keys:
                self._forget_full(now)
        return allowed

    def check(self, key: str, what: str) -> None:
        """Raise 429 when `key` is over its limit; `what` names it in the error."""
        if not self.allow(key):
            raise ApiError(429, "rate_limited", f"too many messages from this {what}; slow down")

    def _forget_full(self, now: float) -> None:
        full = [
            key
            for key, (tokens, stamp) in self._buckets.items()
            if tokens + (now - stamp) * self.rate >= self.capacity
        ]
        for key in full:
            del self._buckets[key]
