"""Shared fixtures: the demo site is built once for the session, in the test
database, through the real ``seed_demo`` command.

Tests that use ``db`` run inside a transaction rolled back after each test,
so they all see the same demo. Tests with a live server (``transactional_db``)
run after them (pytest-django orders them last) and rebuild the demo with
``demo_site_committed``, because their database is emptied after each test.
"""

import html as html_module
import re
from html.parser import HTMLParser

import pytest
from django.core.management import call_command

LANGUAGES = ("fr", "nl", "de", "en")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("seed_demo", "--no-admin", verbosity=0)


@pytest.fixture
def demo_pages(db):
    """Every live page of the demo below the root, in every language."""
    from wagtail.models import Page

    return list(Page.objects.live().filter(depth__gte=2).order_by("path").specific())


@pytest.fixture
def demo_site_committed(transactional_db):
    """The demo for live-server tests, whose database is emptied between tests."""
    from wagtail.models import Page

    if not Page.objects.filter(depth=2, locale__language_code="en").exists():
        call_command("seed_demo", "--no-admin", verbosity=0)
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
