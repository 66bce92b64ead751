"""Staff users, the owner's PIN, which guards approvals, and technicians' calendar feed tokens."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from vircom_desktop.domain.models import StaffUser, Technician

_ITERATIONS = 120_000


def hash_pin(pin: str) -> str:
    salt = secrets.token_hex(8)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt.encode(), _ITERATIONS).hex()
    return f"pbkdf2${salt}${digest}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        _, salt, digest = stored.split("$")
    except ValueError:
        return False
    candidate = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt.encode(), _ITERATIONS).hex()
    return hmac.compare_digest(candidate, digest)


def verify_owner_pin(pin: str) -> StaffUser | None:
    """The owner whose PIN this is, or None."""
    for owner in StaffUser.select().where((StaffUser.role == "owner") & (StaffUser.active == True)):  # noqa: E712
        if owner.pin_hash and pin_matches(pin, owner.pin_hash):
            return owner
    return None


def owner_pin_configured() -> bool:
    """Whether any active owner has a PIN (approvals are impossible until one does)."""
    return (
        StaffUser.select()
        .where(
            (StaffUser.role == "owner") & (StaffUser.active == True) & (StaffUser.pin_hash != "")  # noqa: E712
        )
        .exists()
    )


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
