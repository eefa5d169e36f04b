"""A form's questions and topics are translated in wagtail-localize with
their page: the Dutch form asks in Dutch, stores the answers under the same
names as the French one, and follows the French form when it changes."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail_localize.models import StringSegment, TranslationSource

from forms.models import ContactFormField, ContactFormPage, ContactFormTopic, ContactSubmission
from tests.factories import (
    locales,
    localize,
    make_page,
    make_site,
    make_user,
    publish,
    translate,
)
from tests.forms.test_contact_form import answers, make_form_page

DUTCH = {
    "Votre question": "Uw vraag",
    "Dites-nous ce que vous voulez savoir.": "Zeg ons wat u wilt weten.",
    "Avez-vous des enfants ?": "Hebt u kinderen?",
    "Oui, Non": "Ja, Nee",
    "Non": "Nee",
    "Loyer et énergie": "Huur en energie",
    "Le service énergie": "De energiedienst",
    "Votre commune": "Uw gemeente",
    "Poser une question": "Een vraag stellen",
    "Accueil": "Home",
    "Aide pour le loyer": "Hulp bij de huur",
    "Une phrase courte.": "Een korte zin.",
}


@pytest.fixture
def french_form(db):
    home = make_site()
    rent = make_page(home, title="Aide pour le loyer")
    page = make_form_page(home)
    question = page.form_fields.get()
    question.help_text = "Dites-nous ce que vous voulez savoir."
    question.sort_order = 0
    question.save()
    ContactFormField.objects.create(page=page, label="Avez-vous des enfants ?",
                                    field_type="radio", choices="Oui, Non",
                                    default_value="Non", required=True, sort_order=1)
    ContactFormTopic.objects.create(page=page, label="Loyer et énergie",
                                    service="Le service énergie", answer_page_1=rent)
    localize(home, ["nl"], texts={"nl": DUTCH})
    localize(rent, ["nl"], texts={"nl": DUTCH})
    return ContactFormPage.objects.get(pk=page.pk)


def dutch_of(page):
    return localize(page, ["nl"], texts={"nl": DUTCH})["nl"]


def test_a_translator_translates_questions_and_topics_but_not_their_names(french_form):
    source, _created = TranslationSource.get_or_create_from_instance(french_form)
    texts = set(StringSegment.objects.filter(source=source).values_list("string__data",
                                                                         flat=True))
    assert {"Votre question", "Dites-nous ce que vous voulez savoir.", "Oui, Non", "Non",
            "Loyer et énergie", "Le service énergie"} <= texts
    assert "votre_question" not in texts and "avez_vous_des_enfants" not in texts


def test_the_dutch_form_asks_in_dutch_with_the_french_names(client, french_form):
    dutch = dutch_of(french_form)
    nl = locales()["nl"]
    fields = list(dutch.form_fields.all())
    assert [(f.label, f.help_text, f.choices, f.default_value) for f in fields] == [
        ("Uw vraag", "Zeg ons wat u wilt weten.", "", ""),
        ("Hebt u kinderen?", "", "Ja, Nee", "Nee")]
    assert [f.clean_name for f in fields] == [
        f.clean_name for f in french_form.form_fields.all()]
    assert {f.locale_id for f in fields} == {nl.pk}
    assert [f.translation_key for f in fields] == [
        f.translation_key for f in french_form.form_fields.all()]
    topic = dutch.topics.get()
    assert (topic.label, topic.answering_service(), topic.locale_id) == (
        "Huur en energie", "De energiedienst", nl.pk)

    page = client.get(dutch.url, {"topic": topic.pk}).content.decode()
    assert "Uw vraag" in page and "Hebt u kinderen?" in page and "Votre question" not in page
    assert "Hulp bij de huur" in page and "De energiedienst" in page


def test_dutch_and_french_answers_are_stored_under_the_same_names(client, french_form):
    dutch = dutch_of(french_form)
    for page, choice in ((french_form, "Oui"), (dutch, "Ja")):
        topic = page.topics.get()
        response = client.post(page.url, answers(topic=str(topic.pk), avez_vous_des_enfants=choice))
        assert response.status_code == 302, response.content.decode()[:2000]
    french, dutch_answer = (ContactSubmission.objects.get(page=french_form),
                            ContactSubmission.objects.get(page=dutch))
    assert set(french.form_data) == set(dutch_answer.form_data) == {
        "votre_question", "avez_vous_des_enfants"}
    assert dutch_answer.form_data["avez_vous_des_enfants"] == "Ja"  # as the citizen read it
    assert (dutch_answer.topic, dutch_answer.service) == ("Huur en energie", "De energiedienst")


def test_the_translation_editor_offers_the_questions_and_topics(client, french_form):
    dutch = dutch_of(french_form)
    client.force_login(make_user(superuser=True))
    response = client.get(f"/admin/pages/{dutch.pk}/edit/")
    assert response.status_code == 200
    editor = response.content.decode()
    assert "Hebt u kinderen?" in editor and "Huur en energie" in editor


def test_a_question_added_in_french_appears_translated_after_the_next_sync(french_form):
    dutch = dutch_of(french_form)
    topic_pk = dutch.topics.get().pk
    first_pks = list(dutch.form_fields.values_list("pk", flat=True))
    ContactFormField.objects.create(page=french_form, label="Votre commune",
                                    field_type="singleline", required=False, sort_order=2)
    french_form = publish(french_form)

    dutch = dutch_of(french_form)
    assert [f.label for f in dutch.form_fields.all()] == [
        "Uw vraag", "Hebt u kinderen?", "Uw gemeente"]
    assert list(dutch.form_fields.all())[-1].clean_name == "votre_commune"
    # The rows already there stay the same rows: a chosen topic keeps working.
    assert list(dutch.form_fields.values_list("pk", flat=True))[:2] == first_pks
    assert dutch.topics.get().pk == topic_pk


def test_a_form_copied_for_translation_gives_its_rows_the_new_locale(french_form):
    german = translate(french_form, "de", slug="frage")
    de = locales()["de"]
    assert {row.locale_id for row in [*german.form_fields.all(), *german.topics.all()]} == {
        de.pk}


# The migration: rows that existed before it get a locale and a key shared
# with their counterparts in the page's translations.

def migrate(target):
    executor = MigrationExecutor(connection)
    executor.migrate(target)
    return MigrationExecutor(connection).loader.project_state(target).apps


@pytest.mark.django_db(transaction=True)
def test_existing_rows_get_their_pages_locale_and_one_key_per_row_and_its_translations():
    home = make_site()
    french = make_form_page(home)
    dutch = translate(french, "nl", slug="vraag")
    other = make_form_page(make_site(title="Autre accueil"))
    for row_model in (ContactFormField, ContactFormTopic):
        row_model.objects.all().delete()
    pages = {"fr": french.pk, "nl": dutch.pk, "other": other.pk}
    latest = MigrationExecutor(connection).loader.graph.leaf_nodes()
    try:
        old = migrate([("balise_forms", "0006_kinds_and_documents")])
        Field = old.get_model("balise_forms", "ContactFormField")
        Topic = old.get_model("balise_forms", "ContactFormTopic")
        # The Dutch questions stored in another order: matched by their names.
        for page, labels in (("fr", ["Votre question", "Votre commune"]),
                             ("nl", ["Uw gemeente", "Uw vraag"]),
                             ("other", ["Votre question"])):
            for order, label in enumerate(labels):
                name = {"Uw gemeente": "votre_commune", "Uw vraag": "votre_question"}.get(
                    label, label.lower().replace(" ", "_"))
                Field.objects.create(page_id=pages[page], label=label, clean_name=name,
                                     field_type="singleline", sort_order=order)
        for page in ("fr", "nl", "other"):
            for order in range(2):
                Topic.objects.create(page_id=pages[page], label=f"{page} {order}",
                                     sort_order=order)

        new = migrate([("balise_forms", "0007_translatable_form_rows")])
        Field = new.get_model("balise_forms", "ContactFormField")
        Topic = new.get_model("balise_forms", "ContactFormTopic")
        locale_of = {"fr": french.locale_id, "nl": dutch.locale_id, "other": other.locale_id}
        for page, pk in pages.items():
            rows = [*Field.objects.filter(page_id=pk), *Topic.objects.filter(page_id=pk)]
            assert {row.locale_id for row in rows} == {locale_of[page]}

        def keys(model, page, by):
            return {getattr(row, by): row.translation_key
                    for row in model.objects.filter(page_id=pages[page])}

        assert keys(Field, "fr", "clean_name") == keys(Field, "nl", "clean_name")
        assert keys(Topic, "fr", "sort_order") == keys(Topic, "nl", "sort_order")
        french_keys = {*keys(Field, "fr", "pk").values(), *keys(Topic, "fr", "pk").values()}
        other_keys = {*keys(Field, "other", "pk").values(), *keys(Topic, "other", "pk").values()}
        assert len(french_keys) == 4 and len(other_keys) == 3
        assert not french_keys & other_keys
    finally:
        migrate(latest)
