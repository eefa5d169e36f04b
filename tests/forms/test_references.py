"""A reference survives being read aloud and typed back: every single wrong
character and every swap of neighbours is refused, and whatever a citizen
types never breaks the page."""

import random
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from forms import references
from forms.references import (
    ALPHABET,
    InvalidReference,
    NoFreeReference,
    is_valid,
    new_reference,
    normalise,
    parse,
    unique_reference,
)

SAMPLE = [new_reference(random.Random(seed)) for seed in range(200)]

symbols = st.sampled_from(ALPHABET)
random_parts = st.text(alphabet=ALPHABET, min_size=8, max_size=8)


def compact(reference):
    return reference.replace("-", "")


def grouped(characters):
    return references.format_reference("".join(characters))


def test_a_reference_is_nine_characters_in_three_groups_that_cannot_be_confused():
    reference = new_reference(random.Random(1))
    assert len(reference) == 11
    assert [len(group) for group in reference.split("-")] == [3, 3, 3]
    assert set(compact(reference)) <= set(ALPHABET)
    assert not set("0O1IL" + "QZ") & set(ALPHABET)
    assert not set(string.ascii_lowercase) & set(ALPHABET)


def test_the_alphabet_size_is_prime_so_the_check_catches_every_error():
    assert len(ALPHABET) == len(set(ALPHABET)) == 29
    assert all(29 % divisor for divisor in range(2, 29))
    weights = references.WEIGHTS
    assert len(set(weight % 29 for weight in weights)) == len(weights)
    assert 0 not in {weight % 29 for weight in weights}


def test_new_references_come_from_the_system_generator_by_default_and_differ():
    drawn = {new_reference() for _ in range(200)}
    assert len(drawn) == 200
    assert all(is_valid(reference) for reference in drawn)


def test_a_seeded_generator_gives_the_same_reference_again():
    assert new_reference(random.Random(7)) == new_reference(random.Random(7))


@pytest.mark.parametrize("reference", SAMPLE)
def test_every_new_reference_is_valid_and_already_normal(reference):
    assert is_valid(reference)
    assert normalise(reference) == reference
    assert parse(reference) == reference


@pytest.mark.parametrize("reference", SAMPLE)
def test_every_single_mistyped_character_is_refused(reference):
    characters = list(compact(reference))
    for position, right in enumerate(characters):
        for wrong in ALPHABET.replace(right, ""):
            typed = characters.copy()
            typed[position] = wrong
            assert not is_valid(grouped(typed)), (reference, position, wrong)


@pytest.mark.parametrize("reference", SAMPLE)
def test_every_swap_of_two_neighbours_is_refused(reference):
    characters = list(compact(reference))
    for position in range(len(characters) - 1):
        typed = characters.copy()
        typed[position], typed[position + 1] = typed[position + 1], typed[position]
        if typed != characters:
            assert not is_valid(grouped(typed)), (reference, position)


def test_a_swap_is_refused_even_when_every_neighbour_pair_differs():
    """A reference with no two equal neighbours: each of its 8 swaps is a real error."""
    rng = random.Random(3)
    found = 0
    while found < 50:
        reference = new_reference(rng)
        characters = compact(reference)
        if any(a == b for a, b in zip(characters, characters[1:], strict=False)):
            continue
        found += 1
        for position in range(8):
            typed = list(characters)
            typed[position], typed[position + 1] = typed[position + 1], typed[position]
            assert not is_valid("".join(typed))


@given(random_parts, st.integers(0, 8), symbols)
def test_hypothesis_one_wrong_character_never_passes(random_part, position, wrong):
    reference = random_part + references.check_character(random_part)
    typed = reference[:position] + wrong + reference[position + 1:]
    assert is_valid(typed) == (typed == reference)


@given(random_parts, st.integers(0, 7))
def test_hypothesis_swapped_neighbours_never_pass(random_part, position):
    reference = random_part + references.check_character(random_part)
    typed = (reference[:position] + reference[position + 1] + reference[position]
             + reference[position + 2:])
    assert is_valid(typed) == (typed == reference)


@given(random_parts, st.integers(0, 8), st.integers(0, 8))
def test_hypothesis_any_swap_of_two_characters_never_passes(random_part, first, second):
    reference = list(random_part + references.check_character(random_part))
    typed = reference.copy()
    typed[first], typed[second] = typed[second], typed[first]
    assert is_valid("".join(typed)) == (typed == reference)


@given(random_parts, st.integers(0, 6), symbols, symbols)
def test_hypothesis_a_doubled_character_heard_wrong_twice_never_passes(random_part, position,
                                                                        right, wrong):
    random_part = random_part[:position] + right * 2 + random_part[position + 2:]
    reference = random_part + references.check_character(random_part)
    typed = reference[:position] + wrong * 2 + reference[position + 2:]
    assert is_valid(typed) == (wrong == right)


@given(random_parts, st.lists(st.sampled_from([" ", "-", "  ", ".", "\u2013"]), min_size=9,
                              max_size=9), st.lists(st.booleans(), min_size=9, max_size=9))
def test_hypothesis_any_spacing_and_case_gives_the_same_reference(random_part, gaps, lower):
    reference = random_part + references.check_character(random_part)
    typed = "".join((c.lower() if low else c) + gap
                    for c, gap, low in zip(reference, gaps, lower, strict=True))
    assert normalise(typed) == references.format_reference(reference)


def test_the_weights_make_every_single_error_and_neighbour_swap_change_the_checksum():
    """The checksum is linear, so whether an error is caught depends only on
    where it is and on the two characters involved, never on the rest of the
    reference: checking every position and every pair of characters here
    covers all 29**8 references."""
    weights = references.WEIGHTS
    differences = range(1, 29)
    for weight in weights:
        assert all(weight * difference % 29 for difference in differences)
    for left, right in zip(weights, weights[1:], strict=False):
        assert all((left - right) * difference % 29 for difference in differences)


def test_the_example_in_the_documentation_is_a_valid_reference():
    assert normalise("K7P-4RM-9M3") == "K7P-4RM-9M3"
    assert "K7P-4RM-9M3" in references.__doc__


@pytest.mark.parametrize("typed", [
    "k7p-4rm-9m3", " K7P 4RM 9M3 ", "K7P4RM9M3", "k7p.4rm.9m3", "K7P–4RM—9M3",
    "K7P\u00a04RM\u200b9M3", "\uff2b\uff17\uff30\uff0d\uff14\uff32\uff2d\uff0d\uff19\uff2d\uff13",
    "K 7 P 4 R M 9 M 3", "K7P_4RM/9M3", "\ufeffK7P-4RM-9M3\n", "K7P\u22124RM\u22129M3",
    "K7P\u00ad4RM9M3", "K7\tP4-RM9-M3", "\u212a7P-4RM-9M3",
])
def test_what_a_citizen_types_back_becomes_the_reference(typed):
    """Any case, spaces, dashes or dots anywhere, full-width characters from
    some keyboards, invisible characters pasted along from an e-mail."""
    assert normalise(typed) == "K7P-4RM-9M3"


@pytest.mark.parametrize("not_used", sorted(set("0O1ILQZ" + "oilqz")))
def test_characters_that_references_never_contain_are_refused_not_guessed(not_used):
    for reference in SAMPLE[:40]:
        typed = compact(reference)
        for position in range(9):
            assert normalise(typed[:position] + not_used + typed[position + 1:]) is None


@pytest.mark.parametrize("typed", [
    "", "-", "K7P-4RX-9M", "K7P-4RX-9M33", "K7P-4RX-9M3-K", "Reference: K7P-4RX-9M3",
    "ß" * 9, "ı" * 9, "ＡＢＣ", "K7P-4RX-9M3" * 10, "\x00" * 9, "١٢٣٤٥٦٧٨٩",
])
def test_garbage_is_not_a_reference(typed):
    assert normalise(typed) is None
    assert not is_valid(typed)
    with pytest.raises(InvalidReference):
        parse(typed)


@pytest.mark.parametrize("value", [None, 123, b"K7P4RX9M3", ["K7P"]])
def test_something_that_is_not_text_is_not_a_reference(value):
    assert normalise(value) is None


@given(st.text())
def test_hypothesis_any_unicode_never_raises(text):
    result = normalise(text)
    assert result is None or (is_valid(result) and normalise(result) == result)


@given(st.text(alphabet=ALPHABET + "ILOQZ01-  \u2013\u200b", min_size=9, max_size=20))
def test_hypothesis_near_references_are_valid_only_with_the_right_check(text):
    result = normalise(text)
    stripped = "".join(c for c in text.upper() if c in ALPHABET + "ILOQZ01")
    if result is not None:
        assert compact(result) == stripped
        assert references.check_character(stripped[:8]) == stripped[8]


def test_unique_reference_returns_the_first_reference_that_is_free():
    taken = {new_reference(random.Random(5))}
    asked = []

    def exists(reference):
        asked.append(reference)
        return reference in taken

    reference = unique_reference(exists, rng=random.Random(5))
    assert reference not in taken
    assert is_valid(reference)
    assert asked[0] in taken and asked[-1] == reference and len(asked) == 2


def test_unique_reference_gives_up_after_the_number_of_attempts():
    asked = []

    def exists(reference):
        asked.append(reference)
        return True

    with pytest.raises(NoFreeReference):
        unique_reference(exists, attempts=4)
    assert len(asked) == 4


def test_a_letter_of_another_script_never_turns_into_reference_characters():
    """Upper-casing "ß" gives "SS": a reference with SS in it is still refused
    when typed with ß, because only the characters shown are accepted."""
    random_part = "K7PSS9M4"
    reference = random_part + references.check_character(random_part)
    assert is_valid(reference)
    assert not is_valid(reference.replace("SS", "ß"))
