"""The number of queries for every page of the reference site's demo stays
small and does not grow with the size of the site: the frame every page
shares (home, menu, organisation, locales) is cached for all readers, and a
publish shows at once. The same growth check on a small site built with
factories, with and without the frame cache, is in
tests/pages/test_queries_as_the_site_grows.py."""

from wagtail.models import Locale

from pages.models import HomePage, InformationPage, ReachUsPage, TopicPage
from tests.conftest import queries_for, text_of

MAX_QUERIES = 8
# The accessibility statement also reads its manual audit (samples, results,
# failures and their pages) and the latest automated run: a few more queries,
# as few with 400 assessments as with 4 (it once made one per assessment).
STATEMENT_MAX_QUERIES = 14



def test_every_demo_page_needs_at_most_8_queries(client, demo_pages):
    counts = {page.url: queries_for(client, page.url) for page in demo_pages}
    counts["/fr/page-qui-n-existe-pas/"] = queries_for(
        client, "/fr/page-qui-n-existe-pas/", status=404)
    limits = {page.url: STATEMENT_MAX_QUERIES for page in demo_pages
              if page.specific_class.__name__ == "AccessibilityStatementPage"}
    too_many = {url: count for url, count in counts.items()
                if count > limits.get(url, MAX_QUERIES)}
    assert not too_many, f"more than {MAX_QUERIES} queries: {too_many}"


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
    cold_before = {url: queries_for(client, url, cold=True) for url in urls}

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
    cold_after = {url: queries_for(client, url, cold=True) for url in urls}

    with capsys.disabled():
        print(f"\nSQL queries per page, before and after 200 more pages: {before} -> {after}"
              f"\n  with an empty cache: {cold_before} -> {cold_after}")
    assert after == before
    assert cold_after == cold_before
    assert max(before.values()) <= MAX_QUERIES


def test_a_published_menu_title_shows_on_the_next_page_at_once(client, demo_pages):
    french_home = HomePage.objects.get(locale__language_code="fr")
    topic = TopicPage.objects.live().in_menu().child_of(french_home).first().specific
    assert topic.title in text_of(client.get(french_home.url))  # the frame is now cached

    topic.title = "Aides pour payer le loyer"
    topic.save_revision().publish()
    assert "Aides pour payer le loyer" in text_of(client.get(french_home.url))

    topic.unpublish()
    assert "Aides pour payer le loyer" not in text_of(client.get(french_home.url))
