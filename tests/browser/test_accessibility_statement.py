"""The accessibility statement in a real browser on the demo: every EU model
section, linked from the footer, with no axe violation, in French and Dutch."""

import pytest
from selenium.webdriver.common.by import By

import accessibility.statement_hooks  # noqa: F401 (until wagtail_hooks imports it)
from accessibility.models import AccessibilityStatementPage

from .conftest import axe_violations, describe, load

pytestmark = pytest.mark.browser


@pytest.fixture
def statements(demo_site_committed):
    """The demo's statement in each language, as ``seed_demo`` publishes it."""
    return {page.locale.language_code: page for page in
            AccessibilityStatementPage.objects.live().select_related("locale")}


def test_the_statement_in_french_and_dutch_has_no_axe_violation(
        live_server, statements, browser):
    failures = []
    for language in ("fr", "nl"):
        statement = type(statements[language]).objects.get(pk=statements[language].pk)
        url = statement.url
        load(browser, live_server.url + url)
        headings = [h.text for h in browser.find_elements(By.CSS_SELECTOR, "main h2")]
        assert len(headings) >= 6, headings
        footer_links = [link.get_attribute("href") for link in
                        browser.find_elements(By.CSS_SELECTOR, "footer a")]
        assert live_server.url + url in footer_links, "the footer links the statement"
        failures += describe(url, axe_violations(browser)[0])
    assert not failures, "\n".join(failures)
