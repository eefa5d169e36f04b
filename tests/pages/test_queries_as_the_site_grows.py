"""A page costs the same number of SQL queries however big the site grows:
the frame every page shares (home, menu, organisation, languages) is read
once per site and language, not once per page of the tree, with or without
the frame cache (pages/frame/). The demo's own figures (at most 8 queries a
page) are in tests/demo/test_query_counts.py."""

import pytest

from pages.models import InformationPage, TopicPage
from tests import factories
from tests.conftest import queries_for, text_of

FRAME_MIDDLEWARE = "pages.frame.middleware.FrameMiddleware"


@pytest.fixture(params=["with the frame middleware", "without it"])
def client(request, client, settings):
    middleware = [name for name in settings.MIDDLEWARE if name != FRAME_MIDDLEWARE]
    if request.param == "with the frame middleware":
        after = middleware.index("django.middleware.locale.LocaleMiddleware") + 1
        middleware.insert(after, FRAME_MIDDLEWARE)
    settings.MIDDLEWARE = middleware
    return client



def test_queries_for_each_page_type_do_not_grow_with_50_more_pages(client, db):
    site = factories.make_site_in_four_languages()
    factories.make_organisation(site.home)
    contact = factories.make_reach_us(site.home, title="Nous contacter", slug="contact")
    dutch = site.income.get_translation(factories.locales()["nl"])
    urls = [site.home.url, site.money.url, site.income.url, contact.url,
            site.home.get_translation(factories.locales()["nl"]).url, dutch.url]
    before = {url: queries_for(client, url) for url in urls}
    cold_before = {url: queries_for(client, url, cold=True) for url in urls}

    french = site.home.locale
    for number in range(50):
        if number % 2:
            site.home.add_child(instance=TopicPage(
                title=f"Thème supplémentaire {number}", slug=f"theme-{number}", locale=french,
                show_in_menus=number % 10 == 1))
        else:
            site.money.add_child(instance=InformationPage(
                title=f"Page supplémentaire {number}", slug=f"page-{number}", locale=french,
                intro="Une page de plus."))
    assert "Thème supplémentaire 41" in text_of(client.get(site.home.url)), \
        "the new pages are part of the site the frame is built from"
    after = {url: queries_for(client, url) for url in urls}
    cold_after = {url: queries_for(client, url, cold=True) for url in urls}

    assert after == before
    assert cold_after == cold_before
