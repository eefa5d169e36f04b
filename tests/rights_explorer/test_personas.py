"""Test personas as editors use them: answers and expected outcomes checked
when saved, the check that says which expectations the rules break and why
(in the admin and with ``rights_check_personas``), and a publish of a right
or a question that would break one stopping at a confirmation screen."""

import io
import json

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from rights_explorer.engine import parse
from rights_explorer.engine.personas import PersonaData, check_personas, newly_broken
from rights_explorer.models import Persona, Question, RightPage
from tests.conftest import text_of
from tests.factories import make_user
from tests.rights_explorer.rights_factories import (
    AGE_18,
    make_explorer,
    make_persona,
    make_question,
    make_right,
)

pytestmark = pytest.mark.django_db

IN_BELGIUM = {"question": "in_belgium", "op": "eq", "value": True,
              "text": {"fr": "Vous vivez en Belgique", "nl": "U woont in België",
                       "de": "Sie wohnen in Belgien", "en": "You live in Belgium"}}
RULE = {"all": [AGE_18, IN_BELGIUM]}
CHECK_URL = "balise_rights_check_personas"


@pytest.fixture
def explorer():
    make_question("age", "age", text="Quel âge avez-vous ?")
    make_question("in_belgium", text="Vivez-vous en Belgique ?")
    make_question("situation", "choice", text="Votre situation ?",
                  choices=["alone", "couple"])
    explorer = make_explorer()
    make_right(explorer, "revenu-integration", RULE, title="Revenu d'intégration")
    return explorer


@pytest.fixture
def personas(explorer):
    adult = make_persona("Adulte en Belgique", {"age": 30, "in_belgium": True},
                         [("revenu-integration", "likely")])
    child = make_persona("Enfant", {"age": 10}, [("revenu-integration", "unlikely")])
    return adult, child


@pytest.fixture
def admin(client):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    client.force_login(make_user(superuser=True))
    return client


def run_check(*args):
    out = io.StringIO()
    try:
        call_command("rights_check_personas", *args, stdout=out)
        status = 0
    except SystemExit as exit_:
        status = exit_.code
    return status, out.getvalue()


# The check itself, on plain data (the engine)

SMALL = {"questions": [{"slug": "age", "type": "age"}],
         "rights": [{"slug": "ris", "title": "RIS", "rule": AGE_18}]}


def test_the_engine_check_names_the_broken_expectation_and_the_condition_behind_it():
    ruleset = parse(SMALL)
    holds = PersonaData("Adult", {"age": 30}, (("ris", "likely"),))
    broken = PersonaData("Teenager", {"age": 16}, (("ris", "likely"),))
    unanswered = PersonaData("Silent", {}, (("ris", "unlikely"), ("gone", "likely")))
    checks = check_personas(ruleset, [holds, broken, unanswered])
    assert checks[0].holds
    [teen] = checks[1].broken
    assert (teen.right, teen.expected, teen.got) == ("ris", "likely", "unlikely")
    assert [status.node.question for status in teen.reasons] == ["age"]
    silent = {item.right: item for item in checks[2].broken}
    assert silent["ris"].got == "possible"
    assert silent["gone"].problem == "unknown_right"


def test_only_expectations_a_change_breaks_count_as_newly_broken():
    before = check_personas(parse(SMALL), [PersonaData("Teen", {"age": 16}, (("ris", "likely"),))])
    stricter = json.loads(json.dumps(SMALL))
    stricter["rights"][0]["rule"] = {"question": "age", "op": "gte", "value": 21}
    persona = PersonaData("Adult", {"age": 20}, (("ris", "likely"),))
    after = check_personas(parse(stricter), [persona])
    assert [item.persona.name for item in newly_broken([], after)] == ["Adult"]
    assert newly_broken(before, before) == []


# Saving a persona in the admin

def persona_form(answers, expectations=(), name="Parent seul"):
    return nested_form_data({
        "name": name, "description": "",
        "answers": answers if isinstance(answers, str) else json.dumps(answers),
        "expectations": inline_formset([{"right": right, "outcome": outcome}
                                        for right, outcome in expectations]),
    })


def add_persona(client, answers, expectations=()):
    url = reverse("wagtailsnippets_balise_rights_persona:add")
    return client.post(url, persona_form(answers, expectations))


def test_a_persona_with_valid_answers_and_a_known_right_is_saved(explorer, admin):
    response = add_persona(admin, {"age": 34, "in_belgium": "yes", "situation": "alone"},
                           [("revenu-integration", "likely")])
    assert response.status_code == 302
    saved = Persona.objects.get(name="Parent seul")
    assert [(item.right, item.outcome) for item in saved.expectations.all()] == [
        ("revenu-integration", "likely")]


def test_an_answer_to_an_unknown_question_is_refused_naming_it(explorer, admin):
    response = add_persona(admin, {"agee": 34})
    assert response.status_code == 200
    text = text_of(response)
    assert "“agee” is not a question of the explorer" in text
    assert "age, in_belgium, situation" in text
    assert not Persona.objects.exists()


@pytest.mark.parametrize(("answers", "expected"), [
    ({"age": 200}, "The answer to “age” does not fit that question. Answer an age in whole "
                   "years, from 0 to 130."),
    ({"situation": "widowed"}, "The answer to “situation” does not fit that question. Answer "
                               "one of these values: alone, couple."),
    ({"in_belgium": 3}, "The answer to “in_belgium” does not fit that question. Answer true "
                        "or false."),
])
def test_an_answer_that_does_not_fit_its_question_is_refused_saying_what_fits(
        explorer, admin, answers, expected):
    response = add_persona(admin, answers)
    assert response.status_code == 200
    assert expected in text_of(response)


def test_answers_that_are_not_an_object_are_refused(explorer, admin):
    response = add_persona(admin, "[1, 2]")
    assert "Write the answers as an object" in text_of(response)


def test_an_expectation_for_a_right_that_does_not_exist_is_refused(explorer, admin):
    response = add_persona(admin, {"age": 30}, [("prime-inexistante", "likely")])
    assert response.status_code == 200
    assert "“prime-inexistante” is not a right of the explorer" in text_of(response)
    assert not Persona.objects.exists()


def test_the_expectation_offers_the_rights_in_a_list(explorer, admin):
    response = admin.get(reverse("wagtailsnippets_balise_rights_persona:add"))
    assert "Revenu d&#x27;intégration (revenu-integration)" in response.content.decode()


def test_the_form_lists_the_questions_and_shows_the_answers_one_per_line(personas, admin):
    adult = personas[0]
    response = admin.get(reverse("wagtailsnippets_balise_rights_persona:edit", args=[adult.pk]))
    text = text_of(response)
    assert "age: an age; in_belgium: true or false; situation: one of: alone, couple." in text
    assert '{\n  "age": 30,\n  "in_belgium": true\n}' in response.context["form"][
        "answers"].value()


def test_the_listing_shows_each_personas_status_and_links_to_the_check(personas, admin):
    RightPage.objects.filter(slug="revenu-integration").update(rule=AGE_18)
    make_persona("Étranger", {"age": 30, "in_belgium": False},
                 [("revenu-integration", "unlikely"), ("revenu-integration", "unlikely")])
    response = admin.get(reverse("wagtailsnippets_balise_rights_persona:list"))
    text = text_of(response)
    assert "Status against the published rules" in text
    assert "1 Holds" in text
    assert "2 2 broken" in text
    assert f'href="{reverse(CHECK_URL)}"' in response.content.decode()  # the header button


# The check: command and admin page

def test_the_command_says_ok_and_exits_0_when_every_persona_holds(personas):
    status, out = run_check()
    assert status == 0
    assert "OK      Adulte en Belgique" in out
    assert "2 personas, 2 hold, 0 broken expectations." in out


def test_the_command_lists_a_broken_expectation_with_why_and_exits_1(personas):
    make_persona("Adolescent", {"age": 16, "in_belgium": True},
                 [("revenu-integration", "likely")])
    status, out = run_check()
    assert status == 1
    assert "BROKEN  Adolescent\n  revenu-integration: expected likely, got unlikely\n" \
           "    why: all[0]: age gte 18 is false" in out


def test_the_command_checks_the_drafts_with_drafts(personas):
    right = RightPage.objects.get(slug="revenu-integration")
    right.rule = {"all": [{**AGE_18, "value": 40}, IN_BELGIUM]}
    right.save_revision()
    assert run_check()[0] == 0
    status, out = run_check("--drafts")
    assert status == 1
    assert "BROKEN  Adulte en Belgique" in out


def test_the_command_prints_json_on_request(personas):
    make_persona("Sans réponse", {}, [("revenu-integration", "likely")])
    status, out = run_check("--format", "json")
    data = {item["persona"]: item for item in json.loads(out)}
    assert status == 1
    assert data["Adulte en Belgique"]["holds"] is True
    [broken] = data["Sans réponse"]["broken"]
    assert (broken["expected"], broken["got"]) == ("likely", "possible")
    assert {reason["path"] for reason in broken["why"]} == {"all[0]", "all[1]"}


def test_the_check_page_lists_the_broken_expectations_with_the_reasons(personas, admin):
    make_persona("Adolescent", {"age": 16, "in_belgium": True},
                 [("revenu-integration", "likely")])
    response = admin.get(reverse(CHECK_URL))
    assert response.status_code == 200
    text = text_of(response)
    assert "1 of 3 personas hold." not in text
    assert "2 of 3 personas hold." in text
    assert ("Adolescent Revenu d'intégration revenu-integration Probably has the right "
            "Probably not You are 18 or older (all[0]): does not hold") in text
    assert "Enfant Holds: every expected outcome is met." in text


def test_the_check_page_is_refused_to_a_user_who_may_not_see_personas(personas, client):
    """Wagtail sends a refused reader back to the dashboard with "Sorry, you
    do not have permission", and answers a script with a 403."""
    client.force_login(make_user(permissions=["wagtailadmin.access_admin"]))
    page = client.get(reverse(CHECK_URL))
    assert page.status_code == 302 and page["Location"] == reverse("wagtailadmin_home")
    script = client.get(reverse(CHECK_URL), headers={"x-requested-with": "XMLHttpRequest"})
    assert script.status_code == 403
    assert "Adulte" not in script.content.decode()
    viewer = make_user(permissions=["wagtailadmin.access_admin", "balise_rights.view_persona"])
    client.force_login(viewer)
    assert client.get(reverse(CHECK_URL)).status_code == 200


def test_the_reports_menu_offers_the_check_only_to_who_may_open_it(personas, client):
    client.force_login(make_user(permissions=["wagtailadmin.access_admin",
                                              "balise_rights.view_persona"]))
    assert reverse(CHECK_URL) in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(make_user(permissions=["wagtailadmin.access_admin"]))
    assert reverse(CHECK_URL) not in client.get(reverse("wagtailadmin_home")).content.decode()


# Publishing a right or a question

def right_form(right, rule, **extra):
    return nested_form_data({
        "title": right.title, "slug": right.slug, "intro": "", "what_it_is": rich_text(""),
        "who_can_get_it": rich_text(""), "what_you_get": streamfield([]),
        "how_to_apply": streamfield([]), "documents": streamfield([]),
        "legal_source": "", "legal_source_url": "", "kind": "E", "last_reviewed": "",
        "rule": json.dumps(rule), "comments": inline_formset([]), **extra,
    })


def edit_right(client, rule, **extra):
    right = RightPage.objects.get(slug="revenu-integration")
    url = reverse("wagtailadmin_pages:edit", args=[right.pk])
    return client.post(url, right_form(right, rule, **extra))


STRICTER = {"all": [{**AGE_18, "value": 40}, IN_BELGIUM]}


def test_publishing_a_right_that_breaks_a_persona_asks_for_confirmation(personas, admin):
    response = edit_right(admin, STRICTER, **{"action-publish": "action-publish"})
    assert response.status_code == 200
    text = text_of(response)
    assert "Publishing this breaks test personas" in text
    assert ("Adulte en Belgique Revenu d'intégration revenu-integration Probably has the right "
            "Probably not") in text
    assert "Publish anyway" in text and "Go back to editing" in text
    assert RightPage.objects.get(slug="revenu-integration").rule == RULE
    html = response.content.decode()
    assert 'name="balise_personas_confirmed"' in html
    assert 'name="action-publish"' in html


def test_publish_anyway_posts_the_editors_data_back_and_publishes(personas, admin):
    first = edit_right(admin, STRICTER, **{"action-publish": "action-publish"})
    posted = dict(first.context["posted"])
    assert json.loads(posted["rule"]) == STRICTER
    posted["balise_personas_confirmed"] = "1"
    right = RightPage.objects.get(slug="revenu-integration")
    response = admin.post(reverse("wagtailadmin_pages:edit", args=[right.pk]), posted)
    assert response.status_code == 302
    assert RightPage.objects.get(slug="revenu-integration").rule == STRICTER


def test_going_back_to_editing_keeps_the_change_as_a_draft(personas, admin):
    first = edit_right(admin, STRICTER, **{"action-publish": "action-publish"})
    right = RightPage.objects.get(slug="revenu-integration")
    response = admin.post(reverse("wagtailadmin_pages:edit", args=[right.pk]),
                          dict(first.context["draft_posted"]))
    assert response.status_code == 302
    right.refresh_from_db()
    assert right.rule == RULE
    assert right.get_latest_revision_as_object().rule == STRICTER


def test_saving_a_draft_is_never_stopped(personas, admin):
    response = edit_right(admin, STRICTER)
    assert response.status_code == 302
    right = RightPage.objects.get(slug="revenu-integration")
    assert right.get_latest_revision_as_object().rule == STRICTER


def test_a_right_that_breaks_no_persona_is_published_at_once(personas, admin):
    looser = {"all": [{**AGE_18, "value": 16}, IN_BELGIUM]}
    response = edit_right(admin, looser, **{"action-publish": "action-publish"})
    assert response.status_code == 302
    assert RightPage.objects.get(slug="revenu-integration").rule == looser


def test_an_invalid_rule_shows_wagtails_errors_not_the_confirmation(personas, admin):
    response = edit_right(admin, {"question": "nope", "op": "eq", "value": 1},
                          **{"action-publish": "action-publish"})
    assert response.status_code == 200
    text = text_of(response)
    assert "Publishing this breaks test personas" not in text
    assert "revenu-integration: no question 'nope'" in text or "nope" in text


def test_publishing_a_new_right_that_breaks_a_persona_asks_first(explorer, admin):
    make_persona("Adulte", {"age": 30}, [("prime", "possible")])
    make_right(explorer, "prime", AGE_18, title="Prime", live=False)
    add = reverse("wagtailadmin_pages:add", args=["balise_rights", "rightpage", explorer.pk])
    form = right_form(RightPage(title="Prime 2", slug="prime-2"), AGE_18,
                      **{"action-publish": "action-publish"})
    assert admin.post(add, form).status_code == 302  # "prime" is broken today already
    make_persona("Jeune", {"age": 12}, [("autre", "likely")])
    form = right_form(RightPage(title="Autre", slug="autre"), AGE_18,
                      **{"action-publish": "action-publish"})
    response = admin.post(add, form)
    assert response.status_code == 200
    assert "Jeune" in text_of(response)
    assert not RightPage.objects.filter(slug="autre").exists()


def question_form(question, **changes):
    data = {"slug": question.slug, "text": question.text, "hint": question.hint,
            "type": question.type, "unit": question.unit,
            "choices": json.dumps(question.choices),
            "asked_if": json.dumps(question.asked_if) if question.asked_if else "",
            "sort_order": question.sort_order, **changes}
    return data


def test_publishing_a_question_that_breaks_a_persona_asks_for_confirmation(personas, admin):
    question = Question.objects.get(slug="in_belgium")
    url = reverse("wagtailsnippets_balise_rights_question:edit", args=[question.pk])
    change = {"asked_if": json.dumps({"question": "age", "op": "lt", "value": 18})}
    response = admin.post(url, question_form(question, **change,
                                             **{"action-publish": "action-publish"}))
    assert response.status_code == 200
    assert "Adulte en Belgique" in text_of(response)
    question.refresh_from_db()
    assert question.asked_if is None
    posted = dict(response.context["posted"])
    posted["balise_personas_confirmed"] = "1"
    assert admin.post(url, posted).status_code == 302
    question.refresh_from_db()
    assert question.asked_if == {"question": "age", "op": "lt", "value": 18}


def test_saving_a_question_draft_is_not_stopped(personas, admin):
    question = Question.objects.get(slug="in_belgium")
    url = reverse("wagtailsnippets_balise_rights_question:edit", args=[question.pk])
    change = {"asked_if": json.dumps({"question": "age", "op": "lt", "value": 18})}
    assert admin.post(url, question_form(question, **change)).status_code == 302
