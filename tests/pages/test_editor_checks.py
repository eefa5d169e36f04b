"""The plain-language panel behind the page editor: what it answers for the
text being typed (saved or not), and the optional rule that stops publishing."""

import re

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from pages.models import InformationPage, PlainLanguageSettings
from tests.conftest import text_of
from tests.factories import (
    make_glossary_term,
    make_page,
    make_site,
    make_topic,
    make_user,
    reviewed,
)


@pytest.fixture
def staff_client(client, db):
    client.force_login(make_user("writer", superuser=True))
    return client


@pytest.fixture
def topic(db):
    return make_topic(make_site(), title="Argent et dettes", slug="argent-dettes")


@pytest.fixture
def glossary(db):
    """Two French words the checker flags: one that may stay once explained,
    one to replace, each with its plain alternative."""
    make_glossary_term("cohabitant", plain_alternative="personne qui vit avec d'autres",
                       explanation="Vous vivez sous le même toit que d'autres personnes.")
    make_glossary_term("préalablement", plain_alternative="avant",
                       explanation="Veut dire : avant.", allowed_if_explained=False)


@pytest.fixture
def income(topic, glossary):
    return make_page(
        topic, title="Demander le revenu d'intégration", slug="revenu-integration",
        intro="Le revenu d'intégration est de l'argent que nous vous donnons chaque mois. "
              "Nous vous répondons dans les 30 jours.",
        body=[{"type": "paragraph",
               "value": "<p>Appelez-nous ou venez au guichet pour prendre rendez-vous.</p>"}],
        last_reviewed=reviewed(30))


@pytest.fixture
def first_meeting(topic):
    return make_page(
        topic, title="Préparer votre premier rendez-vous", slug="premier-rendez-vous",
        intro="Au premier rendez-vous, nous parlons avec vous de votre situation. "
              "Voici comment prendre rendez-vous et quoi apporter.",
        body=[{"type": "steps", "value": {"steps": [
            "Appelez le 02 555 12 34 ou venez au guichet.",
            "Nous vous donnons un jour et une heure de rendez-vous."]}}],
        last_reviewed=reviewed(30))


def form_data(page, intro, paragraph="<p>Venez au guichet.</p>", **extra):
    return nested_form_data({
        "title": page.title if page else "Nouvelle page",
        "slug": page.slug if page else "nouvelle-page",
        "intro": intro,
        "body": streamfield([("paragraph", rich_text(paragraph))]),
        "review_interval": 6,
        "comments": inline_formset([]),
        **extra,
    })


def test_the_panel_checks_unsaved_text_with_the_sentence_and_the_plain_alternative(
        staff_client, income):
    page = income
    url = reverse("balise_plain_language_check", args=[page.pk])
    response = staff_client.post(url, form_data(
        page, "Si vous êtes cohabitant, la décision est envoyée par courrier.",
        "<p>Apportez préalablement vos papiers.</p>"))
    assert response.status_code == 200
    text = text_of(response)
    assert "Si vous êtes cohabitant, la décision est envoyée par courrier." in text
    assert "vit avec" in text or "avec d'autres" in text, "the glossary's plain alternative"
    rules = {chunk.split('"')[0] for chunk in response.content.decode().split('data-rule="')[1:]}
    assert rules == {"jargon", "passive"}
    assert "Corps · 1 · Paragraphe" in text or "· 1 ·" in text, "says which block to fix"
    # nothing was saved
    assert InformationPage.objects.get(pk=page.pk).intro != \
        "Si vous êtes cohabitant, la décision est envoyée par courrier."


def test_the_panel_works_while_a_page_is_being_created_and_says_when_there_is_no_text(
        staff_client, topic):
    url = reverse("balise_plain_language_check_new",
                  args=["balise_pages", "informationpage", topic.pk])
    response = staff_client.post(url, form_data(None, "Nous vous aidons.", paragraph=""))
    assert response.status_code == 200 and "data-plain-language-band" in response.content.decode()
    edit = staff_client.get(reverse("wagtailadmin_pages:add",
                                    args=["balise_pages", "informationpage", topic.pk]))
    html = edit.content.decode()
    assert "data-plain-language" in html and url in html
    assert "plain_language_panel.js" in html


def test_the_panel_refuses_people_who_may_not_edit_the_page(client, income):
    page = income
    url = reverse("balise_plain_language_check", args=[page.pk])
    response = client.post(url, form_data(page, "Texte."))
    assert response.status_code in (302, 403)
    client.force_login(make_user("visitor"))
    assert client.post(url, form_data(page, "Texte.")).status_code in (302, 403)


def _publish(staff_client, page, intro):
    return staff_client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]),
                             form_data(page, intro, **{"action-publish": "publish"}))


HARD = ("Conformément aux dispositions réglementaires applicables, l'introduction "
        "d'une demande administrative nécessite impérativement la communication préalable "
        "d'informations justificatives circonstanciées.")


def test_publishing_is_never_blocked_unless_the_site_asks_for_a_minimum(staff_client,
                                                                         first_meeting):
    page = first_meeting
    response = _publish(staff_client, page, HARD)
    assert response.status_code == 302, "off by default: a hard text can be published"
    assert Page.objects.get(pk=page.pk).specific.intro == HARD

    settings = PlainLanguageSettings.for_site(page.get_site())
    settings.minimum_band_to_publish = "fairly_easy"
    settings.save()
    blocked = _publish(staff_client, page, HARD + " Voilà.")
    assert blocked.status_code == 200
    assert "Ce site publie seulement les pages" in blocked.content.decode()
    assert Page.objects.get(pk=page.pk).specific.intro == HARD, "not published"
    draft = staff_client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]),
                              form_data(page, HARD + " Brouillon."))
    assert draft.status_code == 302, "a draft can always be saved"
    easy = _publish(staff_client, page, "Venez nous voir. Nous vous aidons.")
    assert easy.status_code == 302


FIVE_SENTENCES = ("Venez au guichet. Apportez vos papiers. Nous lisons votre dossier. "
                  "Nous vous répondons. Vous recevez une lettre.")


def _edit(staff_client, page, intro, **extra):
    return staff_client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]),
                             form_data(page, intro, **extra))


def test_a_draft_with_a_long_in_short_is_saved_but_not_published(staff_client, first_meeting):
    page = first_meeting
    live_intro = page.intro

    draft = _edit(staff_client, page, FIVE_SENTENCES)
    assert draft.status_code == 302, "Save draft is never blocked by the sentence count"
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().intro == FIVE_SENTENCES
    assert page.has_unpublished_changes and page.intro == live_intro, "saved as a draft only"

    revisions = page.revisions.count()
    published = _edit(staff_client, page, FIVE_SENTENCES, **{"action-publish": "publish"})
    assert published.status_code == 200
    assert "« En bref » a 5 phrases : une page est publiée avec 3 phrases au maximum." \
        in text_of(published), "says how many sentences there are and what to do"
    page.refresh_from_db()
    assert page.intro == live_intro and page.revisions.count() == revisions, "nothing published"

    shorter = "Venez au guichet avec vos papiers. Nous vous répondons par lettre."
    assert _edit(staff_client, page, shorter, **{"action-publish": "publish"}).status_code == 302
    page.refresh_from_db()
    assert page.intro == shorter and not page.has_unpublished_changes


def test_scheduling_or_submitting_a_long_in_short_for_approval_is_refused_too(
        staff_client, first_meeting):
    page = first_meeting
    revisions = page.revisions.count()
    scheduled = _edit(staff_client, page, FIVE_SENTENCES, **{
        "action-publish": "publish", "go_live_at": "2099-01-01 10:00"})
    submitted = _edit(staff_client, page, FIVE_SENTENCES, **{"action-submit": "submit"})
    for response in (scheduled, submitted):
        assert response.status_code == 200
        assert "« En bref » a 5 phrases" in text_of(response)
    page.refresh_from_db()
    assert page.revisions.count() == revisions and page.go_live_at is None
    assert page.current_workflow_state is None

    shorter = "Venez au guichet avec vos papiers. Nous vous répondons par lettre."
    assert _edit(staff_client, page, shorter, **{
        "action-publish": "publish", "go_live_at": "2099-01-01 10:00"}).status_code == 302
    assert page.revisions.filter(approved_go_live_at__isnull=False).exists(), "scheduled"


def test_a_long_in_short_is_never_cut_while_typing_and_is_kept_whole(staff_client,
                                                                      first_meeting):
    page = first_meeting
    edit = staff_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    textarea = re.search(r"<textarea[^>]*\bname=\"intro\"[^>]*>", edit.content.decode()).group()
    assert "maxlength" not in textarea, "the browser would silently cut the text"

    long_text = ("Nous vous aidons à remplir votre demande, pas à pas, au guichet. " * 16)[:1000]
    assert len(long_text) == 1000
    assert _edit(staff_client, page, long_text).status_code == 302
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().intro == long_text.strip()

    too_long = _edit(staff_client, page, long_text + " Encore une phrase.")
    assert too_long.status_code == 200, "past 1000 characters: a message, not a cut"
    assert "1000" in text_of(too_long)


def test_the_editor_counts_in_short_sentences_and_characters_under_the_field(
        staff_client, first_meeting):
    page = first_meeting
    _edit(staff_client, page, FIVE_SENTENCES)
    html = staff_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    counter = re.search(r"<p[^>]*data-in-short-count[^>]*>.*?</p>", html, flags=re.S).group()
    assert f"5 phrases sur 3 · {len(FIVE_SENTENCES)} caractères" in counter
    assert "Trop de phrases pour publier" in counter
    assert 'aria-live="polite"' in html and "in_short_counter.js" in html
    textarea = re.search(r"<textarea[^>]*\bname=\"intro\"[^>]*>", html).group()
    assert "id_intro-count" in textarea, "the count is read with the field"


def test_the_checks_panel_lists_a_long_in_short_with_the_other_points(staff_client, income):
    page = income
    url = reverse("balise_plain_language_check", args=[page.pk])
    response = staff_client.post(url, form_data(
        page, FIVE_SENTENCES + " La décision est envoyée par courrier."))
    rules = [chunk.split('"')[0] for chunk in response.content.decode().split('data-rule="')[1:]]
    assert rules[0] == "in_short" and "passive" in rules, "its own point, the others still there"
    assert "6 phrases (plus de 3)" in text_of(response)
    short = staff_client.post(url, form_data(page, "Venez au guichet."))
    assert 'data-rule="in_short"' not in short.content.decode()


def test_the_checks_panel_shows_balise_s_readability_score_and_not_wagtail_s(
        staff_client, first_meeting):
    page = first_meeting
    html = staff_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "data-plain-language" in html and "data-plain-language-band" in html
    assert "Kandel" in html, "the French formula's score"
    assert "data-content-readability-score" not in html, "Wagtail's own readability"
    assert "data-content-word-count" not in html, "one word count: the one beside the score"
    assert "LIX" not in html, "no second readability figure"
