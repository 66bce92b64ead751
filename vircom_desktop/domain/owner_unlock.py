"""How long an owner's PIN keeps owner-only actions open at a desk.

The unlock belongs to the person at the desk who typed the PIN: it ends when someone else sits
down («Atiende» changes), after a while without input (the owner walked away), when the screen
is locked, and at the latest a few minutes after the PIN. It never carries over to the next
person, so the audit log cannot name the owner for someone else's click.
"""

from __future__ import annotations

import time
from collections.abc import Callable

PIN_REMEMBER_SECONDS = 5 * 60
IDLE_SECONDS = 2 * 60


class OwnerUnlock:
    """Which owner typed a correct PIN at this desk, for the person sitting there now."""

    def __init__(
        self,
        remember_seconds: float = PIN_REMEMBER_SECONDS,
        idle_seconds: float = IDLE_SECONDS,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._remember = remember_seconds
        self._idle = idle_seconds
        self._monotonic = monotonic
        self._owner: str | None = None
        self._at = 0.0
        self._last_input = 0.0
        self._desk = ""

    @property
    def desk(self) -> str:
        """The person at the desk (the actor the rest of the desk records)."""
        return self._desk

    def at_desk(self, person: str) -> None:
        """`person` sits at the desk now; an unlock made by someone else ends."""
        if person != self._desk:
            self.end()
        self._desk = person

    def owner(self) -> str | None:
        """The owner's name while the unlock lasts, else None."""
        if self._owner is None:
            return None
        now = self._monotonic()
        if now - self._at >= self._remember or now - self._last_input >= self._idle:
            self.end()
        return self._owner

    def remember(self, owner: str) -> None:
        """A correct PIN was just typed by `owner`."""
        self._owner = owner
        self._at = self._last_input = self._monotonic()

    def touch(self) -> None:
        """Someone used the keyboard or the mouse at the desk: it is not idle."""
        self._last_input = self._monotonic()

    def end(self) -> None:
        """Lock owner-only actions again (screen locked, person changed, idle)."""
        self._owner = None
