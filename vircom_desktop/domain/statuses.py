"""The fixed vocabularies of the shop's records, importable without the storage layer.

The desk (ui/) needs these words to draw and to ask, but must not import the Peewee models;
the models and the rest of the core take them from here too.
"""

from __future__ import annotations

# Appointment statuses (CONTRACT §3).
PROPOSED = "proposed"
CONFIRMED = "confirmed"
DONE = "done"
CANCELLED = "cancelled"
REJECTED = "rejected"
EXPIRED = "expired"
NO_SHOW = "no_show"
APPOINTMENT_STATUSES = (PROPOSED, CONFIRMED, DONE, CANCELLED, REJECTED, EXPIRED, NO_SHOW)
HOLDING_STATUSES = (PROPOSED, CONFIRMED)  # these keep a slot taken
INACTIVE_STATUSES = (CANCELLED, REJECTED, EXPIRED)  # no longer on the agenda

ROLES = ("owner", "receptionist", "technician")
CONVERSATION_STATUSES = ("open", "needs_human", "closed")
CONVERSATION_MODES = ("auto", "draft", "manual")
MESSAGE_ROLES = ("customer", "bot", "staff", "system")
