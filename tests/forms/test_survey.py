"""The one-question survey after an answer (issue 9, point 8): a link counts
once, carries nothing that names the request, and a bad link is refused
politely."""

import datetime
import time
from unittest import mock
from urllib.parse import unquote, urlsplit

import pytest
from django.contrib.auth.models import Group
from django.core import signing
from django.urls import reverse
from django.utils import timezone

from forms import survey
from forms.models import ContactSubmission
from forms.satisfaction import SatisfactionAnswer, UsedSurveyLink
from tests.factories import make_site, make_user, translate
from tests.forms.test_contact_form import make_form_page
from tests.forms.test_digest import make_request, make_service

pytestmark = pytest.mark.django_db


@pytest.fixture
def closed_request():
    page = make_form_page(make_site())
    service = make_service("Le service social", "social@example.org",
                           Group.objects.create(name="social"))
    return make_request(page, service, "K7P-4RM-9M3", timezone.localdate(),
                        status=ContactSubmission.Status.CLOSED, topic="Loyer",
                        closed_at=timezone.now())


def token_of(url):
    return unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[1])


def test_the_link_carries_only_the_report_dimensions_and_a_nonce(closed_request):
    url = survey.survey_url(closed_request)
    assert url.startswith("http://") and "/fr/" in url
    assert closed_request.reference not in url
    payload = signing.loads(token_of(url), salt=survey.SALT)
    assert set(payload) == {"s", "t", "c", "k", "l", "n"}
    assert payload["s"] == closed_request.assigned_to_id
    assert (payload["t"], payload["c"], payload["k"], payload["l"]) == (
        "Loyer", "form", "question", "fr")
    values = {str(value) for value in payload.values()}
    assert closed_request.reference not in values and str(closed_request.pk) != payload["n"]
    assert survey.survey_url(closed_request) != url  # a new nonce each time


def test_the_page_asks_with_three_buttons_and_counts_one_answer(client, closed_request):
    url = survey.survey_url(closed_request)
    page = client.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    for value in ("yes", "partly", "no"):
        assert f'name="answer" value="{value}"' in html
    assert client.post(url, {"answer": "partly"}).status_code == 200
    answer = SatisfactionAnswer.objects.get()
    today = timezone.localdate()
    assert answer.answer == "partly"
    assert answer.service_id == closed_request.assigned_to_id
    assert answer.week == today - datetime.timedelta(days=today.weekday())
    assert (answer.topic, answer.channel, answer.kind) == ("Loyer", "form", "question")


def test_a_link_counts_once_and_a_second_use_still_says_thanks(client, closed_request):
    url = survey.survey_url(closed_request)
    first = client.post(url, {"answer": "yes"})
    again = client.post(url, {"answer": "no"})
    assert SatisfactionAnswer.objects.count() == 1
    assert SatisfactionAnswer.objects.get().answer == "yes"
    assert again.status_code == 200
    assert again.content != first.content  # "we already have your answer"
    assert client.get(url).status_code == 200
    assert 'name="answer"' not in client.get(url).content.decode()


def test_the_used_link_is_stored_as_a_keyed_hash_not_the_nonce(client, closed_request):
    url = survey.survey_url(closed_request)
    nonce = signing.loads(token_of(url), salt=survey.SALT)["n"]
    client.post(url, {"answer": "yes"})
    used = UsedSurveyLink.objects.get()
    assert nonce not in used.digest and len(used.digest) == 64


def test_a_tampered_or_unreadable_link_is_refused_politely(client, closed_request):
    url = survey.survey_url(closed_request)
    token = token_of(url)
    tampered = token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb")
    for bad in (tampered, "nonsense", "x" * 2000, "e30:1abc:def"):
        path = reverse("balise_forms:survey", args=[bad])
        for response in (client.get(path), client.post(path, {"answer": "yes"})):
            assert response.status_code == 400
            assert 'name="answer"' not in response.content.decode()
    assert SatisfactionAnswer.objects.count() == 0


def test_an_expired_link_is_refused_politely(client, closed_request):
    with mock.patch("time.time", return_value=time.time() - 91 * 86400):
        url = survey.survey_url(closed_request)
    response = client.post(url, {"answer": "yes"})
    assert response.status_code == 400
    assert SatisfactionAnswer.objects.count() == 0


def test_a_missing_or_unknown_answer_counts_nothing(client, closed_request):
    url = survey.survey_url(closed_request)
    assert client.post(url, {}).status_code == 400
    assert client.post(url, {"answer": "maybe"}).status_code == 400
    assert SatisfactionAnswer.objects.count() == 0
    assert client.post(url, {"answer": "no"}).status_code == 200  # the link still works


def test_the_link_and_the_page_are_in_the_requests_language(client, closed_request):
    dutch = translate(closed_request.page.specific, "nl")
    ContactSubmission.objects.filter(pk=closed_request.pk).update(page=dutch,
                                                                  locale=dutch.locale)
    closed_request.refresh_from_db()
    url = survey.survey_url(closed_request)
    assert "/nl/" in url
    assert signing.loads(token_of(url), salt=survey.SALT)["l"] == "nl"
    html = client.get(url).content.decode()
    assert "Hebt u een antwoord op uw vraag gekregen?" in html
    assert 'lang="nl"' in html


def test_the_answer_appears_in_the_service_level_report(client, closed_request):
    client.post(survey.survey_url(closed_request), {"answer": "yes"})
    client.force_login(make_user(superuser=True))
    response = client.get(reverse("balise_service_report"))
    lines = {line.label: line for line in response.context["object_list"]}
    assert lines["Le service social"].yes == 1
    assert response.context["totals"].yes == 1
