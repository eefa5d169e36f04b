"""The "Use of the site" report in a real browser: its chart, tables and
suggestions have no axe violation (what Balise renders inside Wagtail's
admin), with counts in two languages."""

import datetime

import pytest
from django.utils import timezone
from selenium.webdriver.common.by import By

from pages.models import DailyCount
from pages.usage import FORM_STARTED, FORM_SUBMITTED, PAGE_VIEW, TOP_TASK
from tests.factories import locales, make_site_in_four_languages

from .conftest import axe_violations, describe, load, sign_in

pytestmark = pytest.mark.browser


@pytest.fixture
def counted(transactional_db):
    site = make_site_in_four_languages()
    today = timezone.localdate()
    for days_ago in range(10):
        for page, language, kind, number in [
                (site.bills, "fr", PAGE_VIEW, 30 + days_ago), (site.income, "fr", TOP_TASK, 4),
                (site.housing, "fr", FORM_STARTED, 6), (site.housing, "fr", FORM_SUBMITTED, 2),
                (site.bills.get_translation(locales()["nl"]), "nl", PAGE_VIEW, 5)]:
            DailyCount.objects.create(day=today - datetime.timedelta(days=days_ago), kind=kind,
                                      language=language, key=str(page.pk), page=page,
                                      count=number)
    return site


def test_the_usage_report_has_no_axe_violation(live_server, browser, counted):
    sign_in(browser, live_server)
    url = live_server.url + "/admin/reports/use-of-the-site/?days=30"
    load(browser, url)
    assert browser.find_elements(By.CSS_SELECTOR, ".balise-usage-report svg[role=img]")
    violations = axe_violations(browser, include=".balise-usage-report")[0]
    assert describe(url, violations) == []
