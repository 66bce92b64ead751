"""Hypothesis strategies for hostile input."""

from __future__ import annotations

from hypothesis import strategies as st

# Bytes a header value may carry on the wire (RFC 9110 field-vchar: visible ASCII, space, and
# obs-text 0x80-0xFF, where `str` comparisons of secrets used to raise). Some control
# characters make the parser refuse the request (a JSON 400, see test_slow_clients).
header_bytes = st.binary(min_size=1, max_size=60).map(
    lambda raw: bytes(b for b in raw if 0x20 <= b != 0x7F).strip() or b"x"
)
non_ascii_header = st.tuples(header_bytes, st.binary(min_size=1, max_size=8)).map(
    lambda pair: pair[0] + bytes(0x80 | b for b in pair[1])
)

# Digits that `str.isdigit()` accepts and `int()` refuses, digits of other scripts that `int()`
# accepts, numbers too large for any database, and plain junk.
_unicode_digit = st.characters(categories=["Nd", "No"], exclude_characters="0123456789")
hostile_number = st.one_of(
    st.text(_unicode_digit, min_size=1, max_size=6),
    st.tuples(st.integers(0, 99), st.text(_unicode_digit, min_size=1, max_size=3)).map(
        lambda pair: f"{pair[0]}{pair[1]}"
    ),
    st.integers(min_value=2**31, max_value=10**40).map(str),
    st.integers(max_value=-1).map(str),
    st.sampled_from(["", "0x10", "1e3", "1_000", " 7", "7 ", "+7", "7.0", "٣", "²", "¹²³"]),
)
