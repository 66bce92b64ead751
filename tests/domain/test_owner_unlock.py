"""An owner's PIN unlock belongs to the person at the desk and ends when they go."""

from __future__ import annotations

from vircom_desktop.domain.owner_unlock import OwnerUnlock


class Ticks:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_unlock_lasts_while_the_owner_uses_the_desk() -> None:
    ticks = Ticks()
    unlock = OwnerUnlock(remember_seconds=300, idle_seconds=120, monotonic=ticks)
    unlock.at_desk("Olga")
    unlock.remember("Olga")
    for _ in range(4):
        ticks.now += 60
        unlock.touch()
        assert unlock.owner() == "Olga"


def test_the_unlock_ends_after_idle_time() -> None:
    ticks = Ticks()
    unlock = OwnerUnlock(remember_seconds=300, idle_seconds=120, monotonic=ticks)
    unlock.remember("Olga")
    ticks.now += 121
    assert unlock.owner() is None
    unlock.touch()
    assert unlock.owner() is None  # coming back does not bring it back


def test_the_unlock_ends_a_few_minutes_after_the_pin_even_in_use() -> None:
    ticks = Ticks()
    unlock = OwnerUnlock(remember_seconds=300, idle_seconds=120, monotonic=ticks)
    unlock.remember("Olga")
    for _ in range(5):
        ticks.now += 61
        unlock.touch()
    assert unlock.owner() is None


def test_another_person_at_the_desk_ends_the_unlock() -> None:
    unlock = OwnerUnlock()
    unlock.at_desk("Olga")
    unlock.remember("Olga")
    unlock.at_desk("Olga")  # the same person again: nothing changes
    assert unlock.owner() == "Olga"
    unlock.at_desk("Rita")
    assert unlock.owner() is None
    assert unlock.desk == "Rita"


def test_locking_ends_the_unlock() -> None:
    unlock = OwnerUnlock()
    unlock.remember("Olga")
    unlock.end()
    assert unlock.owner() is None
