"""Someone helping to fill in the contact form, and when a citizen wants to be called."""

import re

import pytest
from django.utils import translation

from forms.models import ContactSubmission
from tests.factories import make_site, translate
from tests.forms.test_contact_form import answers, make_form_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def form_page():
    return make_form_page(make_site())


def phone_answers(**changes):
    return answers(reply_by="phone", reply_email="", reply_email_again="",
                   reply_phone="0470 12 34 56", **changes)


def test_a_request_with_a_helper_stores_the_name_and_relation(client, form_page):
    response = client.post(form_page.url, answers(
        helper_kind="helped", helper_name=" Marie Dubois ", helper_relation="sa fille"))
    assert response.status_code == 302
    submission = ContactSubmission.objects.get()
    assert (submission.helper_kind, submission.helper_name, submission.helper_relation) == (
        "helped", "Marie Dubois", "sa fille")
    assert submission.form_data == {"votre_question": "Comment demander une aide ?"}
    with translation.override("fr"):
        assert "Marie Dubois (sa fille)" in submission.get_data()["helper"]


def test_writing_for_someone_else_is_stored_as_such(client, form_page):
    client.post(form_page.url, answers(helper_kind="for_other", helper_name="Ahmed B.",
                                       helper_relation="assistant social"))
    assert ContactSubmission.objects.get().helper_kind == "for_other"


def test_choosing_a_helper_without_a_name_says_so_next_to_the_field_and_stores_nothing(
        client, form_page):
    response = client.post(form_page.url, answers(helper_kind="helped", helper_name="",
                                                  helper_relation="voisine"))
    page = response.content.decode()
    assert response.status_code == 200
    assert ContactSubmission.objects.count() == 0
    error = re.search(r'<div class="field-error" id="id_helper_name_error">(.*?)</div>',
                      page, re.S)
    assert error and "Saisissez le nom de la personne" in error.group(1)
    assert 'href="#id_helper_name"' in page
    assert 'value="voisine"' in page


def test_choosing_a_helper_without_a_relation_asks_for_it_in_dutch(client, form_page):
    dutch = translate(form_page, "nl", title="Een vraag stellen", slug="vraag")
    response = client.post(dutch.url, answers(helper_kind="helped", helper_name="Jan",
                                              helper_relation=""))
    assert "Vul in hoe de helper" in response.content.decode()
    assert ContactSubmission.objects.count() == 0


def test_without_a_helper_a_typed_name_is_not_kept(client, form_page):
    client.post(form_page.url, answers(helper_kind="", helper_name="Marie",
                                       helper_relation="fille"))
    submission = ContactSubmission.objects.get()
    assert (submission.helper_kind, submission.helper_name, submission.helper_relation) == (
        "", "", "")
    assert submission.get_data()["helper"] == ""


def test_call_times_are_stored_for_a_phone_reply(client, form_page):
    response = client.post(form_page.url, phone_answers(call_times=["morning", "afternoon"]))
    assert response.status_code == 302
    submission = ContactSubmission.objects.get()
    assert submission.call_times == ["morning", "afternoon"]
    with translation.override("en"):
        assert submission.get_data()["call_times"] == "In the morning, In the afternoon"


def test_call_times_are_optional_and_not_kept_for_an_email_reply(client, form_page):
    client.post(form_page.url, phone_answers())
    client.post(form_page.url, answers(call_times=["morning"]))
    assert [s.call_times for s in ContactSubmission.objects.order_by("id")] == [[], []]


def test_an_unknown_call_time_is_refused_without_an_error_page(client, form_page):
    response = client.post(form_page.url, phone_answers(call_times=["midnight"]))
    assert response.status_code == 200
    assert "Choisissez le matin, l’après-midi ou les deux" in response.content.decode()
    assert ContactSubmission.objects.count() == 0


@pytest.mark.parametrize("language, texts", [
    ("fr", ["Qui remplit ce formulaire ?", "Quand pouvons-nous vous appeler ?"]),
    ("nl", ["Wie vult dit formulier in?", "Wanneer mogen we u bellen?"]),
    ("de", ["Wer füllt dieses Formular aus?", "Wann dürfen wir Sie anrufen?"]),
    ("en", ["Who is filling in this form?", "When should we call you?"]),
])
def test_the_questions_are_asked_in_every_language_and_call_times_sit_with_the_phone(
        client, form_page, language, texts):
    page_in_language = form_page if language == "fr" else translate(
        form_page, language, title=f"Question {language}", slug=f"question-{language}")
    page = client.get(page_in_language.url).content.decode()
    for text in texts:
        assert text in page
    assert page.index('name="reply_phone"') < page.index('name="call_times"') < page.index(
        'name="website_address"')
    assert page.index('name="helper_kind"') < page.index('name="reply_by"')
