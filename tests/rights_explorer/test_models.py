"""Rights and questions as editors save them: a rule that does not hold is
refused with the engine's message naming the condition, and the explorer
page lists its rights in the reader's language."""

import json

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from rights_explorer.models import Question, RightPage
from tests.conftest import text_of
from tests.factories import (
    localize,
    make_channel,
    make_user,
    translate,
    translate_snippet,
)
from tests.rights_explorer.rights_factories import (
    AGE_18,
    make_explorer,
    make_question,
    make_right,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def explorer():
    make_question("age", "age", text="Quel âge avez-vous ?")
    make_question("in_belgium", text="Vivez-vous en Belgique ?")
    return make_explorer()


def rule_errors(page):
    with pytest.raises(ValidationError) as caught:
        page.full_clean()
    return " ".join(caught.value.message_dict["rule"])


def test_a_valid_rule_is_saved_with_its_sentences(explorer):
    right = make_right(explorer, "revenu-integration", {"all": [AGE_18, {
        "question": "in_belgium", "op": "eq", "value": True}]})
    saved = RightPage.objects.get(pk=right.pk)
    assert saved.rule["all"][0]["text"]["nl"] == "U bent 18 jaar of ouder"
    assert saved.live


def test_a_rule_naming_an_unknown_question_is_refused_naming_the_condition(explorer):
    right = make_right(explorer, "revenu-integration", AGE_18)
    right.rule = {"all": [AGE_18, {"question": "income", "op": "lt", "value": 1000}]}
    message = rule_errors(right)
    assert "revenu-integration" in message
    assert "all[1]" in message
    assert "income" in message


def test_a_value_that_does_not_fit_the_question_is_refused(explorer):
    right = make_right(explorer, "revenu-integration", AGE_18)
    right.rule = {"question": "age", "op": "eq", "value": "old"}
    assert "age" in rule_errors(right)


def test_an_empty_rule_is_refused(explorer):
    right = make_right(explorer, "revenu-integration", AGE_18)
    right.rule = {}
    with pytest.raises(ValidationError) as caught:
        right.full_clean()
    assert "rule" in caught.value.message_dict


def test_a_cycle_between_two_rights_is_refused(explorer):
    first = make_right(explorer, "tarif-social", AGE_18)
    make_right(explorer, "intervention-majoree", {"right": "tarif-social"})
    first.rule = {"any": [AGE_18, {"right": "intervention-majoree"}]}
    message = rule_errors(first)
    assert "depends on itself" in message
    assert "tarif-social → intervention-majoree → tarif-social" in message or \
        "intervention-majoree → tarif-social → intervention-majoree" in message


def test_a_right_naming_a_right_that_does_not_exist_is_refused(explorer):
    right = make_right(explorer, "tarif-social", AGE_18)
    right.rule = {"right": "nowhere"}
    assert "nowhere" in rule_errors(right)


def test_a_question_whose_skip_condition_names_an_unknown_question_is_refused(explorer):
    question = Question(locale=Question.objects.first().locale, slug="children_count",
                        type="number", text="Combien d'enfants ?",
                        asked_if={"question": "has_children", "op": "eq", "value": True})
    with pytest.raises(ValidationError) as caught:
        question.full_clean()
    assert "has_children" in " ".join(caught.value.message_dict["asked_if"])


def test_changing_a_question_type_that_a_rule_relies_on_is_refused(explorer):
    make_right(explorer, "revenu-integration", AGE_18)
    age = Question.objects.get(slug="age")
    age.type = "boolean"
    with pytest.raises(ValidationError) as caught:
        age.full_clean()
    assert "revenu-integration" in str(caught.value)


def test_to_engine_gives_the_contracts_question(explorer):
    question = make_question("region", "choice", choices=[
        {"value": "brussels", "label": {"fr": "Bruxelles", "nl": "Brussel"}}, "wallonia"])
    assert question.to_engine() == {"slug": "region", "type": "choice", "choices": [
        {"value": "brussels", "label": {"fr": "Bruxelles", "nl": "Brussel"}}, "wallonia"]}


def test_the_explorer_lists_its_rights_in_the_readers_language(explorer, client):
    right = make_right(explorer, "revenu-integration", AGE_18,
                       title="Le revenu d'intégration")
    make_right(explorer, "brouillon", AGE_18, title="Un droit pas encore publié", live=False)
    dutch = translate(right, "nl", title="Het leefloon", slug="leefloon")
    french_page = text_of(client.get(explorer.url))
    dutch_page = text_of(client.get(dutch.get_parent().url))
    assert "Le revenu d'intégration" in french_page
    assert "Un droit pas encore publié" not in french_page
    assert "Het leefloon" in dutch_page
    assert "Le revenu d'intégration" not in dutch_page
    assert client.get(dutch.url).status_code == 200


def right_form(title, slug, rule, **extra):
    return nested_form_data({
        "title": title, "slug": slug, "intro": "", "what_it_is": rich_text(""),
        "who_can_get_it": rich_text(""), "what_you_get": streamfield([]),
        "how_to_apply": streamfield([]), "documents": streamfield([]),
        "legal_source": "", "legal_source_url": "", "kind": "E", "last_reviewed": "",
        "rule": json.dumps(rule), "comments": inline_formset([]), **extra,
    })


def test_the_admin_form_shows_the_engines_message_next_to_the_rule(explorer, client):
    client.force_login(make_user(superuser=True))
    add = reverse("wagtailadmin_pages:add", args=["balise_rights", "rightpage", explorer.pk])
    assert client.get(add).status_code == 200
    refused = client.post(add, right_form("Prime", "prime", {"all": [
        AGE_18, {"question": "income", "op": "lt", "value": 1000}]}))
    assert refused.status_code == 200
    assert "prime: all[1]: no question" in text_of(refused)
    assert not RightPage.objects.filter(slug="prime").exists()
    saved = client.post(add, right_form("Prime", "prime", AGE_18))
    assert saved.status_code == 302
    assert RightPage.objects.get(slug="prime").rule == AGE_18


def test_the_question_snippet_is_edited_in_the_admin(explorer, client):
    client.force_login(make_user(superuser=True))
    age = Question.objects.get(slug="age")
    edit = client.get(reverse("wagtailsnippets_balise_rights_question:edit", args=[age.pk]))
    assert edit.status_code == 200
    assert "Quel âge avez-vous ?" in edit.content.decode()


def test_a_right_page_shows_what_you_get_with_the_date_and_how_to_apply(explorer, client):
    right = make_right(
        explorer, "revenu-integration", AGE_18, title="Le revenu d'intégration",
        what_you_get=[{"type": "amount", "value": {
            "label": "Personne isolée", "amount": "1 314,20 € par mois",
            "applies_from": "2025-02-01"}}],
        how_to_apply=[{"type": "step", "value": "Prenez rendez-vous au CPAS."}],
        documents=[{"type": "document", "value": "Votre carte d'identité"}],
        legal_source="Loi du 26 mai 2002", legal_source_url="https://www.mi-is.be/")
    text = text_of(client.get(right.url))
    assert "Personne isolée: 1 314,20 € par mois (montant au 1 février 2025)" in text
    assert "Comment le demander Prenez rendez-vous au CPAS." in text
    assert "Documents à apporter Votre carte d'identité" in text
    assert "Source légale : Loi du 26 mai 2002" in text


def test_wagtail_localize_translates_a_right_and_keeps_its_rule_and_where_to_go(explorer, client):
    channel = make_channel("desk", name="Au guichet")
    translate_snippet(channel, "nl", name="Aan het loket")
    right = make_right(explorer, "revenu-integration", AGE_18, title="Le revenu d'intégration",
                       intro="De l'argent chaque mois.", contact_channel=channel)
    dutch = localize(right, ["nl"], texts={"nl": {
        "Le revenu d'intégration": "Het leefloon",
        "De l'argent chaque mois.": "Elke maand geld."}})["nl"].specific
    assert dutch.title == "Het leefloon"
    assert dutch.rule == AGE_18
    text = text_of(client.get(dutch.url))
    assert "Elke maand geld." in text and "Aan het loket" in text
    assert "Waar moet u naartoe?" in text


def test_wagtail_localize_translates_a_questions_wording_not_its_choices(explorer):
    question = make_question("region", "choice", text="Où vivez-vous ?", choices=["brussels"])
    dutch = localize(question, ["nl"], texts={"nl": {"Où vivez-vous ?": "Waar woont u?"}})["nl"]
    assert dutch.text == "Waar woont u?"
    assert dutch.slug == "region" and dutch.choices == ["brussels"]


def test_a_slug_the_rules_cannot_name_is_refused_on_the_slug(explorer):
    right = make_right(explorer, "revenu-integration", AGE_18)
    right.slug = "aide-énergie"
    with pytest.raises(ValidationError) as caught:
        right.full_clean()
    assert "slug" in caught.value.message_dict
    question = Question(locale=right.locale, slug="Age2", type="age", text="Âge ?")
    with pytest.raises(ValidationError) as caught:
        question.full_clean()
    assert "slug" in caught.value.message_dict
