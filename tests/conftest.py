"""Shared fixtures.

App tests build the few objects they need with ``tests.factories``. Tests of
the reference site ask for ``demo_pages``: the four-language demo is built
once per session, in the test database, through the real ``seed_demo``
command, and tests that do not ask for it run first, on an empty database
(``pytest_collection_modifyitems`` below), so they never depend on it.

App tests (tests/pages, tests/locales…) also run on ``tests.settings``, a
small Wagtail site without the demo: there, asking for the demo fails with a
message that says where such a test belongs (``bin/test`` runs both).

Tests that use ``db`` run inside a transaction rolled back after each test.
Tests with a live server (``transactional_db``) run last (pytest-django
orders them) and get the demo back with ``demo_site_committed``, because
their database is emptied after each test: a copy of the database and
search index taken after the first seeding (``tests/demo_snapshot.py``), or
a new seeding where the database engine cannot be copied.
"""

import html as html_module
import re
from html.parser import HTMLParser

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.demo_snapshot import snapshot

LANGUAGES = ("fr", "nl", "de", "en")


DEMO_FIXTURES = {"demo_db", "demo_site_committed"}


def pytest_collection_modifyitems(items):
    """Tests without the demo first: once built, the demo stays in the
    session's database. Transactional tests (live servers, worker processes)
    stay after all others, as pytest-django orders them: they empty the
    database when they end, taking the demo and what the migrations wrote
    (Wagtail's groups) with it. A stable sort keeps the rest of the order."""
    items.sort(key=lambda item: (_is_transactional(item),
                                 bool(DEMO_FIXTURES & set(item.fixturenames))))


def _is_transactional(item):
    fixtures = set(getattr(item, "fixturenames", ()))
    if {"transactional_db", "live_server", "django_db_reset_sequences"} & fixtures:
        return True
    marker = item.get_closest_marker("django_db")
    return bool(marker and (marker.kwargs.get("transaction")
                            or marker.kwargs.get("reset_sequences")))


@pytest.fixture(scope="module")
def module_db(django_db_setup, django_db_blocker):
    """One transaction around a whole test module, rolled back after its last
    test: what a module-scoped fixture builds on it is built once and shared
    by the module's tests (as Django's ``setUpTestData``), each test's own
    changes still rolled back after it by ``db``. Fixtures on it should hand
    each test objects read again from the database. Not for live-server
    (transactional) tests."""
    from django.db import transaction

    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def empty_cache():
    """Every test starts with an empty cache: a test's database changes are
    rolled back, and the page frame it cached (pages/frame/) must go too."""
    cache.clear()


@pytest.fixture(autouse=True)
def search_indexing_only_when_asked(request, settings):
    """The Whoosh index is written on every save (AUTO_UPDATE), and its files
    are not rolled back with a test's transaction: a test that does not ask
    for ``search_index`` writes nothing to it (a write costs 10-50 ms, which
    tripled the time of the app tests), so the index keeps what the session
    built (the demo)."""
    backends = getattr(settings, "WAGTAILSEARCH_BACKENDS", None) or {}
    # a live-server test seeds the demo again (demo_site_committed): indexed too
    asked = {"search_index", "demo_site_committed"} & set(request.fixturenames)
    if asked or "whoosh" not in backends:
        return
    settings.WAGTAILSEARCH_BACKENDS = {
        **backends, "whoosh": {**backends["whoosh"], "AUTO_UPDATE": False}}


@pytest.fixture
def search_index(settings, tmp_path):
    """An empty Whoosh index of the test's own, kept current as the test saves
    pages; the backend is returned."""
    from wagtail.search.backends import get_search_backend

    backends = dict(getattr(settings, "WAGTAILSEARCH_BACKENDS", None) or {})
    backends["whoosh"] = {**backends.get("whoosh", {"BACKEND": "pages.search.backend"}),
                          "PATH": str(tmp_path / "search-index"), "AUTO_UPDATE": True}
    settings.WAGTAILSEARCH_BACKENDS = backends
    return get_search_backend("whoosh")


NEEDS_THE_DEMO = (
    "This test asks for the reference site's demo, which the app settings "
    "(tests.settings) do not have: build what it needs with tests.factories, or "
    "move it to tests/demo, tests/site or tests/browser (run on config.settings.test)."
)


def seed_the_demo():
    from django.apps import apps

    if not apps.is_installed("demo"):
        pytest.fail(NEEDS_THE_DEMO, pytrace=False)
    call_command("seed_demo", "--no-admin", verbosity=0)


@pytest.fixture(scope="session")
def demo_db(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        seed_the_demo()
        snapshot.take()


@pytest.fixture
def demo_pages(demo_db, db):
    """Every live page of the demo below the root, in every language."""
    from wagtail.models import Page

    return list(Page.objects.live().filter(depth__gte=2).order_by("path").specific())


@pytest.fixture
def demo_site_committed(transactional_db):
    """The demo for live-server tests, whose database is emptied between tests."""
    from wagtail.models import Page

    if not Page.objects.filter(depth=2, locale__language_code="en").exists():
        if not snapshot.restore():
            seed_the_demo()
            snapshot.take()
    return list(Page.objects.live().filter(depth__gte=2).order_by("path").specific())


class PageOutline(HTMLParser):
    """What the tests read from a page: lang, hreflang links, ids, h1s,
    link targets and the stylesheet."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.html_lang = None
        self.alternates = {}
        self.ids = set()
        self.h1_count = 0
        self.links = []
        self.stylesheets = []
        self._in_title = False
        self.title = ""
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "html":
            self.html_lang = attrs.get("lang")
        elif tag == "link" and attrs.get("rel") == "alternate" and "hreflang" in attrs:
            self.alternates[attrs["hreflang"]] = attrs["href"]
        elif tag == "link" and attrs.get("rel") == "stylesheet":
            self.stylesheets.append(attrs["href"])
        elif tag == "h1":
            self.h1_count += 1
        elif tag == "a":
            self.links.append(attrs)
        elif tag == "title":
            self._in_title = True

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def outline(response):
    return PageOutline(response.content.decode())


def text_of(response):
    """The visible text of a response, whitespace collapsed."""
    html = response.content.decode()
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    text = html_module.unescape(re.sub(r"<[^>]+>", " ", html))
    return re.sub(r"\s+", " ", text)


def queries_for(client, url, status=200, cold=False):
    """SQL queries of one request for ``url``: as a running site answers a
    reader after the first one (warm caches), or with the cache emptied
    (``cold``: the first reader after a restart or a publish). The page
    itself is built each time (the anonymous page cache is off): a copy
    from that cache costs no query, and would hide what building costs."""
    from django.conf import settings
    from django.test.utils import override_settings

    no_page_cache = {**(getattr(settings, "BALISE_PAGES", None) or {}), "PAGE_CACHE_SECONDS": 0}
    with override_settings(BALISE_PAGES=no_page_cache):
        if cold:
            cache.clear()
        else:
            client.get(url)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
    assert response.status_code == status, url
    return len(captured)
