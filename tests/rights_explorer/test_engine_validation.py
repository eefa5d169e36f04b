"""A rule that does not fit its questions is refused with a message naming
the right and the path of the condition, and every problem is listed at once."""

import pytest

from rights_explorer.engine import RulesError, parse

from .engine_helpers import QUESTIONS, one, rules


def problems(*rights, questions=QUESTIONS):
    with pytest.raises(RulesError) as caught:
        rules(*rights, questions=questions)
    return [str(problem) for problem in caught.value.problems]


def test_an_operator_on_the_wrong_type_names_the_right_and_the_path():
    assert problems(("revenu-integration", {"all": [
        {"question": "belgian", "op": "eq", "value": True},
        {"question": "region", "op": "eq", "value": "brussels"},
        {"question": "age", "op": "contains", "value": 18}]})) == [
        "revenu-integration: all[2]: question 'age' is an age; 'contains' needs a multi question"]


@pytest.mark.parametrize(("condition", "message"), [
    ({"question": "belgian", "op": "gte", "value": 1},
     "question 'belgian' is a yes/no question; 'gte' needs a number or age question"),
    ({"question": "region", "op": "lt", "value": "brussels"},
     "question 'region' is a choice; 'lt' needs a number or age question"),
    ({"question": "region", "op": "eq", "value": "mars"},
     "question 'region' is a choice; 'mars' is not one of its choices "
     "(brussels, wallonia, flanders)"),
    ({"question": "region", "op": "in", "value": ["brussels", "mars"]},
     "question 'region' is a choice; 'mars' is not one of its choices "
     "(brussels, wallonia, flanders)"),
    ({"question": "region", "op": "in", "value": "brussels"},
     "'in' needs a non-empty list of values"),
    ({"question": "region", "op": "not_in", "value": []},
     "'not_in' needs a non-empty list of values"),
    ({"question": "benefits", "op": "contains", "value": "rent"},
     "question 'benefits' is a multi; 'rent' is not one of its choices (ris, grapa, apa)"),
    ({"question": "benefits", "op": "eq", "value": "ris"},
     "question 'benefits' is a multi; 'eq' and 'ne' on a multi question need a list of choices"),
    ({"question": "belgian", "op": "eq", "value": "yes"},
     "question 'belgian' is a yes/no question; the value must be true or false, not 'yes'"),
    ({"question": "income", "op": "lt", "value": True},
     "question 'income' is a number; the value must be a number, not True"),
    ({"question": "age", "op": "gte", "value": 18.5},
     "question 'age' is an age; the value must be a whole number from 0 to 130, not 18.5"),
    ({"question": "age", "op": "gte", "value": 200},
     "question 'age' is an age; the value must be a whole number from 0 to 130, not 200"),
    ({"question": "age", "op": "older", "value": 18},
     "unknown operator 'older'; use one of eq, ne, in, not_in, lt, lte, gt, gte, contains"),
    ({"question": "age", "op": "gte"}, "the condition on question 'age' needs a 'value'"),
    ({"question": "height", "op": "gte", "value": 1}, "no question 'height'"),
    ({"right": "flying-licence"}, "no right 'flying-licence'"),
    ({"all": {"question": "age"}}, "'all' needs a list of conditions"),
    ({"question": "age", "all": []},
     "a condition needs exactly one of 'question', 'all', 'any', 'not' or 'right' (found 2)"),
    ("age >= 18", "a condition must be an object, not str"),
])
def test_a_wrong_condition_is_refused_with_a_message(condition, message):
    assert problems(("grapa", {"any": [{"question": "age", "op": "gte", "value": 66},
                                       {"not": condition}]})) == [f"grapa: any[1].not: {message}"]


def test_every_wrong_condition_of_every_right_is_listed():
    with pytest.raises(RulesError) as caught:
        rules(("a", {"all": [{"question": "age", "op": "contains", "value": 1},
                             {"question": "nope", "op": "eq", "value": 1}]}),
              ("b", {"question": "region", "op": "eq", "value": "mars"}))
    assert [(p.where, p.path) for p in caught.value.problems] == [
        ("a", "all[0]"), ("a", "all[1]"), ("b", "")]
    assert str(caught.value).splitlines()[2] == (
        "b: question 'region' is a choice; 'mars' is not one of its choices "
        "(brussels, wallonia, flanders)")


def test_a_cycle_between_rights_is_refused_with_its_names():
    found = problems(("ris", {"all": [{"question": "age", "op": "gte", "value": 18},
                                      {"right": "bim"}]}),
                     ("bim", {"any": [{"right": "stib"}]}),
                     ("stib", {"right": "ris"}))
    assert found == ["ris: depends on itself: ris → bim → stib → ris"]


def test_a_right_that_depends_on_itself_is_refused():
    assert problems(("ris", {"not": {"right": "ris"}})) == [
        "ris: depends on itself: ris → ris"]


def test_a_long_chain_of_rights_is_accepted_without_recursion_limits():
    chain = [(f"r{n}", {"right": f"r{n + 1}"}) for n in range(3000)]
    chain.append(("r3000", {"question": "age", "op": "gte", "value": 18}))
    assert len(rules(*chain).order) == 3001


def test_a_rule_nested_too_deeply_is_refused_not_crashed():
    rule = {"question": "age", "op": "gte", "value": 18}
    for _ in range(100):
        rule = {"not": rule}
    assert "nested more than 40 levels deep" in problems(("deep", rule))[0]


@pytest.mark.parametrize(("question", "message"), [
    ({"slug": "Age", "type": "age"}, "question 1: a question needs a 'slug'"),
    ({"slug": "age", "type": "date"}, "question 'age': unknown type 'date'"),
    ({"slug": "region", "type": "choice"},
     "question 'region': a choice or multi question needs a list of 'choices'"),
    ({"slug": "region", "type": "choice", "choices": ["a", "a"]},
     "question 'region': two choices have the same value"),
    ({"slug": "region", "type": "choice", "choices": ["dont_know"]},
     "question 'region': the choice 'dont_know' must be a slug (and not 'dont_know')"),
    ({"slug": "age", "type": "age", "choices": ["a"]},
     "question 'age': only choice and multi questions have choices, not age"),
    ({"slug": "age", "type": "age", "allow_negative": True},
     "question 'age': 'allow_negative' is true or false, and only for a number"),
    ({"slug": "age", "type": "age", "asked_if": {"question": "age", "op": "gt", "value": 1}},
     "question 'age': asked_if: a question cannot depend on its own answer"),
    ({"slug": "age", "type": "age", "asked_if": {"right": "x"}},
     "question 'age': asked_if: only questions can decide whether a question is asked"),
])
def test_a_wrong_question_is_refused_with_a_message(question, message):
    found = problems(("x", {"all": []}), questions=[question])
    assert found[0].startswith(message)


def test_questions_that_decide_each_other_are_refused_as_a_cycle():
    questions = [
        {"slug": "a", "type": "boolean", "asked_if": {"question": "b", "op": "eq", "value": True}},
        {"slug": "b", "type": "boolean", "asked_if": {"question": "a", "op": "eq", "value": True}},
    ]
    assert problems(("x", {"all": []}), questions=questions) == [
        "question 'a': asked_if: depends on itself: a → b → a"]


def test_duplicate_slugs_are_refused():
    assert problems(("x", {"all": []}), ("x", {"all": []})) == [
        "x: two rights have this slug"]


@pytest.mark.parametrize("data", [[], "rules", None, {"questions": {}, "rights": []},
                                  {"questions": []}])
def test_a_file_without_questions_and_rights_lists_is_refused(data):
    with pytest.raises(RulesError, match="^rules: "):
        parse(data)


@pytest.mark.parametrize("title", [None, "", " ", {}, {"fr": 5}, {"fr": ""}, ["Droit"]])
def test_a_right_needs_a_title_and_a_rule(title):
    with pytest.raises(RulesError) as caught:
        parse({"questions": [], "rights": [{"slug": "x", "title": title}]})
    assert [str(p) for p in caught.value.problems] == [
        "x: a right needs a 'title' (text, or texts per language)",
        "x: a right needs a 'rule'"]


def test_extra_keys_are_kept_on_every_node():
    ruleset = one({"all": [{"question": "age", "op": "gte", "value": 18,
                            "text": {"fr": "Vous avez 18 ans ou plus"}}], "note": "x"})
    rule = ruleset.rights[0].rule
    assert rule.extra == {"note": "x"}
    assert rule.children[0].extra == {"text": {"fr": "Vous avez 18 ans ou plus"}}


def test_a_right_with_a_wrong_slug_is_reported_once_by_its_position():
    with pytest.raises(RulesError) as caught:
        parse({"questions": [], "rights": [{"slug": "Bad Slug", "title": "x", "rule": {}}]})
    assert str(caught.value) == ("right 1: a right needs a 'slug' of lower-case letters, "
                                 "digits, '-' and '_'")
