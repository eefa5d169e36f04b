"""Phone numbers typed the way Belgians and their families abroad write
them all end up as one number that a callback can dial."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from forms.phone_numbers import for_display, normalise


@pytest.mark.parametrize("typed", ["0470 12 34 56", "0470/12.34.56", "+32 470 12 34 56",
                                   "0032 470 12 34 56", "(0)470-123456", " 0470123456 "])
def test_a_belgian_mobile_typed_any_way_is_stored_once(typed):
    assert normalise(typed) == "+32470123456"


def test_landlines_and_numbers_from_abroad():
    assert normalise("02 555 12 34") == "+3225551234"
    assert normalise("+33 1 42 68 53 00") == "+33142685300"
    assert normalise("+31 20 123 4567") == "+31201234567"
    assert normalise("0031 6 12345678") == "+31612345678"


@pytest.mark.parametrize("typed", ["", "   ", "12", "0470 12 34", "+32 470 12 34 56 78 90",
                                   "call me", "0800-TEL-CPAS-NOW-PLEASE-" * 3, None, 470123456])
def test_what_is_no_phone_number_is_refused(typed):
    assert normalise(typed) is None


def test_a_stored_number_is_shown_in_the_international_format():
    assert for_display("+32470123456") == "+32 470 12 34 56"
    assert for_display("not a number") == "not a number"


@given(st.text(max_size=60))
def test_any_text_gives_a_number_or_none_never_an_error(text):
    result = normalise(text)
    assert result is None or (result.startswith("+") and result[1:].isdigit())
