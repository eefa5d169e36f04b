"""What a citizen meets on a contact form page, and what it stores."""

import datetime
import re

import pytest
from django.test import override_settings
from django.utils import timezone, translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forms import references
from forms.models import ContactFormField, ContactFormPage, ContactSubmission
from pages.contact.models import working_calendar
from tests.factories import make_site, publish, translate

pytestmark = pytest.mark.django_db


def make_form_page(home, **fields):
    fields = {"title": "Poser une question", "slug": "question",
              "answering_service": "Le service social", "answer_days": 2, **fields}
    page = home.add_child(instance=ContactFormPage(locale=home.locale, **fields))
    ContactFormField.objects.create(page=page, label="Votre question", field_type="multiline",
                                    required=True)
    return publish(page)


@pytest.fixture
def form_page():
    return make_form_page(make_site())


def answers(**changes):
    data = {"votre_question": "Comment demander une aide ?", "reply_by": "email",
            "reply_email": "jan.peeters@example.org",
            "reply_email_again": "Jan.Peeters@example.org ", "reply_phone": "",
            "website_address": ""}
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def test_a_valid_email_request_is_stored_with_a_reference_and_a_due_date(client, form_page):
    before = timezone.now()
    response = client.post(form_page.url, answers())
    assert response.status_code == 302
    submission = ContactSubmission.objects.get()
    assert references.is_valid(submission.reference)
    assert submission.email == "jan.peeters@example.org"
    assert submission.form_data == {"votre_question": "Comment demander une aide ?"}
    assert submission.translation_key == form_page.translation_key
    assert submission.due_date in {working_calendar().due_date(before, 2),
                                    working_calendar().due_date(timezone.now(), 2)}
    assert response["Location"].startswith(form_page.url + "?done=")


def test_the_confirmation_shows_the_reference_and_the_date_and_a_refresh_sends_nothing(
        client, form_page):
    location = client.post(form_page.url, answers())["Location"]
    submission = ContactSubmission.objects.get()
    for _ in range(2):
        page = client.get(location).content.decode()
        assert submission.reference in page
        assert "Le service social" in page
        with translation.override("fr"):
            assert submission.due_date.strftime("%Y") in page
    assert ContactSubmission.objects.count() == 1


def test_a_tampered_confirmation_link_shows_the_empty_form(client, form_page):
    client.post(form_page.url, answers())
    response = client.get(form_page.url + "?done=abc:def")
    assert response.status_code == 200
    assert 'name="reply_email"' in response.content.decode()


def test_different_addresses_keep_the_answers_and_say_so_in_dutch(client, form_page):
    dutch = translate(form_page, "nl", title="Een vraag stellen", slug="vraag")
    response = client.post(dutch.url, answers(reply_email_again="jan.peters@example.org"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "De twee e-mailadressen zijn niet hetzelfde" in page
    assert re.search(r"<title>\s*Fout:", page)
    assert "Comment demander une aide ?" in page
    assert 'value="jan.peters@example.org"' in page
    assert ContactSubmission.objects.count() == 0


def test_the_email_fields_help_people_type_an_address(client, form_page):
    page = client.get(form_page.url).content.decode()
    field = re.search(r'<input[^>]*name="reply_email_again"[^>]*>', page).group(0)
    for attribute in ('type="email"', 'autocomplete="email"', 'spellcheck="false"'):
        assert attribute in field
    assert "onpaste" not in page


def test_a_phone_reply_needs_no_email(client, form_page):
    response = client.post(form_page.url, answers(reply_by="phone", reply_email="",
                                                  reply_email_again="",
                                                  reply_phone="0470 12 34 56"))
    assert response.status_code == 302
    submission = ContactSubmission.objects.get()
    assert (submission.reply_by, submission.phone, submission.email) == (
        "phone", "+32470123456", "")


def test_a_phone_reply_without_a_number_asks_for_one(client, form_page):
    response = client.post(form_page.url, answers(reply_by="phone", reply_phone=""))
    assert "Saisissez un numéro de téléphone" in response.content.decode()
    assert ContactSubmission.objects.count() == 0


def test_a_typo_gets_a_suggestion_and_keeping_what_was_typed_sends_it(client, form_page):
    typo = answers(reply_email="jan@gmial.com", reply_email_again="jan@gmial.com")
    page = client.post(form_page.url, typo).content.decode()
    assert "jan@gmail.com" in page
    assert ContactSubmission.objects.count() == 0
    response = client.post(form_page.url, {**typo, "reply_email_choice": "typed"})
    assert response.status_code == 302
    assert ContactSubmission.objects.get().email == "jan@gmial.com"


def test_choosing_the_suggestion_stores_it(client, form_page):
    typo = answers(reply_email="jan@gmial.com", reply_email_again="jan@gmial.com",
                   reply_email_choice="jan@gmail.com")
    assert client.post(form_page.url, typo).status_code == 302
    assert ContactSubmission.objects.get().email == "jan@gmail.com"


def test_a_filled_honeypot_stores_nothing(client, form_page):
    page = client.get(form_page.url).content.decode()
    assert re.search(r'<input[^>]*name="website_address"[^>]*tabindex="-1"', page)
    client.post(form_page.url, answers(website_address="http://spam.example"))
    assert ContactSubmission.objects.count() == 0


@override_settings(BALISE_FORMS={"SUBMISSIONS_PER_HOUR": 3})
def test_a_flood_from_one_client_is_refused_after_the_limit(client, form_page):
    statuses = [client.post(form_page.url, answers()).status_code for _ in range(5)]
    assert statuses == [302, 302, 302, 429, 429]
    assert ContactSubmission.objects.count() == 3


def test_the_page_says_when_the_answer_comes(client, form_page):
    with translation.override("fr"):
        expected = working_calendar().due_date(timezone.now(), 2)
    page = client.get(form_page.url).content.decode()
    assert str(expected.day) in page and str(expected.year) in page
    assert isinstance(expected, datetime.date)


FIELDS = ["votre_question", "reply_by", "reply_email", "reply_email_again",
          "reply_email_choice", "reply_phone", "website_address"]


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(st.sampled_from(FIELDS), st.text(max_size=300)))
def test_a_random_post_never_fails_and_stores_only_valid_requests(client, form_page, data):
    stored = ContactSubmission.objects.count()
    response = client.post(form_page.url, data)
    assert response.status_code in (200, 302, 429)
    if response.status_code != 302 or data.get("website_address"):
        assert ContactSubmission.objects.count() == stored


@override_settings(CSRF_FAILURE_VIEW="forms.csrf.csrf_failure")
def test_an_expired_security_token_gives_the_form_back_with_the_answers(form_page):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    response = client.post(form_page.url, answers())
    page = response.content.decode()
    assert response.status_code == 200
    assert "Vos réponses n&#x27;ont pas été envoyées" in page
    assert re.search(r"<title>\s*Erreur", page)
    assert "Comment demander une aide ?" in page
    assert 'name="balise_form_token"' in page
    assert ContactSubmission.objects.count() == 0


def test_an_answer_longer_than_a_long_letter_is_refused_with_the_answers_kept(client,
                                                                              form_page):
    too_long = "Je voudrais savoir. " * 501  # 10,020 characters
    response = client.post(form_page.url, answers(votre_question=too_long),
                           HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 200
    assert not ContactSubmission.objects.exists()
    page = response.content.decode()
    assert "10000" in page.replace("\u202f", "").replace(" ", "")  # the limit is said
    assert "jan.peeters@example.org" in page  # the other answers are kept
    assert 'maxlength="10000"' in client.get(form_page.url).content.decode()
