"""The owner's PIN: 4-8 digits, scrypt, and a lockout shared by every process on the database."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.domain.conftest import NOW, Shop
from vircom_desktop.domain import clock, staff
from vircom_desktop.domain.models import StaffUser

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def owner(shop: Shop) -> StaffUser:
    return StaffUser.create(name="Patricia", role="owner", pin_hash=staff.hash_pin("2468"))


def _legacy_hash(pin: str, salt: str = "0011223344556677") -> str:
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt.encode(), 120_000).hex()
    return f"pbkdf2${salt}${digest}"


def test_a_pin_is_stored_with_scrypt_and_a_fresh_salt() -> None:
    first, second = staff.hash_pin("2468"), staff.hash_pin("2468")
    assert first.startswith("scrypt$") and first != second
    assert staff.pin_matches("2468", first)
    assert not staff.pin_matches("2469", first)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=12))
def test_only_four_to_eight_ascii_digits_make_a_pin(pin: str) -> None:
    valid = len(pin) in range(4, 9) and all(c in "0123456789" for c in pin)
    if valid:
        staff.check_pin_rule(pin)
    else:
        with pytest.raises(staff.InvalidPin):
            staff.check_pin_rule(pin)


@pytest.mark.parametrize("pin", ["123", "123456789", "١٢٣٤", "12³4", "12 34", "1234\n"])
def test_pins_outside_the_rule_are_refused(pin: str) -> None:
    with pytest.raises(staff.InvalidPin):
        staff.hash_pin(pin)


def test_damaged_hashes_match_nothing() -> None:
    for stored in ("", "scrypt$x$y$z$00$00", "pbkdf2$salt$zz", "scrypt$16384$8$1$abc"):
        assert not staff.pin_matches("2468", stored)


def test_a_pin_stored_before_scrypt_still_works_and_is_rehashed(shop: Shop) -> None:
    owner = StaffUser.create(name="Patricia", role="owner", pin_hash=_legacy_hash("1234"))

    assert staff.verify_owner_pin("1234") is not None

    stored = StaffUser.get_by_id(owner.id).pin_hash
    assert stored.startswith("scrypt$")
    assert staff.verify_owner_pin("1234") is not None
    assert staff.verify_owner_pin("4321") is None


def test_five_wrong_pins_lock_every_check_for_a_minute(owner: StaffUser) -> None:
    for _ in range(4):
        assert staff.verify_owner_pin("0000") is None
    with pytest.raises(staff.PinLockedOut) as locked:
        staff.verify_owner_pin("0000")
    assert locked.value.seconds_left() == 60

    with pytest.raises(staff.PinLockedOut):
        staff.verify_owner_pin("2468")  # even the right PIN waits

    clock.freeze(NOW + timedelta(seconds=61))
    assert staff.verify_owner_pin("2468") is not None
    assert staff.pin_locked_until() is None


def test_a_right_pin_resets_the_count(owner: StaffUser) -> None:
    for _ in range(4):
        assert staff.verify_owner_pin("0000") is None
    assert staff.verify_owner_pin("2468") is not None
    for _ in range(4):
        assert staff.verify_owner_pin("0000") is None
    assert staff.pin_locked_until() is None


def test_no_owner_pin_yet_is_not_counted_as_a_guess(shop: Shop) -> None:
    for _ in range(10):
        assert staff.verify_owner_pin("0000") is None
    assert staff.pin_locked_until() is None


_GUESSER = """
import sys
from vircom_desktop.domain import staff
from vircom_desktop.domain.startup import open_database
open_database(sys.argv[1], timezone="America/Santiago")
for _ in range(5):
    try:
        staff.verify_owner_pin("0000")
    except staff.PinLockedOut:
        print("locked")
"""


def test_another_process_guessing_locks_this_one_too(owner: StaffUser, database_url: str) -> None:
    clock.freeze(None)  # the other process runs on the real clock
    result = subprocess.run(
        [sys.executable, "-c", _GUESSER, database_url],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "locked", result.stderr

    with pytest.raises(staff.PinLockedOut):
        staff.verify_owner_pin("2468")


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(min_size=1, max_size=10).filter(lambda pin: pin != "2468"))
def test_any_other_text_is_a_wrong_pin(owner: StaffUser, pin: str) -> None:
    assert staff.verify_owner_pin(pin) is None
    staff._note_success()  # keep the lockout out of the way of the next example
