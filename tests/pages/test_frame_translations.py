"""A page's language links (the switcher and the hreflang links) come from
the cached frame, and still change at once when a translation is
published, unpublished or made private (pages/frame/translations.py)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings
from wagtail.models import PageViewRestriction

from tests import factories
from tests.conftest import outline

NO_PAGE_CACHE = {"PAGE_CACHE_SECONDS": 0}  # each view builds the page: the frame is what is kept


@pytest.fixture
def page(db):
    home = factories.make_site()
    for language in ("nl", "de", "en"):
        factories.translate(home, language)
    topic = factories.make_topic(home, title="Logement", slug="logement")
    return factories.make_page(topic, title="Garantie locative", slug="garantie")


def _switcher_links(response):
    """{language code: href} of the language switcher's links to a page in
    that language (not those to the "not translated yet" view)."""
    return {link["lang"]: link["href"] for link in outline(response).links
            if "lang" in link and link.get("rel") != "nofollow"}


@override_settings(BALISE_PAGES=NO_PAGE_CACHE)
def test_a_translation_published_after_a_view_is_offered_at_once(client, page):
    before = client.get(page.url)
    assert set(outline(before).alternates) == {"fr"}
    assert "nl" not in _switcher_links(before)

    dutch = factories.translate(page, "nl", title="Huurwaarborg", slug="huurwaarborg")
    after = client.get(page.url)
    assert outline(after).alternates["nl"].endswith(dutch.url)
    assert _switcher_links(after)["nl"] == dutch.url

    dutch.unpublish()
    again = client.get(page.url)
    assert "nl" not in outline(again).alternates
    assert "nl" not in _switcher_links(again)


@override_settings(BALISE_PAGES=NO_PAGE_CACHE)
def test_a_translation_made_private_is_not_offered_to_a_reader_who_has_not_passed(client, page):
    dutch = factories.translate(page, "nl", title="Huurwaarborg", slug="huurwaarborg")
    assert "nl" in outline(client.get(page.url)).alternates
    PageViewRestriction.objects.create(
        page=dutch, restriction_type=PageViewRestriction.PASSWORD, password="secret")
    response = client.get(page.url)
    assert "nl" not in outline(response).alternates
    assert "nl" not in _switcher_links(response)


@override_settings(BALISE_PAGES=NO_PAGE_CACHE)
def test_the_next_view_does_not_ask_the_database_for_the_translations(client, page):
    factories.translate(page, "nl", title="Huurwaarborg", slug="huurwaarborg")
    client.get(page.url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(page.url)
    assert "nl" in outline(response).alternates
    assert not [query for query in captured if '"translation_key" = ' in query["sql"]]
