"""Three-valued logic: a missing answer never turns a "maybe" into a "no"."""

import pytest

from rights_explorer.engine import FALSE, TRUE, UNKNOWN, all_of, any_of, negation

F, U, T = FALSE, UNKNOWN, TRUE

AND_TABLE = [(F, F, F), (F, U, F), (F, T, F),
             (U, F, F), (U, U, U), (U, T, U),
             (T, F, F), (T, U, U), (T, T, T)]
OR_TABLE = [(F, F, F), (F, U, U), (F, T, T),
            (U, F, U), (U, U, U), (U, T, T),
            (T, F, T), (T, U, T), (T, T, T)]


@pytest.mark.parametrize(("left", "right", "expected"), AND_TABLE)
def test_all_follows_the_kleene_and_table(left, right, expected):
    assert all_of([left, right]) is expected


@pytest.mark.parametrize(("left", "right", "expected"), OR_TABLE)
def test_any_follows_the_kleene_or_table(left, right, expected):
    assert any_of([left, right]) is expected


@pytest.mark.parametrize(("value", "expected"), [(F, T), (U, U), (T, F)])
def test_not_swaps_true_and_false_and_keeps_unknown(value, expected):
    assert negation(value) is expected


def test_an_empty_all_is_true_and_an_empty_any_is_false():
    assert all_of([]) is TRUE
    assert any_of([]) is FALSE


def test_truth_values_print_as_the_json_statuses():
    assert [str(v) for v in (F, U, T)] == ["false", "unknown", "true"]
