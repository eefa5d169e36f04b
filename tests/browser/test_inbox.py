"""The front office's inbox in a real browser, on the demo's example
requests: what Balise renders inside Wagtail's admin (the list, its filters,
a request's page with its action forms, the reassign form) passes axe with
zero violations, the front office sees every request with the overdue ones
first, and a service's staff see only theirs."""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from forms.models import ContactSubmission

from .conftest import axe_violations, describe, load, sign_in

pytestmark = pytest.mark.browser


def references_listed(browser):
    return [row.get_attribute("data-reference")
            for row in browser.find_elements(By.CSS_SELECTOR, "tr[data-reference]")]


def test_the_inbox_and_a_request_pass_axe_and_show_each_login_its_own_requests(
        live_server, browser, demo_site_committed, capsys):
    failures = []
    sign_in(browser, live_server, username="accueil")
    inbox = live_server.url + "/admin/requests/"
    load(browser, inbox)
    listed = references_listed(browser)
    demo = set(ContactSubmission.objects.filter(reference__startswith="DEM-")
               .values_list("reference", flat=True))
    assert demo <= set(listed), "the front office sees every request of its forms"
    first = browser.find_element(By.CSS_SELECTOR, "tr[data-reference]")
    assert "balise-inbox-overdue" in first.get_attribute("class")
    failures += describe(inbox, axe_violations(browser, include=".balise-inbox")[0])

    load(browser, inbox + "?overdue=1")
    overdue = references_listed(browser)
    assert overdue and set(overdue) < set(listed)

    load(browser, inbox)
    request_url = browser.find_element(By.CSS_SELECTOR, "tr[data-reference] a").get_attribute(
        "href")
    load(browser, request_url)
    WebDriverWait(browser, 20).until(
        lambda b: b.find_elements(By.CSS_SELECTOR, ".balise-request"))
    failures += describe(browser.current_url,
                         axe_violations(browser, include=".balise-request")[0])

    load(browser, inbox + "reassign/")
    failures += describe(browser.current_url, axe_violations(browser, include="main")[0])

    browser.delete_all_cookies()
    sign_in(browser, live_server, username="energie")
    load(browser, inbox)
    energy = set(references_listed(browser))
    expected = set(ContactSubmission.objects.filter(
        assigned_to__name="La cellule énergie").values_list("reference", flat=True))
    assert energy == expected and energy

    with capsys.disabled():
        print(f"\ninbox: 3 admin views checked, {len(failures)} violations")
    assert not failures, "\n".join(failures)
