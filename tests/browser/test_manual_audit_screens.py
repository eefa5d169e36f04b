"""The manual audit's screens in a real browser: no axe violation in what
Balise renders inside Wagtail's admin, and an assessment saved with the
keyboard only."""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait
from wagtail.models import Site

import accessibility.manual_audit.hooks  # noqa: F401 (until wagtail_hooks imports it)
from accessibility.models import Assessment, AuditSample, ManualAudit

from .conftest import axe_violations, describe, load, replaced, sign_in

pytestmark = pytest.mark.browser


def test_an_auditor_assesses_with_the_keyboard_on_accessible_screens(
        live_server, demo_site_committed, browser):
    home = Site.objects.get(is_default_site=True).root_page
    audit = ManualAudit.objects.create(title="Audit clavier", auditors="Ana")
    sample = AuditSample.objects.create(audit=audit, kind="home", page=home)
    sign_in(browser, live_server)
    failures = []
    overview = f"{live_server.url}/admin/accessibility/manual-audits/{audit.pk}/"
    load(browser, overview)
    failures += describe(overview, axe_violations(browser, include=".balise-manual-audit")[0])
    assess = f"{overview}assess/{sample.pk}/"
    load(browser, assess)
    failures += describe(assess, axe_violations(browser, include=".balise-manual-audit")[0])
    assert not failures, "\n".join(failures)

    result = browser.find_element(By.NAME, "c1_1_1-result")
    Select(result).select_by_value("fail")
    note = browser.find_element(By.NAME, "c1_1_1-note")
    note.send_keys("Logo sans texte")
    note.send_keys(Keys.TAB)  # on to "easy to fix"
    browser.switch_to.active_element.send_keys(Keys.SPACE)
    button = browser.find_element(By.CSS_SELECTOR, ".balise-manual-audit button[type=submit]")
    button.send_keys(Keys.ENTER)
    WebDriverWait(browser, 20).until(replaced(button))
    row = Assessment.objects.get(audit=audit, sample=sample, criterion="1.1.1")
    assert (row.result, row.note, row.easy_to_fix) == ("fail", "Logo sans texte", True)
