"""Measuring use on the reference site: readers' views of the demo pages
are counted whether the page cache answered or not, at the cost of one
database write; a top task followed from a home page is a click; and the
"Use of the site" report opens on the demo's counts in every language."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from pages.models import DailyCount, HomePage
from pages.usage import PAGE_VIEW, TOP_TASK
from tests import factories

BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0"


def reader():
    return Client(headers={"User-Agent": BROWSER})


def views(kind=PAGE_VIEW):
    return {(row.language, row.page_id): row.count
            for row in DailyCount.objects.filter(kind=kind)}


@pytest.fixture
def french_home(demo_pages):
    return HomePage.objects.get(locale__language_code="fr", depth=2)


def test_a_page_from_the_cache_is_counted_with_one_write_and_nothing_else(french_home):
    task = french_home.localized_tasks()[0]["page"]
    assert reader().get(task.url).status_code == 200  # built, kept, counted
    with CaptureQueriesContext(connection) as captured:
        response = reader().get(task.url)  # another reader: the kept copy
    assert response.status_code == 200
    assert views() == {("fr", task.pk): 2}
    statements = [query["sql"] for query in captured.captured_queries]
    assert len(statements) == 1, statements
    assert statements[0].startswith("UPDATE") and "dailycount" in statements[0]


def test_a_top_task_followed_from_the_home_page_is_counted_in_each_language(french_home):
    for language in ("fr", "nl", "de", "en"):
        home = french_home.get_translation(factories.locales()[language]).specific
        task = home.localized_tasks()[0]["page"]
        client = reader()
        assert client.get(home.url).status_code == 200
        client.get(task.url, headers={"Referer": f"http://testserver{home.url}"})
        assert views(TOP_TASK)[language, task.pk] == 1, language
        assert views()[language, home.pk] == 1


def test_the_report_opens_on_the_demo_with_its_top_tasks(client, french_home):
    task = french_home.localized_tasks()[0]["page"]
    reader().get(task.url)
    client.force_login(factories.make_user(superuser=True))
    response = client.get(reverse("balise_usage_report"))
    assert response.status_code == 200
    assert [suggestion.language for _name, suggestion in response.context["suggestions"]] == [
        "fr", "nl", "de", "en"]
    assert response.context["trend_totals"][0] == 1
