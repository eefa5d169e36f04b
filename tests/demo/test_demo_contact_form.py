"""The demo has a contact form in the four languages, with its topics and
its question translated, and a citizen can send it in any of them."""

import dataclasses
import io
from html import escape

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Revision

from demo import data_files
from forms.models import ContactFormPage, ContactSubmission

TRANSLATED = {
    "fr": ("Poser une question", "Votre question", "Le revenu d'intégration"),
    "nl": ("Een vraag stellen", "Uw vraag", "Het leefloon"),
    "de": ("Eine Frage stellen", "Ihre Frage", "Das Eingliederungseinkommen"),
    "en": ("Ask a question", "Your question", "The integration income"),
}


def form_page(language):
    """The general form "Poser une question" (the demo has other forms)."""
    french = ContactFormPage.objects.get(locale__language_code="fr", slug="poser-une-question")
    return ContactFormPage.objects.live().get(locale__language_code=language,
                                              translation_key=french.translation_key)


@pytest.mark.parametrize("language", ["fr", "nl", "de", "en"])
def test_the_demo_form_shows_its_topics_and_question_in_the_readers_language(
        client, demo_pages, language):
    page = form_page(language)
    title, question, topic = TRANSLATED[language]
    assert page.title == title and page.promised_days() == 2 and page.show_urgent_notice
    assert page.retention_days == 365
    assert page.topics.count() == 3 and [field.label for field in page.form_fields.all()] == [
        question]

    first_step = client.get(page.url)
    assert first_step.status_code == 200
    assert escape(topic) in first_step.content.decode()

    chosen = page.topics.first()
    form = client.get(page.url, {"topic": chosen.pk}).content.decode()
    assert escape(question) in form
    for suggested in chosen.chosen_pages():
        translated = suggested.get_translation(page.locale)
        assert f'href="{translated.url}"' in form


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_question_sent_through_the_demo_form_is_stored_for_the_topics_service(
        client, demo_pages, language):
    page = form_page(language)
    topic = page.topics.all()[1]  # energy bills
    response = client.post(page.url, {
        "topic": str(topic.pk), "votre_question": "Puis-je avoir une aide pour le gaz ?",
        "reply_by": "email", "reply_email": "jan.peeters@example.org",
        "reply_email_again": "jan.peeters@example.org", "reply_phone": "",
        "website_address": ""})
    assert response.status_code == 302
    # The demo's example requests are on this form too: take the new one
    submission = ContactSubmission.objects.filter(page=page).latest("pk")
    assert submission.service == topic.service and submission.topic == topic.label
    assert submission.assigned_to.name == "La cellule énergie"  # routed by its topic
    assert submission.form_data == {"votre_question": "Puis-je avoir une aide pour le gaz ?"}
    assert submission.locale == Locale.objects.get(language_code=language)


def test_the_home_page_leads_to_the_form_in_each_language(client, demo_pages):
    for language in data_files.TRANSLATION_LANGUAGES + (data_files.SOURCE_LANGUAGE,):
        page = form_page(language)
        home = client.get(page.get_parent().url).content.decode()
        assert f'href="{page.url}"' in home


@pytest.mark.django_db(transaction=True)
def test_a_changed_intro_keeps_the_translated_questions_after_the_new_sync(
        demo_site_committed, monkeypatch):
    """wagtail-localize translates the rows again on a new sync, and keeps
    them (a citizen's chosen topic stays valid); a third run changes nothing."""
    rows_before = {language: [topic.pk for topic in form_page(language).topics.all()]
                   for language in ("fr", "en")}
    pages = data_files.pages()
    new_intro = "Écrivez-nous. Nous vous répondons vite."
    monkeypatch.setattr(data_files, "pages", lambda: tuple(
        dataclasses.replace(page, fields={**page.fields, "intro": new_intro})
        if page.path == "poser-une-question" else page for page in pages))
    for language, intro in [("nl", "Schrijf ons. We antwoorden snel."),
                            ("de", "Schreiben Sie uns. Wir antworten schnell."),
                            ("en", "Write to us. We answer quickly.")]:
        monkeypatch.setitem(data_files.catalogue(language), new_intro, intro)

    call_command("seed_demo", "--no-admin", stdout=io.StringIO())
    revisions = Revision.objects.count()
    call_command("seed_demo", "--no-admin", stdout=io.StringIO())

    assert Revision.objects.count() == revisions
    english = form_page("en")
    assert english.intro == "Write to us. We answer quickly."
    assert [field.label for field in english.form_fields.all()] == ["Your question"]
    assert english.topics.first().label == "The integration income"
    for language, pks in rows_before.items():
        assert [topic.pk for topic in form_page(language).topics.all()] == pks
    assert not english.has_unpublished_changes
