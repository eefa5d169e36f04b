"""rights_export, rights_import and rights_evaluate as an integrator uses
them: the contract's JSON, all-or-nothing imports whose errors name the right
and the condition, and an import-export round trip that gives the file back
byte for byte."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from rights_explorer.models import Question, RightPage
from tests.rights_explorer.rights_factories import (
    AGE_18,
    make_explorer,
    make_question,
    make_right,
)

pytestmark = pytest.mark.django_db
FIXTURE = Path(__file__).parent / "fixtures" / "rights_be.json"


def run(*args):
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


@pytest.fixture
def explorer():
    return make_explorer()


def write(tmp_path, data):
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return str(path)


SMALL = {
    "questions": [
        {"slug": "age", "type": "age", "text": {"fr": "Quel âge avez-vous ?",
                                                "nl": "Hoe oud bent u?"}},
        {"slug": "has_children", "type": "boolean", "text": "Avez-vous des enfants ?"},
    ],
    "rights": [
        {"slug": "revenu-integration", "title": "Revenu d'intégration", "kind": "E",
         "rule": AGE_18},
        {"slug": "tarif-social", "title": "Tarif social", "rule": {"any": [
            {"right": "revenu-integration"},
            {"question": "has_children", "op": "eq", "value": True}]}},
    ],
}


def test_export_prints_questions_and_rights_with_their_rules(explorer):
    make_question("age", "age", text="Quel âge avez-vous ?", unit="ans")
    make_right(explorer, "revenu-integration", AGE_18, title="Revenu d'intégration", kind="E")
    make_right(explorer, "brouillon", AGE_18, live=False)
    data = json.loads(run("rights_export"))
    assert data["questions"] == [{"slug": "age", "type": "age",
                                  "text": {"fr": "Quel âge avez-vous ?"}, "unit": "ans"}]
    assert data["rights"] == [{"slug": "revenu-integration", "title": "Revenu d'intégration",
                               "rule": AGE_18, "kind": "E"}]


def test_import_then_export_gives_the_file_back_byte_for_byte(explorer):
    text = FIXTURE.read_text(encoding="utf-8")
    assert "Imported 16 questions and 19 rights" in run("rights_import", str(FIXTURE))
    assert run("rights_export") == text
    # a second import updates what is there rather than adding
    run("rights_import", str(FIXTURE))
    assert run("rights_export") == text
    assert RightPage.objects.filter(locale__language_code="fr").count() == 19
    assert Question.objects.filter(locale__language_code="nl").count() == 16


def test_import_publishes_questions_with_their_translations_and_rights_under_the_explorer(
        explorer, tmp_path):
    run("rights_import", write(tmp_path, SMALL))
    age = Question.objects.get(slug="age", locale__language_code="nl")
    assert age.text == "Hoe oud bent u?" and age.live
    right = RightPage.objects.get(slug="tarif-social")
    assert right.live and right.get_parent().pk == explorer.pk


def test_an_invalid_file_is_refused_naming_the_right_and_the_condition_and_nothing_is_written(
        explorer, tmp_path):
    data = json.loads(json.dumps(SMALL))
    data["rights"][1]["rule"]["any"][1]["value"] = "perhaps"
    with pytest.raises(CommandError) as caught:
        run("rights_import", write(tmp_path, data))
    message = str(caught.value)
    assert "Nothing was imported" in message
    assert "tarif-social: any[1]" in message
    assert not Question.objects.exists()
    assert not RightPage.objects.exists()


def test_a_cycle_in_a_file_is_refused(explorer, tmp_path):
    data = json.loads(json.dumps(SMALL))
    data["rights"][0]["rule"] = {"right": "tarif-social"}
    with pytest.raises(CommandError, match="depends on itself"):
        run("rights_import", write(tmp_path, data))
    assert not RightPage.objects.exists()


def test_a_file_that_is_not_json_or_has_unknown_keys_is_refused(explorer, tmp_path):
    with pytest.raises(CommandError, match="not valid JSON"):
        run("rights_import", write(tmp_path, "{"))
    data = json.loads(json.dumps(SMALL))
    data["rights"][0]["colour"] = "blue"
    with pytest.raises(CommandError, match="revenu-integration.*colour"):
        run("rights_import", write(tmp_path, data))
    with pytest.raises(CommandError, match="Cannot read"):
        run("rights_import", str(tmp_path / "missing.json"))
    assert not Question.objects.exists()


def test_a_file_conflicting_with_the_rules_on_the_site_is_refused(explorer, tmp_path):
    run("rights_import", write(tmp_path, SMALL))
    make_right(explorer, "prime", {"right": "tarif-social"})
    data = {"questions": [], "rights": [{"slug": "tarif-social", "title": "Tarif social",
                                        "rule": {"right": "prime"}}]}
    with pytest.raises(CommandError, match="depends on itself"):
        run("rights_import", write(tmp_path, data))
    assert RightPage.objects.get(slug="tarif-social").rule == SMALL["rights"][1]["rule"]


def test_evaluate_prints_every_outcome_with_the_status_of_each_condition(explorer, tmp_path):
    run("rights_import", write(tmp_path, SMALL))
    results = json.loads(run("rights_evaluate", "--answers", '{"age": 30}'))
    assert [(r["slug"], r["outcome"]) for r in results] == [
        ("revenu-integration", "likely"), ("tarif-social", "likely")]
    statuses = {c["path"]: c["status"] for c in results[1]["conditions"]}
    assert statuses == {"": "true", "any[0]": "true", "any[1]": "unknown"}
    assert results[0]["conditions"][0]["text"]["en"] == "You are 18 or older"
    unknown = json.loads(run("rights_evaluate", "--answers", '{"has_children": false}'))
    assert [r["outcome"] for r in unknown] == ["possible", "possible"]
    text = run("rights_evaluate", "--answers", '{"age": 12}', "--format", "text")
    assert text.splitlines()[:2] == ["revenu-integration: unlikely", "  rule: false"]


def test_evaluate_refuses_answers_that_do_not_fit(explorer, tmp_path):
    run("rights_import", write(tmp_path, SMALL))
    with pytest.raises(CommandError, match="age"):
        run("rights_evaluate", "--answers", '{"age": "old"}')
    with pytest.raises(CommandError, match="not valid JSON"):
        run("rights_evaluate", "--answers", "{age")
