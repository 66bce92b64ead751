"""Staff at the desk: the owner's PIN for owner-only actions, technicians' calendar feed links.

The rules (scrypt, the lockout every desk shares, who counts as an owner) are `domain.staff`'s;
these are the calls the screens make, on a worker.
"""

from __future__ import annotations

from vircom_desktop.domain.staff import OwnerCheck, PinLockedOut, check_owner_pin, new_feed_token

__all__ = ["OwnerCheck", "PinLockedOut", "check_owner_pin", "new_feed_token"]
