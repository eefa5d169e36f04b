"""The demo's rights explorer: 19 real rights with their questions and
rules, in four languages, test personas that hold, topic pages that list the
rights of their theme, and right pages that lead to the "who can help"
directory."""

import io
import json
import re
from html import escape
from pathlib import Path

import pytest
from django.core.management import call_command
from wagtail.models import Revision

from demo import data_files
from demo.seeding import seed
from pages.models import HomePage, InformationPage, TopicPage
from rights_explorer import persona_check
from rights_explorer.engine import DONT_KNOW
from rights_explorer.journey_forms import NONE_OF_THESE
from rights_explorer.models import (
    PartnerDirectoryPage,
    Persona,
    Question,
    RightPage,
    RightsExplorerPage,
)
from tests.conftest import LANGUAGES, text_of

FIXTURE = Path(__file__).resolve().parents[1] / "rights_explorer/fixtures/rights_be.json"
RIGHTS_ON_THIS_THEME = {"fr": "Vos droits sur ce thème", "nl": "Uw rechten over dit thema",
                        "de": "Ihre Rechte zu diesem Thema", "en": "Your rights on this theme"}
TRANSLATED_FIELDS = ["title", "intro", "what_it_is", "who_can_get_it"]


def french_right(slug):
    return RightPage.objects.get(locale__language_code="fr", slug=slug)


def in_language(page, language):
    return type(page).objects.live().get(locale__language_code=language,
                                         translation_key=page.translation_key)


def test_the_19_rights_of_the_facts_sheet_are_live_in_four_languages_with_translated_texts(
        demo_pages):
    french = {page.slug: page for page in RightPage.objects.live().filter(
        locale__language_code="fr")}
    assert set(french) == {right["slug"] for right in json.loads(FIXTURE.read_text())["rights"]}
    for language in ("nl", "de", "en"):
        translated = RightPage.objects.live().filter(locale__language_code=language)
        assert translated.count() == len(french) >= 15, language
        for page in translated:
            source = next(right for right in french.values()
                          if right.translation_key == page.translation_key)
            for name in TRANSLATED_FIELDS:
                assert getattr(page, name) and getattr(page, name) != getattr(source, name), (
                    language, source.slug, name)
            assert [block.value for block in page.how_to_apply] != [
                block.value for block in source.how_to_apply], (language, source.slug)
            assert page.rule == source.rule and page.themes == source.themes


def test_the_demo_rules_are_those_of_the_facts_sheet_fixture(demo_pages):
    fixture = {right["slug"]: right for right in json.loads(FIXTURE.read_text())["rights"]}
    for page in RightPage.objects.filter(locale__language_code="fr"):
        assert page.rule == fixture[page.slug]["rule"], page.slug
        assert page.kind == fixture[page.slug]["kind"], page.slug
        assert page.partner_id or page.contact_channel_id, page.slug
        assert page.themes and page.topic_id and page.last_reviewed, page.slug


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_questions_are_published_with_their_wording_and_choices_in_each_language(
        client, demo_pages, language):
    questions = Question.objects.filter(locale__language_code=language, live=True)
    assert questions.count() == len(data_files.rights_questions()) == 16
    french = {question.slug: question.text
              for question in Question.objects.filter(locale__language_code="fr")}
    for question in questions:
        assert question.text and (language == "fr") == (question.text == french[question.slug])
        for choice in question.choices:  # synchronised: the labels of every language
            assert choice["label"][language] not in ("", choice["value"]), question.slug



def form_answer(question_type, value):
    """A persona's answer as the explorer's form posts it."""
    if value is None:
        return {"dont_know": "on"} if question_type in ("number", "age") else {
            "answer": DONT_KNOW}
    if question_type == "boolean":
        return {"answer": "yes" if value else "no"}
    if question_type == "multi":
        return {"answer": list(value) or [NONE_OF_THESE]}
    return {"answer": str(value)}


def answer_as(client, explorer, answers):
    """Every question the explorer asks, answered as the persona would;
    returns the results page and the questions asked."""
    types = {question["slug"]: question["type"] for question in data_files.rights_questions()}
    response = client.post(explorer.url, {})
    asked = []
    while 'name="action" value="answer"' in (html := response.content.decode()):
        slug = re.search(r'name="question" value="([^"]+)"', html)[1]
        state = re.search(r'name="state" value="([^"]+)"', html)[1]
        asked.append(slug)
        assert len(asked) <= len(types), asked
        response = client.post(explorer.url, {
            "state": state, "question": slug, "action": "answer",
            **form_answer(types[slug], answers.get(slug))})
        assert response.status_code == 200
    return response, asked


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_persona_answers_in_each_language_and_sees_its_likely_rights(
        client, demo_pages, language):
    explorer = RightsExplorerPage.objects.live().get(locale__language_code=language)
    persona = next(item for item in data_files.personas() if item["name"].startswith("Sarah"))
    first = client.post(explorer.url, {})
    age = Question.objects.get(locale__language_code=language, slug="age")
    assert escape(age.text) in first.content.decode()

    results, asked = answer_as(client, explorer, persona["answers"])
    html = results.content.decode()
    region = Question.objects.get(locale__language_code=language, slug="region")
    assert "region" in asked and region.choices[0]["label"][language]
    for expected in persona["expectations"]:
        if expected["outcome"] == "likely":
            right = in_language(french_right(expected["right"]), language)
            assert escape(right.title) in html, (language, right.title)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_explorer_answers_in_each_language_and_the_home_leads_to_it(
        client, demo_pages, language):
    explorer = RightsExplorerPage.objects.live().get(locale__language_code=language)
    response = client.get(explorer.url)
    assert response.status_code == 200
    assert f'<html lang="{language}">' in response.content.decode()
    home = HomePage.objects.get(locale__language_code=language)
    assert f'href="{explorer.url}"' in client.get(home.url).content.decode()


def test_every_persona_holds_against_the_demo_rules(demo_pages):
    personas = list(Persona.objects.prefetch_related("expectations"))
    assert len(personas) >= 10
    assert all(persona.expectations.count() >= 4 for persona in personas)
    outcomes = {item.outcome for persona in personas for item in persona.expectations.all()}
    assert outcomes == {"likely", "possible", "unlikely"}
    _ruleset, checks = persona_check.check()
    broken = [broken for check in checks for broken in check.broken]
    assert len(checks) == len(personas) and not broken, broken


def test_a_second_seed_publishes_no_question_and_saves_no_persona(demo_pages):
    revisions = Revision.objects.count()
    personas = list(Persona.objects.values_list("pk", "name"))
    seeded = seed()
    assert (seeded.questions, seeded.personas) == (0, 0)
    assert Revision.objects.count() == revisions
    assert list(Persona.objects.values_list("pk", "name")) == personas


def _topic_of(french_topic, language):
    return TopicPage.objects.get(locale__language_code=language,
                                 translation_key=french_topic.translation_key)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_topic_page_lists_the_rights_of_its_theme_in_the_readers_language(
        client, demo_pages, language):
    french_topic = TopicPage.objects.get(locale__language_code="fr", slug="logement-energie")
    topic = _topic_of(french_topic, language)
    html = client.get(topic.url).content.decode()
    assert RIGHTS_ON_THIS_THEME[language] in html
    listed = RightPage.objects.filter(locale__language_code="fr", topic=french_topic)
    assert {page.slug for page in listed} >= {"tarif-social-energie", "fonds-social-chauffage",
                                              "fonds-gaz-electricite"}
    for french in listed:
        right = in_language(french, language)
        assert f'href="{right.url}"' in html and escape(right.title) in html, right.url
        assert escape(right.intro) in html
    elsewhere = in_language(french_right("revenu-integration"), language)
    assert f'href="{elsewhere.url}"' not in html
    explorer = RightsExplorerPage.objects.get(locale__language_code=language)
    assert f'href="{explorer.url}"' in html


def test_a_right_published_or_unpublished_shows_at_once_on_its_topic_page(client, demo_pages):
    right = in_language(french_right("aide-sociale"), "nl")
    topic = _topic_of(french_right("aide-sociale").topic, "nl")
    assert escape(right.title) in client.get(topic.url).content.decode()  # now cached

    right.title = "Hulp van het OCMW voor wie het moeilijk heeft"
    right.save_revision().publish()
    assert "Hulp van het OCMW voor wie het moeilijk heeft" in text_of(client.get(topic.url))

    right.unpublish()
    assert "Hulp van het OCMW voor wie het moeilijk heeft" not in text_of(client.get(topic.url))


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_right_page_links_to_the_directory_filtered_by_its_themes(
        client, demo_pages, language):
    right = in_language(french_right("aide-equivalente-ris"), language)
    directory = PartnerDirectoryPage.objects.live().get(locale__language_code=language)
    html = client.get(right.url).content.decode()
    for theme in ("money-debts", "papers-residence"):
        assert f'href="{directory.url}?theme={theme}"' in html, theme
    assert f'href="{directory.url}?theme=health"' not in html

    service = client.get(f"{directory.url}?theme=money-debts")
    assert service.status_code == 200


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_right_page_says_where_to_go_in_the_readers_language(client, demo_pages, language):
    right = in_language(french_right("tarif-social-energie"), language)
    text = text_of(client.get(right.url))
    partner = right.partner.get_translation(right.locale)
    assert partner.name in text and partner.phone in text
    assert data_files.translate("Par téléphone", language) in text


@pytest.mark.parametrize("slug", ["argent-dettes/dettes", "logement-energie/factures-energie"])
def test_information_pages_lead_to_who_can_help(client, demo_pages, slug):
    french = InformationPage.objects.get(locale__language_code="fr",
                                         slug=slug.rpartition("/")[2])
    for language in LANGUAGES:
        page = InformationPage.objects.live().get(locale__language_code=language,
                                                  translation_key=french.translation_key)
        directory = PartnerDirectoryPage.objects.live().get(locale__language_code=language)
        assert f'href="{directory.url}"' in client.get(page.url).content.decode(), page.url


def test_rights_export_then_import_then_export_gives_the_same_bytes(demo_pages, tmp_path):
    first = io.StringIO()
    call_command("rights_export", stdout=first)
    exported = tmp_path / "rights.json"
    exported.write_text(first.getvalue(), encoding="utf-8")
    data = json.loads(first.getvalue())
    assert len(data["questions"]) == 16 and len(data["rights"]) == 19

    call_command("rights_import", str(exported), stdout=io.StringIO())
    second = io.StringIO()
    call_command("rights_export", stdout=second)
    assert second.getvalue().encode() == first.getvalue().encode()
