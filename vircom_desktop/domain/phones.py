"""Phone numbers: the customer's identity across channels, normalised in one place."""

from __future__ import annotations

import phonenumbers

DEFAULT_REGION = "CL"


def normalize_phone(raw: str, region: str | None = None) -> str | None:
    """`raw` as E.164 (`+56912345678`), or None when it is not a possible phone number.

    Numbers without a country code are read in `region` (the shop's country, CL by default).
    WhatsApp senders arrive without the `+` and Twilio's with a `whatsapp:` prefix: both are
    accepted.
    """
    text = raw.strip().removeprefix("whatsapp:").strip()
    if not text:
        return None
    parsed = _parse(text, region, valid=True)
    if parsed is None and text[0].isdigit():
        # An international number written without its '+' (WhatsApp's `from`, a pasted number).
        parsed = _parse("+" + text, region, valid=True)
    if parsed is None:
        parsed = _parse(text, region, valid=False)
    if parsed is None:
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def _parse(text: str, region: str | None, *, valid: bool) -> phonenumbers.PhoneNumber | None:
    try:
        parsed = phonenumbers.parse(text, region or DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return None
    check = phonenumbers.is_valid_number if valid else phonenumbers.is_possible_number
    return parsed if check(parsed) else None
