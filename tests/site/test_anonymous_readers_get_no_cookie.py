"""A reader who only reads gets no cookie: no consent banner is needed.

Pages with a form (contact forms, the rights explorer, the status lookup,
search) used to set Django's ``csrftoken`` cookie as soon as they were
shown; their forms now carry a signed token instead (pages.security)."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from tests.conftest import LANGUAGES


def assert_no_cookie(response, url):
    assert response.status_code == 200, url
    assert not response.cookies, f"{url} set {list(response.cookies)}"
    assert "Set-Cookie" not in response, url


def test_no_live_demo_page_sets_a_cookie_in_any_language(demo_pages):
    assert {page.locale.language_code for page in demo_pages} == set(LANGUAGES)
    kinds = {type(page).__name__ for page in demo_pages}
    assert {"ContactFormPage", "RightsExplorerPage"} <= kinds
    for page in demo_pages:
        client = Client()  # a new reader each time, who has no cookie yet
        response = client.get(page.url)
        assert_no_cookie(response, page.url)
        assert 'name="csrfmiddlewaretoken"' not in response.content.decode(), page.url


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_and_the_status_lookup_set_no_cookie(demo_pages, language):
    with translation.override(language):
        urls = (reverse("balise_forms:status_lookup"), reverse("search") + "?q=aide",
                reverse("search") + "?q=")
    for url in urls:
        assert_no_cookie(Client().get(url), url)


def test_the_admin_keeps_djangos_csrf_cookie(db):
    response = Client().get("/admin/login/")
    assert "csrftoken" in response.cookies
