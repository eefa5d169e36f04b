"""The citizen's questionnaire, by POSTs as a browser without JavaScript
sends them: one question per screen, results grouped with their reasons,
back and "change this answer", and the answers nowhere but in the signed
value of the forms."""

import re

import pytest
from django.apps import apps
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rights_explorer import journey
from rights_explorer.engine import parse
from rights_explorer.journey_forms import AnswerForm
from tests.conftest import text_of
from tests.factories import translate, translate_snippet
from tests.rights_explorer.rights_factories import (
    AGE_18,
    make_explorer,
    make_question,
    make_right,
)

pytestmark = pytest.mark.django_db

IN_BELGIUM = {"question": "in_belgium", "op": "eq", "value": True,
              "text": {"fr": "Vous vivez en Belgique", "nl": "U woont in België",
                       "de": "Sie wohnen in Belgien", "en": "You live in Belgium"}}
HAS_CHILDREN = {"question": "children", "op": "gte", "value": 1,
                "text": {"fr": "Vous avez au moins un enfant à charge",
                         "nl": "U hebt minstens één kind ten laste",
                         "de": "Sie haben mindestens ein Kind", "en": "You have a child"}}
STUDENT = {"question": "situation", "op": "eq", "value": "student",
           "text": {"fr": "Vous êtes étudiant", "nl": "U bent student",
                    "de": "Sie sind Student", "en": "You are a student"}}


@pytest.fixture
def explorer():
    make_question("age", "age", text="Quel âge avez-vous ?", sort_order=1)
    make_question("in_belgium", text="Vivez-vous en Belgique ?", sort_order=2)
    make_question("has_children", text="Avez-vous des enfants ?", sort_order=3)
    make_question("children", "number", text="Combien d'enfants ?", sort_order=4,
                  asked_if={"question": "has_children", "op": "eq", "value": True})
    make_question("situation", "choice", text="Quelle est votre situation ?", sort_order=5,
                  choices=[{"value": "student", "label": {"fr": "Étudiant", "nl": "Student"}},
                           {"value": "worker", "label": {"fr": "Travailleur",
                                                         "nl": "Werknemer"}}])
    make_question("unused", text="Une question qu'aucune règle n'utilise ?", sort_order=6)
    page = make_explorer()
    make_right(page, "revenu-integration", {"all": [AGE_18, IN_BELGIUM]},
               title="Le revenu d'intégration")
    make_right(page, "allocations", {"all": [{"question": "has_children", "op": "eq",
                                              "value": True}, HAS_CHILDREN]},
               title="Les allocations familiales")
    make_right(page, "bourse", STUDENT, title="La bourse d'études")
    return page


def state_of(response):
    found = re.search(r'name="state" value="([^"]*)"', response.content.decode())
    return found.group(1) if found else ""


def question_of(response):
    found = re.search(r'name="question" value="([^"]*)"', response.content.decode())
    return found.group(1) if found else None


def answer(client, page, response, value, action="answer", **extra):
    data = {"state": state_of(response), "question": question_of(response), "action": action,
            **extra}
    if value is not None:
        data["answer"] = value
    return client.post(page.url, data)


def answer_all(client, page, answers):
    response = client.post(page.url)  # "Start"
    seen = []
    while question_of(response) is not None and 'value="answer"' in response.content.decode():
        slug = question_of(response)
        seen.append(slug)
        response = answer(client, page, response, answers[slug])
        assert response.status_code == 200
    return response, seen


ADULT_WITH_CHILDREN = {"age": "30", "in_belgium": "yes", "has_children": "yes",
                       "children": "2", "situation": "worker", "unused": "no"}


def test_the_explorer_opens_on_an_introduction_with_a_start_button(explorer, client):
    response = client.get(explorer.url)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert 'method="post"' in html and "Commencer" in text_of(response)


def test_a_full_journey_gives_the_rights_grouped_with_their_reasons(explorer, client):
    response, seen = answer_all(client, explorer, ADULT_WITH_CHILDREN)
    text = text_of(response)
    likely = text.split("Vous avez probablement droit à")[1].split("Probablement pas")[0]
    assert "Le revenu d'intégration" in likely
    assert "Vous avez 18 ans ou plus" in likely and "Vous vivez en Belgique" in likely
    assert "Les allocations familiales" in likely
    unlikely = text.split("Probablement pas pour le moment")[1]
    assert "La bourse d'études" in unlikely and "Vous êtes étudiant" in unlikely
    assert "<details" in response.content.decode()
    assert seen == ["age", "in_belgium", "has_children", "children", "situation"]


def test_questions_no_rule_needs_are_not_asked_unless_all_are_shown(explorer, client):
    _response, seen = answer_all(client, explorer, {**ADULT_WITH_CHILDREN, "age": "15"})
    assert "unused" not in seen
    assert "in_belgium" not in seen  # a 15-year-old gets no revenu d'intégration anyway
    assert "children" in seen
    start = client.post(explorer.url)
    everything = client.post(explorer.url, {"state": state_of(start), "action": "show_all"})
    response, seen = everything, []
    while 'value="answer"' in response.content.decode():
        seen.append(question_of(response))
        response = answer(client, explorer, response, ADULT_WITH_CHILDREN[seen[-1]])
    assert "unused" in seen


def test_the_skip_condition_spares_the_question_about_children(explorer, client):
    response, seen = answer_all(client, explorer, {**ADULT_WITH_CHILDREN, "has_children": "no"})
    assert "children" not in seen
    text = text_of(response)
    assert "Les allocations familiales" in text.split("Probablement pas pour le moment")[1]


def test_the_progress_and_the_back_button(explorer, client):
    first = client.post(explorer.url)
    assert "Question 1 sur environ 5" in text_of(first)
    second = answer(client, explorer, first, "30")
    assert question_of(second) == "in_belgium"
    assert "Question 2 sur" in text_of(second)
    back = answer(client, explorer, second, None, action="back")
    assert question_of(back) == "age"
    assert 'value="30"' in back.content.decode()  # the answer given, to correct it
    again = answer(client, explorer, back, "70")
    assert question_of(again) == "in_belgium"


def test_change_this_answer_goes_back_to_the_results(explorer, client):
    results, _seen = answer_all(client, explorer, ADULT_WITH_CHILDREN)
    change = client.post(explorer.url, {"state": state_of(results), "question": "situation",
                                        "action": "change"})
    assert question_of(change) == "situation"
    assert re.search(r'value="worker" id="[^"]*" checked', change.content.decode())
    assert "sur environ" not in text_of(change)  # no progress: back to the results next
    after = answer(client, explorer, change, "student")
    assert 'value="answer"' not in after.content.decode()  # no further question
    text = text_of(after)
    assert "Vous avez probablement droit à" in text
    likely = text.split("Vous avez probablement droit à")[1].split("Probablement pas")[0]
    assert "La bourse d'études" in likely


def test_bad_answers_come_back_with_a_message_and_an_error_summary(explorer, client):
    first = client.post(explorer.url)
    for value, message in (("deux cents", "chiffres"), ("200", "de 0 à 130"),
                           ("", "Indiquez un nombre")):
        refused = answer(client, explorer, first, value)
        assert refused.status_code == 200
        assert question_of(refused) == "age"
        text = text_of(refused)
        assert "Il y a un problème" in text and message in text
        assert "<title>Erreur" in refused.content.decode()
    choice_state = {"state": state_of(first), "question": "age", "action": "answer",
                    "answer": "30"}
    second = client.post(explorer.url, choice_state)
    refused = answer(client, explorer, second, "maybe")
    assert question_of(refused) == "in_belgium" and "Il y a un problème" in text_of(refused)
    missing = answer(client, explorer, second, None)
    assert question_of(missing) == "in_belgium" and "Je ne sais pas" in text_of(missing)


def test_i_dont_know_is_an_answer_that_leaves_a_right_possible(explorer, client):
    response, _seen = answer_all(client, explorer, {**ADULT_WITH_CHILDREN,
                                                    "in_belgium": "dont_know"})
    text = text_of(response)
    possible = text.split("Vous avez peut-être droit à")[1].split("Probablement pas")[0]
    assert "Le revenu d'intégration" in possible and "Vous vivez en Belgique" in possible


def test_a_tampered_or_stale_value_restarts_with_a_message(explorer, client):
    first = client.post(explorer.url)
    second = answer(client, explorer, first, "30")
    token = state_of(second)
    tampered = client.post(explorer.url, {"state": token[:-3] + "abc", "question": "in_belgium",
                                          "action": "answer", "answer": "yes"})
    assert tampered.status_code == 200
    assert "Recommencez" in text_of(tampered) and question_of(tampered) == "age"
    stale = journey.State("an-older-version", {"age": 30}).encode()
    restarted = client.post(explorer.url, {"state": stale, "action": "answer",
                                           "question": "in_belgium", "answer": "yes"})
    assert "Les questions ont changé" in text_of(restarted)
    assert question_of(restarted) == "age"


def test_no_answer_leaves_the_forms_no_cookie_session_url_or_row(explorer, client):
    # only the anonymous counters grow (rights_explorer.counting: numbers, no answer)
    counters = apps.get_model("balise_rights", "ResultCount")
    models = [model for model in apps.get_models() if model is not counters]
    counts = {model: model.objects.count() for model in models}
    response, _seen = answer_all(client, explorer, {**ADULT_WITH_CHILDREN, "children": "98765"})
    assert "98765" in text_of(response)  # shown on the page, and nowhere else
    assert {model: model.objects.count() for model in models} == counts
    assert "98765" not in str(response.cookies) and "98765" not in str(client.cookies)
    assert "sessionid" not in client.cookies
    assert "no-store" in response["Cache-Control"]
    for header, value in response.items():
        assert header == "Content-Length" or "98765" not in value, header
    html = response.content.decode()
    assert "?" not in "".join(re.findall(r'action="([^"]*)"', html))
    forms = [chunk.split("</form>")[0] for chunk in html.split("<form")[1:]]
    carrying = [form for form in forms if 'name="state"' in form]
    assert carrying and all(form.startswith(' method="post"') for form in carrying)


def test_the_dutch_journey_speaks_dutch(explorer, client):
    dutch_explorer = translate(explorer, "nl", title="Uw rechten", slug="uw-rechten")
    question_model = apps.get_model("balise_rights", "Question")
    for slug, text in (("age", "Hoe oud bent u?"), ("in_belgium", "Woont u in België?")):
        translated = translate_snippet(question_model.objects.get(slug=slug), "nl", text=text)
        translated.save_revision().publish()
    right = apps.get_model("balise_rights", "RightPage").objects.get(slug="revenu-integration")
    leefloon = translate(right, "nl", title="Het leefloon", slug="leefloon")
    first = client.post(dutch_explorer.url)
    assert "Hoe oud bent u?" in text_of(first) and "Vraag 1 van ongeveer" in text_of(first)
    second = answer(client, dutch_explorer, first, "30")
    assert "Woont u in België?" in text_of(second)
    response, _seen = answer_all(client, dutch_explorer, ADULT_WITH_CHILDREN)
    text = text_of(response)
    assert "U hebt waarschijnlijk recht op" in text
    assert "Het leefloon" in text and "U bent 18 jaar of ouder" in text
    assert leefloon.url in response.content.decode()
    assert "Werknemer" in text and "Travailleur" not in text  # the answer, in Dutch


@settings(max_examples=40, deadline=None, suppress_health_check=[
    HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(value=st.one_of(st.text(max_size=60), st.just("dont_know")),
       question=st.sampled_from(["age", "in_belgium", "children", "situation", "nope", ""]),
       action=st.sampled_from(["answer", "back", "change", "show_all", "results", "x"]),
       garbage=st.text(max_size=80))
def test_whatever_is_posted_never_gives_a_server_error(explorer, client, value, question,
                                                       action, garbage):
    start = client.post(explorer.url)
    token = state_of(answer(client, explorer, start, "30"))
    for state in (token, garbage, token + garbage):
        response = client.post(explorer.url, {"state": state, "question": question,
                                              "action": action, "answer": value})
        assert response.status_code < 500


def test_an_answer_that_no_longer_counts_leaves_the_list_of_answers(explorer, client):
    results, _seen = answer_all(client, explorer, ADULT_WITH_CHILDREN)
    assert "Combien d'enfants ?" in text_of(results)
    change = client.post(explorer.url, {"state": state_of(results), "question": "has_children",
                                        "action": "change"})
    after = answer(client, explorer, change, "no")
    text = text_of(after)
    assert "Combien d'enfants ?" not in text
    assert "Les allocations familiales" in text.split("Probablement pas pour le moment")[1]


MULTI = parse({"questions": [{"slug": "help", "type": "multi",
                              "choices": ["food", "energy"]}],
               "rights": []}).question_by_slug["help"]


@pytest.mark.parametrize(("posted", "kept"), [
    (["food", "energy"], ["energy", "food"]),
    (["_none"], []),
    (["dont_know", "food"], "dont_know"),
])
def test_several_choices_none_of_these_and_i_dont_know(posted, kept):
    form = AnswerForm(MULTI, {"answer": posted}, choices=[("food", "Food"),
                                                                  ("energy", "Energy")])
    assert form.is_valid(), form.errors
    assert form.cleaned_data["value"] == kept


@pytest.mark.parametrize("posted", [[], ["pizza"]])
def test_several_choices_refuse_nothing_ticked_and_unknown_choices(posted):
    form = AnswerForm(MULTI, {"answer": posted}, choices=[("food", "Food")])
    assert not form.is_valid()
    assert "answer" in form.errors


def test_a_number_question_is_not_marked_optional(explorer, client):
    first = client.post(explorer.url)
    assert question_of(first) == "age"
    assert "facultatif" not in text_of(first)
    assert 'inputmode="numeric"' in first.content.decode()
    dont_know = client.post(explorer.url, {"state": state_of(first), "question": "age",
                                           "action": "answer", "answer": "",
                                           "dont_know": "on"})
    assert question_of(dont_know) != "age" or 'value="change"' in dont_know.content.decode()
    assert "Il y a un problème" not in text_of(dont_know)
