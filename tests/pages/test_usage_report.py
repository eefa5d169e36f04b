"""Reports → Use of the site: what staff given the permission read of the
counts (views per day and language as a chart and a table, the most viewed
pages, the forms' funnel, the explorer, the search), the "top tasks"
suggestion, the period and language chosen, and the CSV export; closed to
every other member of staff, export included."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from pages.models import DailyCount, SearchTerm
from pages.usage import EXPLORER_RESULTS, FORM_STARTED, FORM_SUBMITTED, PAGE_VIEW, TOP_TASK
from pages.usage.figures import PageRow
from pages.usage.suggestions import suggest
from tests import factories
from tests.conftest import text_of
from tests.factories import permission, staff_member

pytestmark = pytest.mark.django_db
REPORT = "balise_usage_report"


def csv_of(response):
    return b"".join(response.streaming_content).decode("utf-8-sig")


@pytest.fixture
def site(db):
    site = factories.make_site_in_four_languages()
    site.home.top_tasks = [("task", {"page": site.income, "label": "", "description": ""})]
    site.home = factories.publish(site.home)
    dutch_bills = site.bills.get_translation(factories.locales()["nl"])
    today = timezone.localdate()

    def count(kind, page, number, days_ago=0, language="fr"):
        DailyCount.objects.create(day=today - datetime.timedelta(days=days_ago), kind=kind,
                                  language=language, key=str(page.pk), page=page, count=number)

    count(PAGE_VIEW, site.bills, 40)
    count(PAGE_VIEW, site.bills, 25, days_ago=3)
    count(PAGE_VIEW, site.income, 7)
    count(TOP_TASK, site.income, 5)
    count(PAGE_VIEW, dutch_bills, 11, language="nl")
    count(PAGE_VIEW, site.housing, 900, days_ago=20)  # outside the last 7 days
    count(FORM_STARTED, site.housing, 12)  # (a form page in real life)
    count(FORM_SUBMITTED, site.housing, 3)
    count(EXPLORER_RESULTS, site.money, 6)
    SearchTerm.objects.create(day=today, language="fr", query="loyer", searches=9,
                              last_result_count=0)
    SearchTerm.objects.create(day=today, language="fr", query="energie", searches=4,
                              last_result_count=2)
    site.dutch_bills = dutch_bills
    return site


def report_reader():
    return staff_member("usage-reader", permission("balise_pages", "view_usage_report"))


def test_staff_without_the_permission_cannot_open_the_report_or_its_export(client, site):
    """Wagtail sends a refused reader back to the dashboard with "Sorry, you
    do not have permission", and answers a script (the filters) with a 403."""
    editor = staff_member("editor", pages=[site.home])
    client.force_login(editor)
    script = {"x-requested-with": "XMLHttpRequest"}
    for url, params in [(reverse(REPORT), {}), (reverse(REPORT), {"export": "csv"}),
                        (reverse(f"{REPORT}_results"), {})]:
        refused = client.get(url, params)
        assert refused.status_code == 302
        assert refused["Location"] == reverse("wagtailadmin_home")
        assert not hasattr(refused, "streaming_content"), "no export"
        assert client.get(url, params, headers=script).status_code == 403
    assert "Utilisation du site" not in text_of(client.get(reverse("wagtailadmin_home")))
    client.force_login(report_reader())
    assert "Utilisation du site" in text_of(client.get(reverse("wagtailadmin_home")))


def test_the_report_shows_views_per_day_and_language_as_a_chart_and_a_table(client, site):
    client.force_login(report_reader())
    response = client.get(reverse(REPORT), {"days": "7"})
    assert response.status_code == 200
    html = response.content.decode()
    assert '<svg xmlns="http://www.w3.org/2000/svg" role="img"' in html
    assert html.count("<polyline") == 4, "one line per language"
    trend = response.context["trend_rows"]
    assert len(trend) == 7
    assert trend[-1][1][:2] == [47, 11], "today: French 40 + 7, Dutch 11"
    assert trend[-4][1][0] == 25
    assert response.context["trend_totals"][:2] == [72, 11]
    text = text_of(response)
    assert "Pages vues par jour et par langue" in text


def test_the_report_lists_the_funnel_the_explorer_and_the_search(client, site):
    client.force_login(report_reader())
    response = client.get(reverse(REPORT), {"days": "7", "language": "fr"})
    funnel = response.context["funnel"]
    assert [(row.title, row.forms_started, row.forms_sent, row.sent_share)
            for row in funnel] == [(site.housing.title, 12, 3, 25)]
    french = factories.locales()["fr"].get_display_name()
    assert response.context["by_language"] == [(french, 6, 13, 9)]


def test_the_most_viewed_pages_are_exported_for_the_period_and_language(client, site):
    client.force_login(report_reader())
    rows = csv_of(client.get(reverse(REPORT), {"days": "7", "export": "csv"})
                  ).strip().splitlines()
    assert rows[0] == ("Langue,Page,Pages vues,Clics sur les tâches principales,Formulaires "
                       "commencés,Formulaires envoyés,Résultats de l'explorateur de droits "
                       "affichés")
    assert rows[1] == f"fr,{site.bills.title},65,0,0,0,0"
    assert rows[2] == f"nl,{site.dutch_bills.title},11,0,0,0,0"
    assert rows[3] == f"fr,{site.income.title},7,5,0,0,0"
    every_day = csv_of(client.get(reverse(REPORT), {"days": "90", "language": "fr",
                                                    "export": "csv"}))
    assert f"fr,{site.housing.title},900,0,12,3,0" in every_day
    assert "nl," not in every_day


def test_a_wrong_period_or_language_shows_the_default_report(client, site):
    client.force_login(report_reader())
    response = client.get(reverse(REPORT), {"days": "100000", "language": "<script>"})
    assert response.status_code == 200
    assert len(response.context["trend_rows"]) == 30
    assert "<script>" not in response.content.decode().split("</form>")[0].split("<form")[-1]


def test_the_report_suggests_top_tasks_from_the_most_viewed_pages(client, site):
    client.force_login(report_reader())
    response = client.get(reverse(REPORT), {"days": "30", "language": "fr"})
    (name, suggestion), = response.context["suggestions"]
    assert [row.page_id for row in suggestion.most_visited] == [
        site.housing.pk, site.bills.pk, site.income.pk]
    assert [row.page_id for row in suggestion.to_add] == [site.housing.pk, site.bills.pk]
    assert suggestion.rarely_used == []
    text = text_of(response)
    assert "Pages les plus vues qui ne sont pas encore une tâche principale" in text


def row(page_id, views, clicks=0, home=False):
    return PageRow(page_id, "fr", f"Page {page_id}", is_home=home, views=views,
                   top_task_clicks=clicks)


def test_a_top_task_far_from_the_most_viewed_pages_is_said_to_be_rarely_used():
    rows = [row(0, 5000, home=True)] + [row(page, 100 - page) for page in range(1, 21)]
    rows.append(row(30, 2, clicks=1))
    advice = suggest("fr", rows, [(1, "Page 1"), (30, "Rare task"), (31, "Never seen")], size=4)
    assert [item.page_id for item in advice.most_visited] == [1, 2, 3, 4], "no home page"
    assert [item.page_id for item in advice.to_add] == [2, 3, 4]
    assert advice.rarely_used == [(30, "Rare task", 2, 1), (31, "Never seen", 0, 0)]
