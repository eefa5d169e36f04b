"""The feedback box as an attacker meets it: votes for pages without the
box, floods, replayed or tampered tokens; and as a reader: no cookie."""

import re

import pytest
from django.core import signing
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Page

from pages.feedback.views import COMMENT_SALT, vote_token
from pages.models import HomePage, PageFeedback
from tests import factories


@pytest.fixture
def page(db):
    home = factories.make_site()
    return factories.make_page(factories.make_topic(home), title="Aide alimentaire")


def vote(client, page, helpful="yes", token=None, **extra):
    return client.post(reverse("page_feedback", args=[page.pk]),
                       {"helpful": helpful, "form_token": token or vote_token(page)}, **extra)


def comment_token(response):
    return re.search(r"feedback=([^#&]+)", response["Location"]).group(1)


def test_only_pages_that_show_the_box_take_answers(client, page):
    home = HomePage.objects.get(pk=page.get_parent().get_parent().pk)
    root = Page.get_first_root_node()
    for target in (home, root, page.get_parent()):
        response = client.post(reverse("page_feedback", args=[target.pk]),
                               {"helpful": "yes", "form_token": vote_token(target)})
        assert response.status_code == 404, target
    assert not PageFeedback.objects.exists()


def test_a_vote_needs_the_signed_token_of_its_own_page(client, page):
    other = factories.make_page(page.get_parent(), title="Autre page")
    assert vote(client, page, token=vote_token(other)).status_code == 302
    assert vote(client, page, token="forged").status_code == 302
    client.post(reverse("page_feedback", args=[page.pk]), {"helpful": "yes"})
    assert not PageFeedback.objects.exists()
    assert vote(client, page).status_code == 302
    assert PageFeedback.objects.count() == 1


@override_settings(BALISE_PAGES={"FEEDBACK_ANSWERS_PER_HOUR": 5})
def test_one_client_cannot_flood_the_answers_and_no_address_is_stored(client, page):
    statuses = [vote(client, page, REMOTE_ADDR="203.0.113.9").status_code for _ in range(12)]
    assert statuses[:5] == [302] * 5 and set(statuses[5:]) == {429}
    assert PageFeedback.objects.count() == 5
    assert vote(client, page, REMOTE_ADDR="198.51.100.4").status_code == 302, \
        "another reader can still answer"
    stored = [str(value) for row in PageFeedback.objects.values() for value in row.values()]
    assert not any("203.0.113" in value for value in stored)


def test_the_comment_token_works_once_and_names_no_row(client, page):
    response = vote(client, page, "no")
    token = comment_token(response)
    feedback = PageFeedback.objects.get()
    carried = signing.loads(token, salt=COMMENT_SALT)
    assert set(carried) == {"page", "key"} and carried["key"] != str(feedback.pk)
    url = reverse("page_feedback_comment", args=[page.pk])
    client.post(url, {"token": token, "comment": "Il manque les horaires."})
    client.post(url, {"token": token, "comment": "Remplacé par un autre"})
    feedback.refresh_from_db()
    assert feedback.comment == "Il manque les horaires."


def test_reading_a_page_with_the_box_sets_no_cookie(client, page):
    response = client.get(page.url)
    assert response.status_code == 200 and 'name="form_token"' in response.content.decode()
    assert not response.cookies, f"cookies set: {list(response.cookies)}"
    assert "csrfmiddlewaretoken" not in response.content.decode()


@override_settings(BALISE_PAGES={"FEEDBACK_ANSWERS_PER_HOUR": 2}, BALISE_PROXY_COUNT=1)
def test_behind_a_proxy_each_reader_is_counted_apart(client, page):
    def from_reader(address):
        return vote(client, page, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=address).status_code

    assert [from_reader("203.0.113.9") for _ in range(3)] == [302, 302, 429]
    assert from_reader("198.51.100.4") == 302, "the proxy's address is not the reader's"
    assert from_reader("6.6.6.6, 203.0.113.9") == 429, \
        "an address the client adds on the left does not reset its count"
