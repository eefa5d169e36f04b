"""The accessibility report in a real browser: an auditor opens the overview
of an audit with findings, a finding and the dismissed list, axe finds no
violation in what Balise renders inside Wagtail's admin, and the auditor
dismisses a finding with the keyboard only."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from accessibility import roles
from accessibility.models import AuditFinding, FindingDismissal
from tests.accessibility.report_factories import add_address, add_finding, make_run
from tests.factories import make_page, make_site, translate

from .conftest import axe_violations, describe, load, replaced, sign_in

pytestmark = pytest.mark.browser
WAIT = 30
EXPLANATION = "Bordure décorative : le texte alternatif vide est voulu."


@pytest.fixture
def audits(transactional_db):
    """Two full audits of a small site in two languages, the latest with
    findings on pages, in the shared templates, and an address that did
    not load."""
    home = make_site()
    housing = make_page(home, title="Logement")
    dutch = translate(housing, "nl", title="Huisvesting")
    before = make_run(days_ago=7)
    add_finding(before, rule="link-name", impact="serious", location="footer a",
                snippet="<a href='/x'></a>", page=dutch, wcag="2.4.4")
    latest = make_run()
    image = add_finding(latest, page=housing, snippet='<img src="bordure.png">')
    add_finding(latest, rule="color-contrast", impact="serious", location=".button",
                snippet="<a class='button'>Verzenden</a>", page=dutch, wcag="1.4.3")
    add_finding(latest, rule="region", impact="moderate", location="header", wcag="",
                shared=True, occurrences=8)
    add_finding(latest, rule="link-text-generic", impact="serious",
                location="body[2] > paragraph", snippet="cliquez ici",
                source=AuditFinding.CONTENT, page=housing, wcag="2.4.4")
    add_address(latest, "http://localhost/nl/kapot/", loaded=False, reason="Timed out")
    return latest, image


@pytest.fixture
def auditor(transactional_db):
    # a live-server test starts from an emptied database: the group is made again
    group = roles.ensure_auditors_group(Group, Permission)
    user = get_user_model().objects.create_user("ana", "ana@example.org", "x")
    user.groups.add(group)
    return user


def test_an_auditor_reads_the_report_and_dismisses_a_finding_with_the_keyboard(
        live_server, browser, audits, auditor):
    latest, image = audits
    sign_in(browser, live_server, username="ana")
    base = f"{live_server.url}/admin/accessibility/report/"
    failures = []
    for address in (base, f"{base}runs/{latest.pk}/findings/{image.pk}/",
                    f"{base}runs/{latest.pk}/criteria/2.4.4/", f"{base}runs/"):
        load(browser, address)
        assert browser.find_elements(By.CSS_SELECTOR, ".balise-a11y-report"), address
        failures += describe(address, axe_violations(browser, include=".balise-a11y-report")[0])
    assert not failures, "\n".join(failures)
    load(browser, base)
    assert "Huisvesting" in browser.find_element(By.TAG_NAME, "main").text
    assert browser.find_elements(By.CSS_SELECTOR, ".balise-a11y-report svg[role='img'] title")

    # from the overview to the finding, then the dismiss form, keyboard only
    link = browser.find_element(
        By.CSS_SELECTOR, f"a[href$='/runs/{latest.pk}/findings/{image.pk}/']")
    link.send_keys(Keys.ENTER)
    WebDriverWait(browser, WAIT).until(replaced(link))
    reason = browser.find_element(By.CSS_SELECTOR, "input[name='reason'][value='"
                                  f"{FindingDismissal.DISPROPORTIONATE_BURDEN}']")
    reason.send_keys(Keys.SPACE)
    explanation = browser.find_element(By.NAME, "explanation")
    explanation.send_keys(EXPLANATION)
    explanation.send_keys(Keys.TAB)  # on to the button
    button = browser.switch_to.active_element
    assert button.tag_name == "button" and button.get_attribute("type") == "submit"
    button.send_keys(Keys.ENTER)
    WebDriverWait(browser, WAIT).until(replaced(button))
    dismissal = FindingDismissal.objects.get()
    assert (dismissal.fingerprint, dismissal.page_id, dismissal.reason, dismissal.explanation,
            dismissal.dismissed_by) == (image.fingerprint, image.page_id,
                                        FindingDismissal.DISPROPORTIONATE_BURDEN, EXPLANATION,
                                        auditor)
    # the finding now says it is dismissed, with its revoke button; the list has it
    violations = axe_violations(browser, include=".balise-a11y-report")[0]
    assert not violations, "\n".join(describe("finding after dismissal", violations))
    assert browser.find_elements(By.CSS_SELECTOR, ".balise-a11y-revoke button")
    load(browser, f"{base}dismissed/")
    assert EXPLANATION in browser.find_element(By.TAG_NAME, "main").text
    violations = axe_violations(browser, include=".balise-a11y-report")[0]
    assert not violations, "\n".join(describe("dismissed list", violations))
