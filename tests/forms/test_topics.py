"""The first step of a contact form: what the question is about, and the
pages that may already answer it, before the form itself."""

import pytest

from forms.models import ContactFormTopic, ContactSubmission
from tests.factories import make_page, make_site, make_user, translate
from tests.forms.test_contact_form import answers, make_form_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def site_with_topics():
    home = make_site()
    rent = make_page(home, title="Aide pour le loyer")
    draft = make_page(home, title="Brouillon caché", live=False)
    form_page = make_form_page(home)
    topic = ContactFormTopic.objects.create(
        page=form_page, label="Loyer et énergie", service="Le service énergie",
        answer_page_1=rent, answer_page_2=draft)
    ContactFormTopic.objects.create(page=form_page, label="Autre chose")
    return home, form_page, topic, rent


def test_the_form_asks_the_topic_first_and_shows_no_reply_fields_yet(client, site_with_topics):
    _, form_page, _, _ = site_with_topics
    page = client.get(form_page.url).content.decode()
    assert "Quel est le sujet de votre question" in page
    assert 'type="radio" name="topic"' in page
    assert 'name="reply_email"' not in page


def test_continuing_without_a_topic_says_what_to_do(client, site_with_topics):
    _, form_page, _, _ = site_with_topics
    page = client.get(form_page.url + "?step=topic").content.decode()
    assert "error-summary" in page
    assert 'name="reply_email"' not in page


def test_a_chosen_topic_shows_its_live_pages_and_its_service_then_the_form(
        client, site_with_topics):
    _, form_page, topic, rent = site_with_topics
    page = client.get(f"{form_page.url}?topic={topic.pk}&step=topic").content.decode()
    assert rent.url in page
    assert "Brouillon caché" not in page
    assert "Le service énergie" in page
    assert "Le service social" not in page
    assert 'name="reply_email"' in page
    assert f'name="topic" value="{topic.pk}"' in page


def test_a_topic_of_another_form_or_nonsense_brings_back_the_first_step(
        client, site_with_topics):
    _, form_page, _, _ = site_with_topics
    for value in ("999999", "abc", "1" * 40):
        page = client.get(f"{form_page.url}?topic={value}").content.decode()
        assert 'name="reply_email"' not in page


def test_the_topic_and_its_service_are_stored_and_confirmed(client, site_with_topics):
    _, form_page, topic, _ = site_with_topics
    location = client.post(form_page.url, answers(topic=str(topic.pk)))["Location"]
    submission = ContactSubmission.objects.get()
    assert (submission.topic, submission.service) == ("Loyer et énergie", "Le service énergie")
    assert submission.form_data == {"votre_question": "Comment demander une aide ?"}
    assert "Le service énergie" in client.get(location).content.decode()


def test_a_topic_without_its_own_service_uses_the_form_service(client, site_with_topics):
    _, form_page, _, _ = site_with_topics
    other = form_page.topics.get(label="Autre chose")
    client.post(form_page.url, answers(topic=str(other.pk)))
    assert ContactSubmission.objects.get().service == "Le service social"


def test_a_post_without_a_topic_stores_nothing(client, site_with_topics):
    _, form_page, _, _ = site_with_topics
    response = client.post(form_page.url, answers(topic="12345"))
    assert response.status_code == 302
    assert "?done=" not in response["Location"]
    assert not ContactSubmission.objects.exists()


def test_a_form_without_topics_stores_the_form_service(client):
    form_page = make_form_page(make_site())
    client.post(form_page.url, answers())
    submission = ContactSubmission.objects.get()
    assert (submission.topic, submission.service) == ("", "Le service social")


def test_dutch_readers_get_the_dutch_page_and_never_the_french_one(client, site_with_topics):
    _, form_page, topic, rent = site_with_topics
    dutch_rent = translate(rent, "nl", title="Hulp bij de huur", slug="huur")
    dutch_form = translate(form_page, "nl", title="Een vraag stellen", slug="vraag")
    dutch_topic = dutch_form.topics.get(label="Loyer et énergie")
    page = client.get(f"{dutch_form.url}?topic={dutch_topic.pk}").content.decode()
    assert dutch_rent.url in page
    assert rent.url not in page


def test_editors_see_the_topics_panel_when_editing_a_form(client, site_with_topics):
    _, form_page, _, _ = site_with_topics
    client.force_login(make_user(superuser=True))
    page = client.get(f"/admin/pages/{form_page.pk}/edit/").content.decode()
    assert 'id="id_topics-TOTAL_FORMS"' in page
    assert 'name="retention_days"' in page
