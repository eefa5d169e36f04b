"""Every operator gives true, false, or unknown when the answer is missing
or "I don't know"; the status of each condition comes with the outcome."""

import json

import pytest

from rights_explorer.engine import FALSE, TRUE, UNKNOWN, evaluate

from .engine_helpers import one

CASES = [
    # (question, op, value, answer, expected)
    ("age", "eq", 18, 18, TRUE), ("age", "eq", 18, 19, FALSE),
    ("age", "ne", 18, 19, TRUE), ("age", "ne", 18, 18, FALSE),
    ("age", "lt", 18, 17, TRUE), ("age", "lt", 18, 18, FALSE),
    ("age", "lte", 18, 18, TRUE), ("age", "lte", 18, 19, FALSE),
    ("age", "gt", 65, 66, TRUE), ("age", "gt", 65, 65, FALSE),
    ("age", "gte", 18, 18, TRUE), ("age", "gte", 18, 17, FALSE),
    ("income", "lt", 1314.2, 1314.19, TRUE), ("income", "lt", 1314.2, 1314.2, FALSE),
    ("income", "gte", 0, "0", TRUE), ("income", "lte", 876.13, "876,13", TRUE),
    ("balance", "lt", 0, -10, TRUE), ("balance", "lt", 0, 10, FALSE),
    ("belgian", "eq", True, True, TRUE), ("belgian", "eq", True, "no", FALSE),
    ("belgian", "ne", True, False, TRUE), ("belgian", "ne", True, "yes", FALSE),
    ("region", "eq", "brussels", "brussels", TRUE), ("region", "eq", "brussels", "wallonia", FALSE),
    ("region", "in", ["brussels", "wallonia"], "wallonia", TRUE),
    ("region", "in", ["brussels", "wallonia"], "flanders", FALSE),
    ("region", "not_in", ["brussels"], "flanders", TRUE),
    ("region", "not_in", ["brussels"], "brussels", FALSE),
    ("age", "in", [18, 19], 19, TRUE), ("age", "not_in", [18, 19], 19, FALSE),
    ("benefits", "contains", "ris", ["ris", "apa"], TRUE),
    ("benefits", "contains", "ris", ["apa"], FALSE),
    ("benefits", "contains", "ris", [], FALSE),
    ("benefits", "in", ["ris", "grapa"], ["grapa"], TRUE),
    ("benefits", "in", ["ris", "grapa"], ["apa"], FALSE),
    ("benefits", "not_in", ["ris"], ["apa"], TRUE),
    ("benefits", "not_in", ["ris"], ["ris", "apa"], FALSE),
    ("benefits", "eq", ["ris", "apa"], ["apa", "ris"], TRUE),
    ("benefits", "eq", ["ris"], ["ris", "apa"], FALSE),
    ("benefits", "ne", ["ris"], ["ris", "apa"], TRUE),
]


@pytest.mark.parametrize(("question", "op", "value", "answer", "expected"), CASES)
def test_an_operator_compares_the_answer(question, op, value, answer, expected):
    ruleset = one({"question": question, "op": op, "value": value})
    result = evaluate(ruleset, {question: answer})["the-right"]
    assert result.truth is expected
    assert result.conditions[0].truth is expected


OPERATORS = sorted({(question, op, json.dumps(value)) for question, op, value, _, _ in CASES})


@pytest.mark.parametrize(("question", "op", "value"), OPERATORS)
@pytest.mark.parametrize("answers", [{}, "dont_know", None], ids=["missing", "dont_know", "null"])
def test_every_operator_is_unknown_without_an_answer(question, op, value, answers):
    ruleset = one({"question": question, "op": op, "value": json.loads(value)})
    raw = {} if answers == {} else {question: answers}
    result = evaluate(ruleset, raw)["the-right"]
    assert result.truth is UNKNOWN
    assert result.outcome == "possible"


def test_outcomes_are_likely_possible_and_unlikely():
    ruleset = one({"question": "age", "op": "gte", "value": 18})
    assert evaluate(ruleset, {"age": 30})["the-right"].outcome == "likely"
    assert evaluate(ruleset, {})["the-right"].outcome == "possible"
    assert evaluate(ruleset, {"age": 12})["the-right"].outcome == "unlikely"


def test_a_result_carries_the_status_of_every_condition_and_group():
    ruleset = one({"all": [
        {"question": "age", "op": "gte", "value": 18, "text": {"en": "You are 18 or older"}},
        {"any": [{"question": "belgian", "op": "eq", "value": True},
                 {"question": "region", "op": "eq", "value": "brussels"}]},
        {"not": {"question": "income", "op": "gt", "value": 2000}},
    ]})
    result = evaluate(ruleset, {"age": 30, "belgian": False, "income": 1000})["the-right"]
    statuses = {status.path: str(status.truth) for status in result.statuses}
    assert statuses == {"": "unknown", "all[0]": "true", "all[1]": "unknown",
                        "all[1].any[0]": "false", "all[1].any[1]": "unknown",
                        "all[2]": "true", "all[2].not": "false"}
    assert result.conditions[0].node.extra["text"] == {"en": "You are 18 or older"}


def test_the_reasons_of_a_likely_right_are_the_conditions_that_make_it_true():
    ruleset = one({"all": [
        {"question": "age", "op": "gte", "value": 18},
        {"any": [{"question": "belgian", "op": "eq", "value": True},
                 {"question": "region", "op": "eq", "value": "brussels"}]}]})
    result = evaluate(ruleset, {"age": 30, "belgian": True, "region": "flanders"})["the-right"]
    assert [reason.path for reason in result.reasons] == ["all[0]", "all[1].any[0]"]


def test_the_reasons_of_an_unlikely_right_say_what_would_have_to_change():
    ruleset = one({"all": [{"question": "age", "op": "gte", "value": 18},
                           {"question": "income", "op": "lt", "value": 1000}]})
    result = evaluate(ruleset, {"age": 30, "income": 5000})["the-right"]
    assert [(r.path, str(r.truth)) for r in result.reasons] == [("all[1]", "false")]


def test_the_reasons_of_a_possible_right_are_the_open_questions():
    ruleset = one({"all": [{"question": "age", "op": "gte", "value": 18},
                           {"question": "income", "op": "lt", "value": 1000}]})
    result = evaluate(ruleset, {"age": 30})["the-right"]
    assert [(r.path, str(r.truth)) for r in result.reasons] == [("all[1]", "unknown")]


def test_an_answer_to_a_question_not_asked_does_not_count():
    ruleset = one({"question": "children", "op": "gte", "value": 1})
    assert evaluate(ruleset, {"has_children": True, "children": 2})["the-right"].truth is TRUE
    assert evaluate(ruleset, {"has_children": False, "children": 2})["the-right"].truth \
        is UNKNOWN


def test_a_not_with_its_own_sentence_is_its_own_reason():
    belgian = {"question": "belgian", "op": "eq", "value": True}
    ruleset = one({"all": [{"question": "age", "op": "gte", "value": 18},
                           {"not": belgian, "text": {"en": "You are not Belgian"}}]})
    result = evaluate(ruleset, {"age": 30, "belgian": False})["the-right"]
    assert [(r.path, str(r.truth)) for r in result.reasons] == [
        ("all[0]", "true"), ("all[1]", "true")]
