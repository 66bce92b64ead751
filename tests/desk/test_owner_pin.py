"""The owner's PIN as the desk asks for it: whose PIN, wrong, or none set yet (no Qt)."""

from __future__ import annotations

import pytest

from vircom_desktop.desk import staff
from vircom_desktop.domain.models import StaffUser
from vircom_desktop.domain.staff import MAX_FAILURES, hash_pin

from .conftest import Shop


def _owner(name: str = "Patricia", pin: str = "2468", *, active: bool = True) -> StaffUser:
    return StaffUser.create(name=name, role="owner", pin_hash=hash_pin(pin), active=active)


def test_the_owners_pin_names_the_owner(shop: Shop) -> None:
    _owner()
    assert staff.check_owner_pin("2468") == staff.OwnerCheck("Patricia", pin_configured=True)


def test_a_wrong_pin_names_nobody_while_a_pin_is_set(shop: Shop) -> None:
    _owner()
    assert staff.check_owner_pin("1357") == staff.OwnerCheck(None, pin_configured=True)


def test_with_no_owner_pin_the_check_says_so_and_never_locks(shop: Shop) -> None:
    StaffUser.create(name="Rita", role="receptionist", pin_hash=hash_pin("2468"))
    _owner("Antigua", "1357", active=False)
    for _ in range(MAX_FAILURES + 1):
        assert staff.check_owner_pin("2468") == staff.OwnerCheck(None, pin_configured=False)


def test_too_many_wrong_pins_lock_the_check(shop: Shop) -> None:
    _owner()
    for _ in range(MAX_FAILURES - 1):
        staff.check_owner_pin("0000")
    with pytest.raises(staff.PinLockedOut):
        staff.check_owner_pin("0000")
    with pytest.raises(staff.PinLockedOut):
        staff.check_owner_pin("2468")
