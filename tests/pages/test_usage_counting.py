"""Measuring use without tracking: a reader's page view adds one to the
day's count for that page and language, and nothing else is kept; robots,
HEAD requests, errors and signed-in staff are not counted; no cookie is set;
a view that follows a top task of the home page is counted as a click."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.db.models import QuerySet
from django.http import HttpResponse
from django.test import Client
from django.utils import timezone
from wagtail.models import PageViewRestriction

from pages.models import DailyCount
from pages.usage import PAGE_VIEW, TOP_TASK, record
from pages.usage.recording import purge_old_counts
from tests import factories
from tests.pages import usage_helpers
from tests.pages.usage_helpers import BROWSER, counts

pytestmark = pytest.mark.django_db
counting = usage_helpers.counting
reader = usage_helpers.reader


@pytest.fixture
def site(db):
    return factories.make_site_in_four_languages()


def test_a_readers_page_view_is_counted_for_its_page_and_language(reader, site):
    for _ in range(3):
        assert reader.get(site.bills.url).status_code == 200
    dutch = site.bills.get_translation(factories.locales()["nl"])
    reader.get(dutch.url)
    assert counts(PAGE_VIEW) == {(PAGE_VIEW, "fr", site.bills.pk): 3,
                                 (PAGE_VIEW, "nl", dutch.pk): 1}
    assert DailyCount.objects.filter(day=timezone.localdate()).count() == 2


def test_counting_sets_no_cookie(reader, site):
    response = reader.get(site.bills.url)
    assert counts(PAGE_VIEW), "the view was counted"
    assert not response.cookies
    assert "Set-Cookie" not in response.headers


def test_nothing_about_the_reader_is_kept(reader, site):
    """Only numbers per day, language, kind and page: the model has no
    field for an address, a browser, a referrer or a time of day."""
    fields = {field.name for field in DailyCount._meta.get_fields()}
    assert fields == {"id", "day", "language", "kind", "key", "page", "count"}
    reader.get(site.bills.url, headers={"Referer": "https://example.org/secret?q=1"},
               REMOTE_ADDR="203.0.113.7")
    stored = " ".join(str(value) for row in DailyCount.objects.values_list() for value in row)
    for kept in ("203.0.113", "Firefox", "Mozilla", "example.org", "secret"):
        assert kept not in stored


@pytest.mark.parametrize("agent", [
    "", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "curl/8.5.0", "python-requests/2.32", "Mozilla/5.0 (compatible; bingbot/2.0)",
    "facebookexternalhit/1.1", "Mozilla/5.0 HeadlessChrome/131.0"])
def test_robots_and_scripts_are_not_counted(counting, site, agent):
    Client(headers={"User-Agent": agent}).get(site.bills.url)
    assert counts() == {}


def test_head_requests_errors_and_prefetches_are_not_counted(reader, site):
    reader.head(site.bills.url)
    assert reader.get("/fr/no-such-page/").status_code == 404
    reader.get(site.bills.url, headers={"Sec-Purpose": "prefetch"})
    reader.get("/fr/recherche/", {"q": "loyer"})  # not a page: search has its own counts
    assert counts() == {}


def test_signed_in_staff_are_not_counted(reader, site):
    reader.force_login(factories.make_user(superuser=True))
    assert reader.get(site.bills.url).status_code == 200
    assert counts() == {}


def top_tasks(home, *pages):
    home.top_tasks = [("task", {"page": page, "label": "", "description": ""})
                      for page in pages]
    return factories.publish(home)


def test_a_view_that_follows_a_top_task_of_the_home_page_is_a_click(reader, site):
    top_tasks(site.home, site.bills)
    home_url = f"http://testserver{site.home.url}"
    reader.get(site.bills.url, headers={"Referer": home_url})
    reader.get(site.bills.url, headers={"Referer": f"http://testserver{site.housing.url}"})
    reader.get(site.bills.url, headers={"Referer": "http://elsewhere.example/fr/"})
    reader.get(site.bills.url)
    reader.get(site.income.url, headers={"Referer": home_url})  # not a top task
    assert counts(TOP_TASK) == {(TOP_TASK, "fr", site.bills.pk): 1}
    assert counts(PAGE_VIEW)[PAGE_VIEW, "fr", site.bills.pk] == 4


def test_a_copy_answered_by_a_page_cache_is_counted_too(reader, site, settings):
    """A cache middleware inside the counting answers without Wagtail: the
    page is known from the address, as when it was last built."""
    settings.MIDDLEWARE = [*settings.MIDDLEWARE,
                           "tests.pages.test_usage_counting.CopyingCache"]
    CopyingCache.copies.clear()
    first = reader.get(site.bills.url)
    second = reader.get(site.bills.url)
    assert getattr(second, "from_copy", False) and not getattr(first, "from_copy", False)
    assert counts(PAGE_VIEW) == {(PAGE_VIEW, "fr", site.bills.pk): 2}


class CopyingCache:
    """The simplest page cache: a copy per address, answered at once."""
    copies = {}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path in self.copies:
            response = HttpResponse(self.copies[request.path])
            response.from_copy = True
            return response
        response = self.get_response(request)
        if response.status_code == 200:
            self.copies[request.path] = response.render().content
        return response


def test_two_requests_creating_the_days_row_at_once_are_both_counted(site, monkeypatch):
    """The row does not exist when this request looks, another request
    creates it before this one can: the unique constraint refuses the second
    row, and this request adds to the other's instead."""
    today = timezone.localdate()
    DailyCount.objects.create(day=today, kind=PAGE_VIEW, language="fr",
                              key=str(site.bills.pk), page=site.bills, count=1)
    real_update = QuerySet.update
    missed = []

    def update_missing_the_row_once(queryset, **values):
        if not missed:
            missed.append(True)
            return 0  # as if the other request had not committed its row yet
        return real_update(queryset, **values)

    monkeypatch.setattr(QuerySet, "update", update_missing_the_row_once)
    assert record(PAGE_VIEW, "fr", page=site.bills) is True
    assert DailyCount.objects.get().count == 2


def test_counts_are_forgotten_after_the_period_kept(site, settings):
    settings.BALISE_PAGES = {"USAGE_DAYS": 30}
    today = timezone.localdate()
    for days_ago in (0, 29, 30, 400):
        record(PAGE_VIEW, "fr", page=site.bills, day=today - datetime.timedelta(days=days_ago))
    assert purge_old_counts(today=today) == 2
    assert sorted((today - row.day).days for row in DailyCount.objects.all()) == [0, 29]
    record(PAGE_VIEW, "fr", page=site.bills, day=today - datetime.timedelta(days=31))
    out = io.StringIO()
    call_command("purge_usage_counts", stdout=out)  # what the daily timer runs
    assert out.getvalue().startswith("1 daily use counts before")
    assert DailyCount.objects.count() == 2


def test_an_unknown_kind_is_a_programming_error():
    with pytest.raises(ValueError):
        record("clicks", "fr")


def test_a_browser_reader_client_sends_a_user_agent():
    assert "Firefox" in BROWSER  # the fixture's browser is not taken for a robot


def test_the_password_form_of_a_private_page_is_not_a_view(reader, site):
    PageViewRestriction.objects.create(page=site.bills, restriction_type="password",
                                       password="s3cret")
    response = reader.get(site.bills.url)
    assert response.status_code == 200 and 'name="password"' in response.content.decode()
    assert counts() == {}
