"""The rule editor in the admin, as the server renders it: the right's edit
page carries the rule's JSON in its textarea (what is posted, and all that
staff without JavaScript have) and, for the tree, the questions, the other
rights, the operators and the labels in the editor's language; a posted rule
is saved, and a wrong one is refused with the engine's message."""

import json

import pytest
from django.urls import reverse
from django.utils import translation

from rights_explorer.models import RightPage
from rights_explorer.rule_editor.widget import RuleEditorWidget, editor_data
from tests.conftest import text_of
from tests.factories import make_user
from tests.rights_explorer.rights_factories import (
    AGE_18,
    make_explorer,
    make_question,
    make_right,
)
from tests.rights_explorer.test_models import right_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def explorer():
    make_question("age", "age", text="Quel âge avez-vous ?")
    make_question("region", "choice", text="Où vivez-vous ?", choices=[
        {"value": "brussels", "label": {"fr": "Bruxelles", "nl": "Brussel"}}, "wallonia"])
    return make_explorer()


def editor_json(html, rule_id="id_rule"):
    """The data the tree is drawn from, read from the page's json_script."""
    start = html.index(f'<script id="{rule_id}-editor-data" type="application/json">')
    start = html.index(">", start) + 1
    return json.loads(html[start:html.index("</script>", start)])


def test_the_widget_gives_the_tree_the_questions_other_rights_and_operators(explorer):
    make_right(explorer, "revenu-integration", AGE_18, title="Le revenu d'intégration")
    make_right(explorer, "tarif-social", {"right": "revenu-integration"},
               title="Le tarif social")
    data = editor_data(current_right="tarif-social")
    questions = {question["slug"]: question for question in data["questions"]}
    assert questions["age"]["type"] == "age"
    assert questions["age"]["text"] == "Quel âge avez-vous ?"
    assert questions["region"]["choices"] == [
        {"value": "brussels", "label": "Bruxelles"}, {"value": "wallonia", "label": "wallonia"}]
    assert data["rights"] == [{"slug": "revenu-integration",
                               "title": "Le revenu d'intégration"}], "never itself"
    assert data["operators"]["age"][0] == "gte"
    assert "contains" in data["operators"]["multi"]
    assert "gte" not in data["operators"]["boolean"]
    assert [language["code"] for language in data["languages"]] == ["fr", "nl", "de", "en"]


def test_the_labels_are_in_the_editors_language(explorer):
    with translation.override("nl"):
        data = editor_data()
    assert data["labels"]["all"] == "Al deze voorwaarden"
    assert data["operator_labels"]["gte"] == "is minstens"
    assert data["labels"]["add_question"] != "Add a condition on a question"


def test_the_textarea_holds_the_rule_and_stays_usable_without_javascript(explorer):
    html = RuleEditorWidget().render("rule", json.dumps(AGE_18), attrs={"id": "id_rule"})
    assert '<textarea name="rule"' in html
    assert "&quot;gte&quot;" in html
    assert 'data-controller="balise-rule-editor"' in html
    assert editor_json(html)["questions"][0]["slug"] == "age"
    assert "<script>" not in html, "no inline script (CSP)"


def test_the_edit_page_shows_the_tree_editor_with_its_script_and_the_rule(explorer, client):
    client.force_login(make_user(superuser=True))
    right = make_right(explorer, "revenu-integration", AGE_18)
    make_right(explorer, "tarif-social", {"right": "revenu-integration"})
    response = client.get(reverse("wagtailadmin_pages:edit", args=[right.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "balise_rights/rule-editor.js" in html
    assert "balise_rights/rule-editor.css" in html
    assert [r["slug"] for r in editor_json(html)["rights"]] == ["tarif-social"]
    assert "Vous avez 18 ans ou plus" in html


def test_a_rule_posted_from_the_editor_is_saved(explorer, client):
    client.force_login(make_user(superuser=True))
    make_right(explorer, "revenu-integration", AGE_18)
    add = reverse("wagtailadmin_pages:add", args=["balise_rights", "rightpage", explorer.pk])
    rule = {"all": [AGE_18, {"right": "revenu-integration",
                             "text": {"fr": "Vous recevez le revenu d'intégration"}}]}
    saved = client.post(add, right_form("Prime", "prime", rule))
    assert saved.status_code == 302
    assert RightPage.objects.get(slug="prime").rule == rule


def test_a_wrong_rule_is_refused_with_the_engines_message_above_the_editor(explorer, client):
    client.force_login(make_user(superuser=True))
    add = reverse("wagtailadmin_pages:add", args=["balise_rights", "rightpage", explorer.pk])
    refused = client.post(add, right_form("Prime", "prime", {"all": [
        AGE_18, {"question": "age", "op": "contains", "value": 18}]}))
    assert refused.status_code == 200
    assert "prime: all[1]: question 'age' is an age; 'contains' needs a multi question" \
        in text_of(refused)
    html = refused.content.decode()
    assert html.index("needs a multi question") < html.index('data-controller="balise-rule-editor"')
    assert editor_json(html)["problems"] == [{
        "path": "all[1]",
        "message": "question 'age' is an age; 'contains' needs a multi question"}], \
        "the tree shows the problem next to its condition"
    assert not RightPage.objects.filter(slug="prime").exists()


def test_a_problem_of_the_whole_rule_is_shown_at_its_top_and_other_rights_are_left_out():
    data = editor_data("tarif-social", problems=[
        "tarif-social: depends on itself: tarif-social → bim → tarif-social",
        "bim: any[0]: no right 'nowhere'",
        "tarif-social: any[2].not: no question 'income'"])
    assert data["problems"] == [
        {"path": "", "message": "depends on itself: tarif-social → bim → tarif-social"},
        {"path": "any[2].not", "message": "no question 'income'"}]
