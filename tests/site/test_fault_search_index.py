"""The search index missing or damaged on the reference site while it runs.

Citizens go on reading every page in every language, and the search box stays
in the header; the search page says, in the reader's language, that search
is not available right now (503) and offers the phone number and the top
tasks instead; ``manage.py update_index`` rebuilds the index and the same
running site finds pages again, without a restart.

How the Whoosh index itself fails and recovers (concurrent writers, a killed
rebuild, random damage) is in tests/pages/test_search_concurrency.py and
tests/pages/test_search_page.py; this file is the reader's side on the demo."""

import io
import os
import shutil

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Page

from pages.models import InformationPage
from tests.conftest import LANGUAGES, text_of

SEARCH_PATHS = {"fr": "/fr/recherche/", "nl": "/nl/zoeken/", "de": "/de/suche/",
                "en": "/en/search/"}
# A word of each language's demo pages about rent
WORDS = {"fr": "loyer", "nl": "huur", "de": "miete", "en": "rent"}
UNAVAILABLE = "Search is not available right now"


def whoosh_at(settings, path):
    backends = dict(settings.WAGTAILSEARCH_BACKENDS)
    backends["whoosh"] = {"BACKEND": "pages.search.backend", "PATH": str(path),
                          "AUTO_UPDATE": True}
    return backends


@pytest.fixture(scope="module")
def built(demo_db, django_db_blocker, tmp_path_factory):
    """The demo indexed once for the module, as ``update_index`` builds it."""
    from django.conf import settings

    index = tmp_path_factory.mktemp("fault-search") / "index"
    with django_db_blocker.unblock(), override_settings(
            WAGTAILSEARCH_BACKENDS=whoosh_at(settings, index)):
        call_command("update_index", backend_name="whoosh", stdout=io.StringIO())
    return index


@pytest.fixture
def index(built, demo_pages, settings, tmp_path):
    """This test's copy of the demo's index, which it may break."""
    copy = tmp_path / "index"
    shutil.copytree(built, copy, symlinks=True)
    settings.WAGTAILSEARCH_BACKENDS = whoosh_at(settings, copy)
    return copy


def remove_the_folder(path):
    shutil.rmtree(path)


def write_garbage_in_every_file(path):
    for folder, _dirs, files in os.walk(path):
        for name in files:
            with open(os.path.join(folder, name), "r+b") as handle:
                size = handle.seek(0, os.SEEK_END)
                handle.seek(0)
                handle.write(b"\xff\x00garbage" * max(1, size // 9))


def remove_the_files_in_use(path):
    for name in os.listdir(path):
        if os.path.islink(os.path.join(path, name)):
            shutil.rmtree(os.path.realpath(os.path.join(path, name)))


def search(client, language, word=None):
    return client.get(SEARCH_PATHS[language], {"q": word or WORDS[language]})


def a_page_in(language):
    return (InformationPage.objects.live().filter(locale__language_code=language)
            .order_by("path").first())


def assert_search_finds_pages(client):
    for language in LANGUAGES:
        response = search(client, language)
        assert response.status_code == 200, language
        html = response.content.decode()
        assert 'class="search-results"' in html, language
        assert 'class="search-unavailable"' not in html


@pytest.mark.parametrize("damage", [remove_the_folder, write_garbage_in_every_file,
                                    remove_the_files_in_use])
def test_a_broken_index_leaves_pages_working_and_search_says_it_is_unavailable_until_rebuilt(
        client, index, damage):
    assert_search_finds_pages(client)  # the running site has its searcher open

    damage(index)

    for language in LANGUAGES:
        for url in (f"/{language}/", a_page_in(language).url):
            page = client.get(url)
            assert page.status_code == 200, url
            html = page.content.decode()
            # the header's box (the home page has its own, larger one)
            assert 'role="search"' in html and f'action="{SEARCH_PATHS[language]}"' in html, url
        response = search(client, language)
        assert response.status_code == 503, language
        with translation.override(language):
            message = gettext(UNAVAILABLE)
        if language != "en":
            assert message != UNAVAILABLE, f"translated into {language}"
        assert message in text_of(response)
        assert 'id="search-page-q"' in response.content.decode(), "and its search form"
        assert client.get(SEARCH_PATHS[language]).status_code == 200, "the empty search page"
        suggestions = client.get(f"/{language}/search-suggestions/", {"q": WORDS[language]})
        assert suggestions.status_code == 200
        assert suggestions.json() == {"results": []}

    call_command("update_index", backend_name="whoosh", stdout=io.StringIO())

    assert_search_finds_pages(client)


@pytest.mark.parametrize("damage", [write_garbage_in_every_file, remove_the_files_in_use])
def test_a_page_published_while_the_index_is_broken_does_not_hide_that_search_is_broken(
        client, index, damage):
    """Publishing writes the page into the index (``AUTO_UPDATE``): into a
    lost or damaged index, that write must not make a new index of that one
    page, with which search would seem to work and find nothing else.
    (When the whole index folder is gone, the site cannot tell it from a new
    site whose first page is being published: run ``update_index`` after
    restoring or moving a site without its index.)"""
    damage(index)
    page = a_page_in("fr")
    page.save_revision().publish()

    assert search(client, "fr").status_code == 503
    assert Page.objects.live().filter(pk=page.pk).exists(), "the page itself is published"

    call_command("update_index", backend_name="whoosh", stdout=io.StringIO())
    assert_search_finds_pages(client)
