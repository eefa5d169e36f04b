"""The plain-language panel behind the page editor: what it answers for the
text being typed (saved or not), and the optional rule that stops publishing."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from pages.models import InformationPage, PlainLanguageSettings
from tests.conftest import text_of


@pytest.fixture
def staff_client(client, db):
    client.force_login(get_user_model().objects.create_superuser("writer", "w@x.org", "pw"))
    return client


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
        staff_client, demo_pages):
    page = InformationPage.objects.get(slug="revenu-integration")
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
        staff_client, demo_pages):
    topic = InformationPage.objects.get(slug="revenu-integration").get_parent()
    url = reverse("balise_plain_language_check_new",
                  args=["balise_pages", "informationpage", topic.pk])
    response = staff_client.post(url, form_data(None, "Nous vous aidons.", paragraph=""))
    assert response.status_code == 200 and "data-plain-language-band" in response.content.decode()
    edit = staff_client.get(reverse("wagtailadmin_pages:add",
                                    args=["balise_pages", "informationpage", topic.pk]))
    html = edit.content.decode()
    assert "data-plain-language" in html and url in html
    assert "plain_language_panel.js" in html


def test_the_panel_refuses_people_who_may_not_edit_the_page(client, demo_pages):
    page = InformationPage.objects.get(slug="revenu-integration")
    url = reverse("balise_plain_language_check", args=[page.pk])
    response = client.post(url, form_data(page, "Texte."))
    assert response.status_code in (302, 403)
    user = get_user_model().objects.create_user("visitor", "v@x.org", "pw")
    client.force_login(user)
    assert client.post(url, form_data(page, "Texte.")).status_code in (302, 403)


def _publish(staff_client, page, intro):
    return staff_client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]),
                             form_data(page, intro, **{"action-publish": "publish"}))


HARD = ("Conformément aux dispositions réglementaires applicables, l'introduction "
        "d'une demande administrative nécessite impérativement la communication préalable "
        "d'informations justificatives circonstanciées.")


def test_publishing_is_never_blocked_unless_the_site_asks_for_a_minimum(staff_client,
                                                                         demo_pages):
    page = InformationPage.objects.get(slug="premier-rendez-vous")
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
