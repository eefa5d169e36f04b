"""Only questions that can still change an outcome are asked, and a question
whose "asked if" condition is false is never asked; an answer to a pruned
question never changes any outcome (property-tested on random rule sets)."""

from itertools import combinations
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rights_explorer.engine import evaluate, loads, questions_to_ask

from .engine_helpers import rules

RIS = ("ris", {"all": [{"question": "age", "op": "gte", "value": 18},
                       {"question": "income", "op": "lt", "value": 1000}]})
FAMILY = ("family", {"all": [{"question": "children", "op": "gte", "value": 1},
                             {"question": "income", "op": "lt", "value": 3000}]})


def asked(ruleset, answers, **options):
    return [question.slug for question in questions_to_ask(ruleset, answers, **options)]


def test_a_question_no_open_right_needs_is_not_asked():
    ruleset = rules(RIS)
    assert asked(ruleset, {}) == ["age", "income"]
    assert asked(ruleset, {"age": 12}) == []  # too young: the income no longer matters
    assert asked(ruleset, {"age": 30}) == ["income"]


def test_show_all_questions_keeps_the_questions_that_would_be_pruned():
    ruleset = rules(RIS)
    assert asked(ruleset, {"age": 12}, show_all=True) == [
        "income", "balance", "belgian", "region", "benefits", "has_children", "children"]


def test_a_question_is_not_asked_when_its_own_condition_is_false():
    ruleset = rules(FAMILY)
    assert "children" not in asked(ruleset, {"has_children": False}, show_all=True)
    assert "children" in asked(ruleset, {"has_children": True})


def test_a_question_that_decides_whether_a_needed_question_is_asked_is_asked():
    # no rule names has_children, but answering "no" spares the children question
    assert asked(rules(FAMILY), {}) == ["income", "has_children", "children"]


def test_i_dont_know_counts_as_answered():
    assert asked(rules(RIS), {"age": "dont_know"}) == ["income"]


def test_a_right_depending_on_a_decided_right_needs_no_more_questions():
    ruleset = rules(RIS, ("bim", {"any": [{"right": "ris"},
                                          {"question": "belgian", "op": "eq", "value": True}]}))
    assert asked(ruleset, {"age": 30, "income": 500}) == []
    assert asked(ruleset, {"age": 30, "income": 5000}) == ["belgian"]


# Random rule sets: conditions drawn from every operator on every type, rights
# referring to earlier rights, and every answer a question can get.
CONDITIONS = [
    {"question": "age", "op": "gte", "value": 18}, {"question": "age", "op": "lt", "value": 66},
    {"question": "age", "op": "in", "value": [17, 18]},
    {"question": "income", "op": "lt", "value": 1000},
    {"question": "income", "op": "gte", "value": 1314.2},
    {"question": "balance", "op": "lt", "value": 0},
    {"question": "belgian", "op": "eq", "value": True},
    {"question": "belgian", "op": "ne", "value": True},
    {"question": "region", "op": "eq", "value": "brussels"},
    {"question": "region", "op": "not_in", "value": ["brussels", "flanders"]},
    {"question": "benefits", "op": "contains", "value": "ris"},
    {"question": "benefits", "op": "in", "value": ["grapa", "apa"]},
    {"question": "benefits", "op": "eq", "value": []},
    {"question": "has_children", "op": "eq", "value": True},
    {"question": "children", "op": "gte", "value": 2},
    {"question": "children", "op": "eq", "value": 0},
]
CANDIDATES = {
    "age": [0, 17, 18, 19, 65, 66, 130, "dont_know"],
    "income": [0, 999, 1000, 1314.2, 5000, "dont_know"],
    "balance": [-5, 0, 5, "dont_know"],
    "belgian": [True, False, "dont_know"], "has_children": [True, False, "dont_know"],
    "region": ["brussels", "wallonia", "flanders", "dont_know"],
    "benefits": [list(c) for n in range(4) for c in combinations(["ris", "grapa", "apa"], n)]
    + ["dont_know"],
    "children": [0, 1, 2, 3, "dont_know"],
}


def rule_trees(right_slugs):
    leaves = st.sampled_from(CONDITIONS)
    if right_slugs:
        leaves = leaves | st.sampled_from([{"right": slug} for slug in right_slugs])
    return st.recursive(leaves, lambda inner: st.lists(inner, max_size=3).map(
        lambda items: {"all": items}) | st.lists(inner, max_size=3).map(
        lambda items: {"any": items}) | inner.map(lambda item: {"not": item}), max_leaves=6)


@st.composite
def rule_sets(draw):
    rights = []
    for number in range(draw(st.integers(1, 4))):
        rights.append((f"r{number}", draw(rule_trees([slug for slug, _ in rights]))))
    return rules(*rights)


@st.composite
def answer_sets(draw):
    slugs = draw(st.lists(st.sampled_from(sorted(CANDIDATES)), unique=True, max_size=6))
    return {slug: draw(st.sampled_from(CANDIDATES[slug])) for slug in slugs}


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ruleset=rule_sets(), answers=answer_sets())
def test_an_answer_to_a_pruned_question_never_changes_an_outcome(ruleset, answers):
    before = evaluate(ruleset, answers).outcomes()
    still_asked = set(asked(ruleset, answers))
    pruned = [slug for slug in CANDIDATES if slug not in answers and slug not in still_asked]
    for slug in pruned:
        for value in CANDIDATES[slug]:
            after = evaluate(ruleset, answers | {slug: value}).outcomes()
            assert after == before, f"answering {slug}={value!r} changed the outcomes"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ruleset=rule_sets(), answers=answer_sets())
def test_a_question_kept_by_show_all_is_only_one_its_condition_allows(ruleset, answers):
    every = asked(ruleset, answers, show_all=True)
    assert set(asked(ruleset, answers)) <= set(every)
    if answers.get("has_children") is False:
        assert "children" not in every


def fixture_candidates():
    ruleset = loads((Path(__file__).parent / "fixtures" / "rights_be.json")
                    .read_text(encoding="utf-8"))
    numbers = {"age": [10, 17, 18, 40, 65, 66, 90], "children_count": [0, 1, 3],
               "monthly_income": [0, 800, 900, 1240, 1400, 1500, 1800, 3000],
               "annual_income": [0, 20000, 25000, 30000, 37000, 40000, 60000]}
    candidates = {}
    for question in ruleset.questions:
        if question.type == "boolean":
            values = [True, False]
        elif question.type == "choice":
            values = list(question.choices)
        elif question.type == "multi":
            values = [[]] + [[choice] for choice in question.choices] + [
                list(question.choices[:2]), list(question.choices)]
        else:
            values = numbers[question.slug]
        candidates[question.slug] = values + ["dont_know"]
    return ruleset, candidates


FACTS, FACTS_CANDIDATES = fixture_candidates()


@st.composite
def facts_answers(draw):
    slugs = draw(st.lists(st.sampled_from(sorted(FACTS_CANDIDATES)), unique=True, max_size=12))
    return {slug: draw(st.sampled_from(FACTS_CANDIDATES[slug])) for slug in slugs}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers=facts_answers())
def test_on_the_facts_file_a_pruned_question_never_changes_an_outcome(answers):
    before = evaluate(FACTS, answers).outcomes()
    still_asked = set(asked(FACTS, answers))
    for slug, values in FACTS_CANDIDATES.items():
        if slug in answers or slug in still_asked:
            continue
        for value in values:
            assert evaluate(FACTS, answers | {slug: value}).outcomes() == before, (slug, value)
