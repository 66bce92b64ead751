"""The one parser for numbers that arrive from outside: ids in paths, queries, forms and JSON.

`str.isdigit()` accepts superscripts and other scripts' digits that `int()` refuses, and an
integer can be too large for any database column; both used to end as 500s. Every handler
reads ids through `parse_id` (a clear 400 otherwise) and counts through `ascii_int`.
"""

from __future__ import annotations

import re

from vircom_desktop.channels.errors import ApiError

# The largest id any table can hold: PostgreSQL's SERIAL columns are 32-bit.
MAX_ID = 2**31 - 1
_ASCII_DIGITS = re.compile(r"[0-9]{1,18}")


def ascii_int(value: object) -> int | None:
    """A non-negative integer written with ASCII digits 0-9 only (or an int), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, str) and _ASCII_DIGITS.fullmatch(value):
        return int(value)
    return None


def parse_id(value: object, name: str, *, code: str = "", minimum: int = 1) -> int:
    """An id named `name` (from a path, query, form or JSON body), or 400 `invalid_<name>`.

    `minimum=0` admits 0, for cursors such as `after=`.
    """
    number = ascii_int(value)
    if number is None or not minimum <= number <= MAX_ID:
        raise ApiError(
            400,
            code or f"invalid_{name}",
            f"'{name}' must be an id (a whole number from {minimum} to {MAX_ID})",
        )
    return number
