"""The number of queries for a page must not grow with the size of the site."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from pages.models import HomePage, InformationPage, ReachUsPage, TopicPage


def queries_for(client, url):
    client.get(url)  # warm the caches a running site would have
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_queries_for_each_page_type_do_not_grow_with_200_more_pages(
    client, demo_pages, capsys
):
    french = Locale.objects.get(language_code="fr")
    home = HomePage.objects.get(locale=french)
    income = InformationPage.objects.get(locale=french, slug="revenu-integration")
    topic = income.get_parent().specific
    dutch_home = HomePage.objects.get(locale__language_code="nl")
    dutch_income = InformationPage.objects.get(locale__language_code="nl", slug="leefloon")
    contact = ReachUsPage.objects.get(locale=french)
    urls = [home.url, topic.url, income.url, contact.url, dutch_home.url, dutch_income.url]
    before = {url: queries_for(client, url) for url in urls}

    for number in range(200):
        if number % 2:
            home.add_child(instance=TopicPage(
                title=f"Thème supplémentaire {number}", slug=f"theme-{number}", locale=french,
                intro="Un thème de plus.", show_in_menus=number % 40 == 1,
            ))
        else:
            topic.add_child(instance=InformationPage(
                title=f"Page supplémentaire {number}", slug=f"page-{number}", locale=french,
                intro="Une page de plus.",
            ))
    after = {url: queries_for(client, url) for url in urls}

    with capsys.disabled():
        print(f"\nSQL queries per page, before and after 200 more pages: {before} -> {after}")
    assert after == before
    assert max(before.values()) <= 20
