"""A raw answer (posted, signed, or typed on the command line) is normalised
or refused with a message; nothing else is ever raised."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rights_explorer.engine import DONT_KNOW, AnswerError, evaluate, normalise_answer

from .engine_helpers import QUESTIONS, rules

BY_SLUG = {question.slug: question for question in rules().questions}


@pytest.mark.parametrize(("slug", "raw", "expected"), [
    ("age", 0, 0), ("age", 130, 130), ("age", "42", 42), ("age", 42.0, 42),
    ("income", "1 314,20", 1314.2), ("income", 0, 0), ("income", "876.13", 876.13),
    ("balance", -250, -250), ("balance", "-3,5", -3.5),
    ("belgian", True, True), ("belgian", "no", False), ("belgian", "Yes", True),
    ("region", "wallonia", "wallonia"),
    ("benefits", ["ris", "apa", "ris"], frozenset({"ris", "apa"})),
    ("benefits", [], frozenset()), ("benefits", "grapa", frozenset({"grapa"})),
])
def test_an_answer_is_normalised(slug, raw, expected):
    assert normalise_answer(BY_SLUG[slug], raw) == expected


@pytest.mark.parametrize("slug", [question["slug"] for question in QUESTIONS])
@pytest.mark.parametrize("raw", [DONT_KNOW, None, " dont_know "])
def test_i_dont_know_is_always_allowed_and_means_unknown(slug, raw):
    assert normalise_answer(BY_SLUG[slug], raw) is None


@pytest.mark.parametrize(("slug", "raw", "code", "message"), [
    ("age", -1, "out_of_range", "age: an age is a whole number from 0 to 130, not -1"),
    ("age", 131, "out_of_range", "age: an age is a whole number from 0 to 130, not 131"),
    ("age", 30.5, "out_of_range", "age: an age is a whole number from 0 to 130, not 30.5"),
    ("age", "trente", "wrong_type", "age: expected a number, not 'trente'"),
    ("age", True, "wrong_type", "age: expected a number, not True"),
    ("income", -1, "out_of_range", "income: -1 is below 0"),
    ("income", "-5", "out_of_range", "income: '-5' is below 0"),
    ("income", 10**13, "out_of_range", "income: 10000000000000 is too large"),
    ("income", float("nan"), "out_of_range", "income: nan is not a number"),
    ("income", float("inf"), "out_of_range", "income: inf is not a number"),
    ("income", [1], "wrong_type", "income: expected a number, not [1]"),
    ("income", "1e5", "wrong_type", "income: expected a number, not '1e5'"),
    ("belgian", 1, "wrong_type", "belgian: expected yes or no, not 1"),
    ("belgian", "maybe", "wrong_type", "belgian: expected yes or no, not 'maybe'"),
    ("region", "mars", "unknown_choice",
     "region: 'mars' is not one of the choices (brussels, wallonia, flanders)"),
    ("region", ["brussels"], "unknown_choice",
     "region: ['brussels'] is not one of the choices (brussels, wallonia, flanders)"),
    ("benefits", ["ris", "rent"], "unknown_choice",
     "benefits: 'rent' is not one of the choices (ris, grapa, apa)"),
    ("benefits", {"ris": True}, "wrong_type",
     "benefits: expected a list of choices, not {'ris': True}"),
    ("benefits", [["ris"]], "unknown_choice",
     "benefits: ['ris'] is not one of the choices (ris, grapa, apa)"),
])
def test_a_wrong_answer_is_refused_with_a_message(slug, raw, code, message):
    with pytest.raises(AnswerError) as caught:
        normalise_answer(BY_SLUG[slug], raw)
    assert caught.value.code == code
    assert str(caught.value) == message


def test_an_answer_to_an_unknown_question_is_refused():
    with pytest.raises(AnswerError, match="^height: no such question$"):
        evaluate(rules(), {"height": 180})


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner,
                                                                 max_size=4),
    max_leaves=10)


@settings(max_examples=300, deadline=None)
@given(slug=st.sampled_from(sorted(BY_SLUG)), raw=JSON)
def test_any_raw_answer_is_normalised_or_refused_never_crashes(slug, raw):
    try:
        normalise_answer(BY_SLUG[slug], raw)
    except AnswerError:
        pass


@settings(max_examples=200, deadline=None)
@given(answers=JSON)
def test_any_answer_set_is_evaluated_or_refused_never_crashes(answers):
    try:
        evaluate(rules(("x", {"question": "age", "op": "gte", "value": 18})), answers)
    except AnswerError:
        pass


def test_an_answer_to_a_deleted_question_can_be_dropped_instead():
    result = evaluate(rules(("x", {"question": "age", "op": "gte", "value": 18})),
                      {"height": 180, "age": 30}, drop_unknown=True)
    assert result["x"].outcome == "likely"
