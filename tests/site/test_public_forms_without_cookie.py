"""The citizens' forms are protected without a cookie: a signed,
time-limited token in the form and the browser's word that the post comes
from this site. A refused post saves nothing, says why in the reader's
language, and shows the form again with every answer kept."""

import html as html_module
import re
import time

import pytest
from django.core import signing
from django.test import Client

from forms.models import ContactSubmission
from pages.security import public_forms
from tests.factories import make_site
from tests.forms.test_contact_form import answers, make_form_page

CROSS_SITE_FR = "le formulaire venait d'un autre site"
TOO_OLD_FR = "la page est restée ouverte longtemps"
TYPED = "Comment demander une aide ?"


@pytest.fixture
def form_page(db):
    return make_form_page(make_site())


def token_of(response):
    found = re.search(r'name="balise_form_token" value="([^"]+)"', response.content.decode())
    assert found, "the form carries no token"
    return found.group(1)


def opened(form_page):
    """A citizen opens the form: no cookie, a token in the form."""
    client = Client(enforce_csrf_checks=True)
    response = client.get(form_page.url)
    assert response.status_code == 200 and not response.cookies
    return client, token_of(response)


def test_a_post_from_the_site_itself_is_saved(form_page):
    client, token = opened(form_page)
    response = client.post(form_page.url, {**answers(), "balise_form_token": token},
                           HTTP_ORIGIN="http://testserver", HTTP_SEC_FETCH_SITE="same-origin")
    assert response.status_code == 302
    assert ContactSubmission.objects.count() == 1
    confirmation = client.get(response["Location"])
    assert confirmation.status_code == 200
    assert not response.cookies and not confirmation.cookies  # sending it sets none either


def test_a_browser_that_sends_no_origin_is_judged_by_the_token(form_page):
    client, token = opened(form_page)
    response = client.post(form_page.url, {**answers(), "balise_form_token": token})
    assert response.status_code == 302
    assert ContactSubmission.objects.count() == 1


@pytest.mark.parametrize("headers", [
    {"HTTP_ORIGIN": "https://evil.example"},
    {"HTTP_SEC_FETCH_SITE": "cross-site"},
    {"HTTP_ORIGIN": "null"},
])
def test_a_post_from_another_site_is_refused_with_the_answers_kept(form_page, headers):
    client, token = opened(form_page)
    response = client.post(form_page.url, {**answers(), "balise_form_token": token}, **headers)
    html = html_module.unescape(response.content.decode())
    assert response.status_code == 200
    assert CROSS_SITE_FR in html and TYPED in html
    assert ContactSubmission.objects.count() == 0
    assert not response.cookies


def test_an_expired_token_asks_to_send_again_and_the_new_form_works(form_page, monkeypatch):
    long_ago = time.time() - 10 * 24 * 3600
    monkeypatch.setattr(signing.time, "time", lambda: long_ago)
    old_token = public_forms.make_token(form_page.url)
    monkeypatch.undo()
    client = Client(enforce_csrf_checks=True)
    response = client.post(form_page.url, {**answers(), "balise_form_token": old_token})
    html = html_module.unescape(response.content.decode())
    assert response.status_code == 200 and TOO_OLD_FR in html and TYPED in html
    assert ContactSubmission.objects.count() == 0
    # the form shown again carries a fresh token: sending it again works
    again = client.post(form_page.url, {**answers(), "balise_form_token": token_of(response)})
    assert again.status_code == 302 and ContactSubmission.objects.count() == 1


@pytest.mark.parametrize("token", ["changed", "made-for-another-form"])
def test_a_changed_token_or_one_for_another_form_is_refused(form_page, token):
    _client, good = opened(form_page)
    value = {"changed": good[:-2] + ("aa" if not good.endswith("aa") else "bb"),
             "made-for-another-form": public_forms.make_token("/fr/autre-formulaire/")}[token]
    response = Client(enforce_csrf_checks=True).post(
        form_page.url, {**answers(), "balise_form_token": value})
    html = html_module.unescape(response.content.decode())
    assert response.status_code == 200 and TOO_OLD_FR in html and TYPED in html
    assert ContactSubmission.objects.count() == 0


def test_a_post_without_any_token_still_gets_the_form_back(form_page):
    response = Client(enforce_csrf_checks=True).post(form_page.url, answers())
    assert response.status_code == 200 and TYPED in response.content.decode()
    assert ContactSubmission.objects.count() == 0


def test_the_feedback_box_refuses_a_vote_from_another_site(demo_pages):
    from pages.feedback.models import PageFeedback
    from pages.feedback.views import accepts_feedback, vote_token

    page = next(page for page in demo_pages if accepts_feedback(page))
    url = f"/{page.locale.language_code}/feedback/{page.pk}/"
    data = {"form_token": vote_token(page), "helpful": "yes"}
    refused = Client().post(url, data, HTTP_ORIGIN="https://evil.example")
    assert refused.status_code == 403
    assert PageFeedback.objects.count() == 0
    accepted = Client().post(url, data, HTTP_ORIGIN="http://testserver")
    assert accepted.status_code == 302 and PageFeedback.objects.count() == 1


def test_the_admin_still_needs_djangos_csrf_token(db):
    response = Client(enforce_csrf_checks=True).post(
        "/admin/login/", {"username": "x", "password": "y",
                          "balise_form_token": public_forms.make_token("/admin/login/")})
    assert response.status_code == 403


def test_a_cross_site_post_to_the_explorer_changes_nothing_and_keeps_the_answers(db):
    from tests.rights_explorer.test_journey import explorer, question_of, state_of

    page = explorer.__wrapped__()
    client = Client(enforce_csrf_checks=True)
    intro = client.get(page.url)
    assert not intro.cookies
    first = client.post(page.url, {"balise_form_token": token_of(intro)})
    assert question_of(first) == "age"
    second = client.post(page.url, {"balise_form_token": token_of(first), "action": "answer",
                                    "state": state_of(first), "question": "age",
                                    "answer": "30"})
    assert question_of(second) == "in_belgium"
    refused = client.post(page.url, {"balise_form_token": token_of(second), "action": "answer",
                                     "state": state_of(second), "question": "in_belgium",
                                     "answer": "yes"}, HTTP_SEC_FETCH_SITE="cross-site")
    html = html_module.unescape(refused.content.decode())
    assert refused.status_code == 200 and CROSS_SITE_FR in html
    assert question_of(refused) == "in_belgium"  # the answer sent was not taken
    assert state_of(refused) and not refused.cookies
