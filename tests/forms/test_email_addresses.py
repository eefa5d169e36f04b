"""The two e-mail fields match when the citizen typed the same address, even
with invisible characters, stray spaces or other letter case."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from forms.email_addresses import clean_typed, same_address

ZWSP, ZWJ, BOM, NBSP, SOFT_HYPHEN = "\u200b", "\u200d", "\ufeff", "\u00a0", "\u00ad"


@pytest.mark.parametrize("typed_again", [
    "jan.peeters@telenet.be",
    "  jan.peeters@telenet.be  ",
    f"{NBSP}jan.peeters@telenet.be{NBSP}",
    f"{BOM}jan.peeters@telenet.be{ZWSP}",
    f"jan.pee{ZWSP}ters@tele{SOFT_HYPHEN}net.be",
    f"jan.peeters@{ZWJ}telenet.be\t\n",
    "Jan.Peeters@Telenet.BE",
    "JAN.PEETERS@TELENET.BE",
])
def test_the_same_address_typed_differently_matches(typed_again):
    assert same_address("jan.peeters@telenet.be", typed_again)


@pytest.mark.parametrize("typed_again", [
    "jan.peters@telenet.be",
    "jan.peeters@telenet.com",
    "jan.peeters@skynet.be",
    "jan peeters@telenet.be",
    "jan.peeters",
    "",
])
def test_a_different_address_does_not_match(typed_again):
    assert not same_address("jan.peeters@telenet.be", typed_again)


def test_an_accented_local_part_matches_in_any_case_and_normal_form():
    composed, decomposed = "\u00e9lise@example.org", "E\u0301LISE@example.org"
    assert same_address(composed, decomposed)


def test_an_international_domain_matches_its_ascii_form():
    assert same_address("marie@Bücher.BE", "marie@xn--bcher-kva.be")
    assert not same_address("marie@bücher.be", "marie@bucher.be")


def test_the_address_is_kept_as_typed_without_what_could_not_be_seen():
    typed = f"{BOM} {NBSP}Jan.Pee{ZWSP}ters@Telenet.be{SOFT_HYPHEN}  \n"
    assert clean_typed(typed) == "Jan.Peeters@Telenet.be"


def test_an_inner_space_is_kept_so_the_syntax_check_can_report_it():
    assert clean_typed(" jan peeters@telenet.be ") == "jan peeters@telenet.be"


def test_nothing_typed_stays_empty():
    assert clean_typed(None) == ""
    assert clean_typed(f" {ZWSP}{NBSP} ") == ""


@given(st.text(), st.text())
def test_comparing_any_text_never_fails_and_is_symmetric(first, second):
    assert same_address(first, second) == same_address(second, first)
    assert same_address(first, first)
    assert isinstance(clean_typed(first), str)


@given(st.text())
def test_cleaning_twice_changes_nothing_more(typed):
    assert clean_typed(clean_typed(typed)) == clean_typed(typed)
