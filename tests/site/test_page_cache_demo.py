"""The reference site keeps whole pages for anonymous readers
(pages/caching/): on the demo, every information page's second reader gets
it without a query, the pages with a form or an answer of their own are
built for each reader, and a published change shows at once."""

import datetime
from unittest import mock

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from pages.models import InformationPage
from tests import factories
from tests.conftest import text_of

# the demo has no StandardPage: tests/pages/test_page_cache.py keeps one
KEPT_TYPES = {"HomePage", "TopicPage", "InformationPage", "ReachUsPage", "RightPage",
              "PartnerDirectoryPage"}
NEVER_KEPT_TYPES = {"ContactFormPage", "RightsExplorerPage"}


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    return response, len(captured)


def cache_control(response):
    return {word.strip() for word in response.get("Cache-Control", "").split(",") if word}


def test_the_page_cache_sits_after_the_language_the_headers_and_the_counting():
    names = settings.MIDDLEWARE
    cache_at = names.index("pages.caching.middleware.AnonymousPageCacheMiddleware")
    for outer in ("django.middleware.locale.LocaleMiddleware",
                  "django.contrib.sessions.middleware.SessionMiddleware",
                  "django.middleware.clickjacking.XFrameOptionsMiddleware",
                  "pages.usage.middleware.UsageMiddleware"):
        assert names.index(outer) < cache_at, outer


def test_every_information_page_of_the_demo_is_kept_for_its_next_reader(client, demo_pages):
    kept = [page for page in demo_pages if page.specific_class.__name__ in KEPT_TYPES]
    assert {page.specific_class.__name__ for page in kept} == KEPT_TYPES
    for page in kept:
        first = client.get(page.url)
        assert first.status_code == 200, page.url
        second, count = queries(Client(), page.url)
        assert count == 0, page.url
        assert second.content == first.content, page.url
        assert cache_control(second) == {"public", "no-cache"}, page.url
        assert not first.cookies and not second.cookies, page.url


def test_forms_the_explorer_search_and_the_status_lookup_are_built_for_each_reader(
        client, demo_pages):
    urls = [page.url for page in demo_pages if page.specific_class.__name__ in NEVER_KEPT_TYPES]
    with translation.override("fr"):
        search, lookup = reverse("search"), reverse("balise_forms:status_lookup")
    urls += [search, f"{search}?q=loyer", lookup]
    for url in urls:
        assert client.get(url).status_code == 200, url
        response, count = queries(client, url)
        assert count > 0, url
        assert "public" not in cache_control(response), url


def test_a_published_change_is_visible_at_once_to_every_reader(client, demo_pages):
    page = next(page for page in demo_pages if isinstance(page, InformationPage)
                and page.locale.language_code == "fr")
    other = Client()
    assert page.title in text_of(client.get(page.url))
    assert page.title in text_of(other.get(page.url))
    draft = InformationPage.objects.get(pk=page.pk)
    draft.title = "Un titre publié à l'instant"
    draft.save_revision().publish()
    assert "Un titre publié à l'instant" in text_of(client.get(page.url))
    assert "Un titre publié à l'instant" in text_of(other.get(page.url))


def test_the_contact_page_is_built_again_when_its_open_or_closed_may_change(client, demo_pages):
    page = next(page for page in demo_pages if page.specific_class.__name__ == "ReachUsPage"
                and page.locale.language_code == "fr")
    client.get(page.url)
    assert queries(client, page.url)[1] == 0
    later = timezone.now() + datetime.timedelta(minutes=15, seconds=1)
    with mock.patch("pages.caching.store.time.time", return_value=later.timestamp()):
        response, count = queries(client, page.url)
    assert count > 0 and response.status_code == 200


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_a_signed_in_editor_never_gets_the_copy_kept_for_citizens(client, demo_pages, language):
    page = next(page for page in demo_pages if isinstance(page, InformationPage)
                and page.locale.language_code == language)
    client.get(page.url)
    editor = Client()
    editor.force_login(factories.make_user(superuser=True))
    response, count = queries(editor, page.url)
    assert count > 0 and "public" not in cache_control(response)


def test_a_copy_from_the_cache_is_counted_like_a_page_built_for_the_reader(demo_pages):
    from pages.models import DailyCount
    from pages.usage import PAGE_VIEW

    page = next(page for page in demo_pages if isinstance(page, InformationPage)
                and page.locale.language_code == "nl")
    browser = {"User-Agent": "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 "
                             "Firefox/128.0"}
    Client(headers=browser).get(page.url)
    response, count = queries(Client(headers=browser), page.url)
    assert count == 1, "the copy costs one write: the count"
    assert response.status_code == 200
    views = DailyCount.objects.filter(kind=PAGE_VIEW, page_id=page.pk)
    assert sum(views.values_list("count", flat=True)) == 2
