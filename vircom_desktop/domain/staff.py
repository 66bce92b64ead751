"""Staff users, the owner's PIN, which guards approvals, and technicians' calendar feed tokens.

A PIN is 4 to 8 digits, so it is guessable: it is stored with scrypt (slow, memory-hard) and,
after `MAX_FAILURES` wrong PINs in a row, every PIN check is refused for `LOCKOUT`. The count
lives in the database (`shop_settings`), so every desk and process on the shop's database
shares it: opening another window or process does not buy more guesses.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from vircom_desktop.domain import clock
from vircom_desktop.domain.db import write_transaction
from vircom_desktop.domain.models import ShopSetting, StaffUser, Technician

PIN_PATTERN = re.compile(r"[0-9]{4,8}")
MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=1)
GUARD_KEY = "owner_pin_guard"

# scrypt cost: about 50 ms and 16 MiB per check on a desk computer.
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1
_SCRYPT_MAXMEM = 64 * 1024 * 1024
_LEGACY_ITERATIONS = 120_000  # "pbkdf2$salt$hex" hashes stored before scrypt


class InvalidPin(ValueError):
    """A new PIN that breaks the rule (4 to 8 digits 0-9)."""


class PinLockedOut(Exception):
    """Too many wrong PINs: no PIN is checked until `until`."""

    def __init__(self, until: datetime) -> None:
        super().__init__(f"owner PIN locked until {until.isoformat()}")
        self.until = until

    def seconds_left(self, now: datetime | None = None) -> int:
        left = (self.until - (now or clock.now())).total_seconds()
        return max(1, int(left + 0.999))


def check_pin_rule(pin: str) -> None:
    """Raise InvalidPin unless `pin` is 4 to 8 ASCII digits."""
    if not PIN_PATTERN.fullmatch(pin):
        raise InvalidPin("a PIN is 4 to 8 digits")


def hash_pin(pin: str) -> str:
    """The stored form of a new PIN: `scrypt$n$r$p$salt$digest` (hex)."""
    check_pin_rule(pin)
    salt = secrets.token_bytes(16)
    digest = _scrypt(pin, salt, _SCRYPT_N, _SCRYPT_R, _SCRYPT_P)
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${salt.hex()}${digest.hex()}"


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        _pin_bytes(pin), salt=salt, n=n, r=r, p=p, maxmem=_SCRYPT_MAXMEM, dklen=32
    )


def _pin_bytes(pin: str) -> bytes:
    return pin.encode("utf-8", "surrogatepass")  # whatever was typed is a PIN to compare


def pin_matches(pin: str, stored: str) -> bool:
    """Whether `pin` is the one behind `stored` (scrypt, or the older PBKDF2 form)."""
    parts = stored.split("$")
    try:
        if parts[0] == "scrypt" and len(parts) == 6:
            n, r, p = (int(part) for part in parts[1:4])
            candidate = _scrypt(pin, bytes.fromhex(parts[4]), n, r, p)
            return hmac.compare_digest(candidate, bytes.fromhex(parts[5]))
        if parts[0] == "pbkdf2" and len(parts) == 3:
            candidate = hashlib.pbkdf2_hmac(
                "sha256", _pin_bytes(pin), parts[1].encode(), _LEGACY_ITERATIONS
            )
            return hmac.compare_digest(candidate, bytes.fromhex(parts[2]))
    except ValueError:  # a damaged hash matches nothing
        return False
    return False


def needs_rehash(stored: str) -> bool:
    return not stored.startswith(f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}$")


_OWNERS_WITH_PIN = (
    (StaffUser.role == "owner") & (StaffUser.active == True) & (StaffUser.pin_hash != "")  # noqa: E712
)


# -- the lockout ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Guard:
    failures: int = 0
    locked_until: datetime | None = None


def _read_guard() -> _Guard:
    value = ShopSetting.select(ShopSetting.value).where(ShopSetting.key == GUARD_KEY).scalar()
    if not isinstance(value, dict):
        return _Guard()
    until = value.get("locked_until")
    try:
        locked_until = datetime.fromisoformat(until) if isinstance(until, str) else None
    except ValueError:
        locked_until = None
    failures = value.get("failures")
    return _Guard(failures if isinstance(failures, int) else 0, locked_until)


def _write_guard(guard: _Guard) -> None:
    value = {
        "failures": guard.failures,
        "locked_until": guard.locked_until.isoformat() if guard.locked_until else None,
    }
    ShopSetting.insert(key=GUARD_KEY, value=value).on_conflict(
        conflict_target=[ShopSetting.key], update={ShopSetting.value: value}
    ).execute()


def _refuse_if_locked(now: datetime) -> None:
    guard = _read_guard()
    if guard.locked_until is not None and now < guard.locked_until:
        raise PinLockedOut(guard.locked_until)


def _note_failure(now: datetime) -> None:
    """Count a wrong PIN; the MAX_FAILURES-th locks every check for LOCKOUT (and raises)."""
    with write_transaction():
        guard = _read_guard()
        if guard.locked_until is None or guard.locked_until <= now:
            failures = guard.failures + 1
            locked = failures >= MAX_FAILURES
            guard = _Guard(0, now + LOCKOUT) if locked else _Guard(failures, None)
            _write_guard(guard)
    # Raised after the commit: the lock must outlive this call.
    if guard.locked_until is not None and now < guard.locked_until:
        raise PinLockedOut(guard.locked_until)


def _note_success() -> None:
    with write_transaction():
        if _read_guard() != _Guard():
            _write_guard(_Guard())


def pin_locked_until() -> datetime | None:
    """When PIN checks open again, or None when they are open now."""
    guard = _read_guard()
    if guard.locked_until is not None and clock.now() < guard.locked_until:
        return guard.locked_until
    return None


def verify_owner_pin(pin: str) -> StaffUser | None:
    """The owner whose PIN this is, or None; raises PinLockedOut while checks are locked
    (also on the wrong PIN that locks them)."""
    now = clock.now()
    _refuse_if_locked(now)
    owners = list(StaffUser.select().where(_OWNERS_WITH_PIN))
    if not owners:
        return None  # nothing to guess: not a failure
    for owner in owners:
        if pin_matches(pin, owner.pin_hash):
            _note_success()
            _upgrade_hash(owner, pin)
            return owner
    _note_failure(now)
    return None


def _upgrade_hash(owner: StaffUser, pin: str) -> None:
    """Store a PIN kept in an older form (PBKDF2) with scrypt, now that it is known."""
    if needs_rehash(owner.pin_hash) and PIN_PATTERN.fullmatch(pin):
        owner.pin_hash = hash_pin(pin)
        StaffUser.update(pin_hash=owner.pin_hash).where(StaffUser.id == owner.id).execute()


def owner_pin_configured() -> bool:
    """Whether any active owner has a PIN (approvals are impossible until one does)."""
    return StaffUser.select().where(_OWNERS_WITH_PIN).exists()


@dataclass(frozen=True)
class OwnerCheck:
    """What a PIN typed for an owner-only action turned out to be."""

    owner: str | None  # the owner's name when the PIN is theirs
    pin_configured: bool  # False: no active owner has a PIN yet, so no PIN can pass


def check_owner_pin(pin: str) -> OwnerCheck:
    """Whose PIN this is, told apart from "no owner has a PIN yet"; raises PinLockedOut."""
    owner = verify_owner_pin(pin)
    if owner is not None:
        return OwnerCheck(str(owner.name), True)
    return OwnerCheck(None, owner_pin_configured())


def new_feed_token(technician_id: int) -> str:
    """A fresh feed token for a technician; the old link stops working."""
    token = secrets.token_urlsafe(24)
    Technician.update(feed_token=token).where(Technician.id == technician_id).execute()
    return token


def ensure_feed_token(technician_id: int) -> str:
    """The technician's feed token, created on first use (shown in the app as a feed URL)."""
    technician = Technician.get_by_id(technician_id)
    if not technician.feed_token:
        token = secrets.token_urlsafe(24)
        Technician.update(feed_token=token).where(
            (Technician.id == technician_id) & Technician.feed_token.is_null()
        ).execute()
        technician = Technician.get_by_id(technician_id)
    return str(technician.feed_token)
