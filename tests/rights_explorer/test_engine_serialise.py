"""Import then export gives back the same file, byte for byte (the 19 rights
of the facts file, which will seed the demo), and any JSON at all is either a
rule set or refused with RulesError, never another exception."""

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rights_explorer.engine import (
    RulesError,
    dumps,
    evaluate,
    evaluation_as_json,
    export,
    loads,
    parse,
    questions_to_ask,
)

FIXTURE = Path(__file__).parent / "fixtures" / "rights_be.json"
TEXT = FIXTURE.read_text(encoding="utf-8")


def test_the_facts_file_rights_round_trip_byte_for_byte():
    ruleset = loads(TEXT)
    assert len(ruleset.rights) == 19
    assert dumps(ruleset) == TEXT


def test_an_export_has_a_stable_key_order_whatever_the_input_order():
    data = json.loads(TEXT)
    shuffled = {"rights": [dict(reversed(list(right.items()))) for right in data["rights"]],
                "questions": [dict(reversed(list(q.items()))) for q in data["questions"]]}
    assert dumps(parse(shuffled)) == TEXT


def test_extra_keys_such_as_reader_sentences_are_kept():
    right = export(loads(TEXT))["rights"][0]
    assert right["slug"] == "revenu-integration"
    assert right["kind"] == "E"
    assert right["rule"]["all"][0]["any"][0]["text"]["fr"] == "Vous avez 18 ans ou plus"


def test_a_single_person_on_a_low_income_in_brussels_gets_the_unlocked_rights():
    answers = {"age": 30, "region": "brussels", "residence_status": "belgian",
               "household": "alone", "monthly_income": "900", "has_children": False}
    outcomes = evaluate(loads(TEXT), answers).outcomes()
    for slug in ("revenu-integration", "intervention-majoree", "tarif-social-energie",
                 "tarif-preferentiel-stib"):
        assert outcomes[slug] == "likely", slug
    assert outcomes["aide-equivalente-ris"] == "unlikely"
    assert outcomes["grapa"] == "unlikely"
    assert outcomes["article-60"] == "possible"


def test_the_questionnaire_on_the_facts_file_skips_what_no_longer_matters():
    ruleset = loads(TEXT)
    answers = {"age": 30, "region": "brussels", "residence_status": "belgian",
               "household": "alone", "monthly_income": 900, "has_children": False}
    slugs = [question.slug for question in questions_to_ask(ruleset, answers)]
    assert "children_count" not in slugs  # no children
    assert "benefits" not in slugs  # every right it could unlock is already likely


def test_an_evaluation_exports_each_rights_outcome_and_condition_statuses():
    rows = evaluation_as_json(evaluate(loads(TEXT), {"age": 70}))
    grapa = next(row for row in rows if row["slug"] == "grapa")
    assert grapa["outcome"] == "possible"
    assert grapa["conditions"][1] == {
        "path": "all[0]", "status": "true", "question": "age", "op": "gte", "value": 66,
        "text": {"de": "Sie sind 66 Jahre oder älter", "en": "You are 66 or older",
                 "fr": "Vous avez 66 ans ou plus", "nl": "U bent 66 jaar of ouder"}}


def test_text_that_is_not_json_is_refused():
    try:
        loads("{not json")
    except RulesError as error:
        assert str(error).startswith("rules: not valid JSON")
    else:
        raise AssertionError("accepted")


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8)
    | st.sampled_from(["age", "all", "any", "not", "right", "question", "op", "value", "eq",
                       "gte", "contains", "in", "revenu-integration", "region", "brussels"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["question", "op", "value", "all", "any", "not", "right", "slug",
                         "type", "choices", "title", "rule", "asked_if", "text"])
        | st.text(max_size=4), inner, max_size=5),
    max_leaves=30)


def refused_or_parsed(data):
    try:
        ruleset = parse(data)
    except RulesError as error:
        assert error.problems
        return
    assert dumps(loads(dumps(ruleset))) == dumps(ruleset)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=JSON)
def test_any_json_is_parsed_or_refused_with_rules_error(data):
    refused_or_parsed(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(questions=JSON, rights=JSON, which=st.integers(0, 18))
def test_any_json_in_place_of_questions_or_one_right_rule_is_refused_cleanly(
        questions, rights, which):
    data = json.loads(TEXT)
    refused_or_parsed({"questions": questions, "rights": data["rights"]})
    data["rights"][which]["rule"] = rights
    refused_or_parsed(data)
    data["rights"][which]["rule"] = {"all": [rights, {"not": questions}]}
    refused_or_parsed(data)
