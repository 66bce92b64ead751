import pytest

from vircom_desktop.domain.phones import normalize_phone


@pytest.mark.parametrize(
    "raw",
    ["+56 9 1234 5678", "56912345678", "912345678", "whatsapp:+56912345678", " +56-9-1234-5678 "],
)
def test_every_way_of_writing_a_chilean_mobile_is_one_number(raw: str) -> None:
    assert normalize_phone(raw) == "+56912345678"


def test_numbers_with_a_country_code_keep_it() -> None:
    assert normalize_phone("12025550123") == "+12025550123"
    assert normalize_phone("600111222", region="ES") == "+34600111222"


@pytest.mark.parametrize("raw", ["", "   ", "abc", "12", "whatsapp:"])
def test_text_that_is_no_phone_is_none(raw: str) -> None:
    assert normalize_phone(raw) is None
