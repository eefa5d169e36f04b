"""The Content-Security-Policy breaks nothing: in a real browser, the public
pages, the forms, the explorer, search and Wagtail's admin (dashboard, page
editor with its preview and checks panels, a report) raise no
``securitypolicyviolation`` event: no inline script, handler or style of
Balise's, and nothing fetched from elsewhere, is blocked. (Under /admin/ the
policy allows the inline scripts and styles Wagtail 8 still writes:
pages.security.content_policy; without that, this test lists them.)"""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.expected_conditions import staleness_of
from selenium.webdriver.support.ui import WebDriverWait

from .conftest import load, sign_in, wait_until_idle

pytestmark = pytest.mark.browser

# Set before any script of the page runs, in every document (frames too).
LISTENER = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push([event.violatedDirective, event.blockedURI,
                                 event.sourceFile, event.lineNumber, event.sample].join(" | "));
});
"""
VIOLATIONS = """
const found = [...(window.__cspViolations || [])];
for (const frame of document.querySelectorAll("iframe")) {
    try { found.push(...(frame.contentWindow.__cspViolations || [])); } catch (error) {}
}
return found;
"""
TYPES = ("HomePage", "TopicPage", "InformationPage", "ReachUsPage", "PartnerDirectoryPage",
         "RightPage", "RightsExplorerPage", "ContactFormPage")  # and any other the demo has


@pytest.fixture
def watched(browser):
    script = browser.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument",
                                     {"source": LISTENER})
    yield browser
    browser.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument",
                            {"identifier": script["identifier"]})


def violations(driver):
    return driver.execute_script(VIOLATIONS)


def visit(driver, url, seen):
    load(driver, url)
    wait_until_idle(driver)
    seen.extend(f"{url}: {item}" for item in violations(driver))


def send_and_wait_for_the_next_page(driver):
    """Send the page's form and wait until the answer has replaced the page
    (the old page is also "complete" until then)."""
    old = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    WebDriverWait(driver, 30).until(staleness_of(old))
    WebDriverWait(driver, 30).until(lambda d: d.execute_script(
        "return document.readyState") == "complete")
    wait_until_idle(driver)


def one_per_type(pages, language):
    chosen = {}
    for page in pages:
        name = type(page).__name__
        if page.locale.language_code == language:
            chosen.setdefault(name, page)
    return chosen


def test_public_pages_forms_explorer_and_search_raise_no_violation(
        watched, live_server, demo_site_committed):
    seen = []
    for language in ("fr", "nl"):
        chosen = one_per_type(demo_site_committed, language)
        assert set(TYPES) <= set(chosen), set(TYPES) - set(chosen)
        for page in chosen.values():
            visit(watched, live_server.url + page.url, seen)
        visit(watched, f"{live_server.url}/{language}/?q=aide", seen)
    search = "/fr/recherche/?q=revenu"
    visit(watched, live_server.url + search, seen)
    # the contact form sent empty: its error summary and messages
    contact = one_per_type(demo_site_committed, "fr")["ContactFormPage"]
    visit(watched, live_server.url + contact.url, seen)
    send_and_wait_for_the_next_page(watched)
    seen.extend(f"contact form sent: {item}" for item in violations(watched))
    # the explorer started: its first question
    explorer = one_per_type(demo_site_committed, "fr")["RightsExplorerPage"]
    visit(watched, live_server.url + explorer.url, seen)
    send_and_wait_for_the_next_page(watched)
    assert watched.find_elements(
        By.CSS_SELECTOR, "main input[name=answer], main select[name=answer]"), (
        watched.find_element(By.TAG_NAME, "main").text)
    seen.extend(f"explorer question: {item}" for item in violations(watched))
    assert seen == [], "\n".join(seen)


def test_the_admin_editor_panels_and_a_report_raise_no_violation(
        watched, live_server, demo_site_committed):
    sign_in(watched, live_server)
    seen = []
    visit(watched, live_server.url + "/admin/", seen)
    page = one_per_type(demo_site_committed, "fr")["InformationPage"]
    visit(watched, f"{live_server.url}/admin/pages/{page.pk}/edit/", seen)
    for panel in ("checks", "preview"):
        toggles = watched.find_elements(By.CSS_SELECTOR, f"[data-side-panel-toggle='{panel}']")
        assert toggles, panel
        toggles[0].click()
        WebDriverWait(watched, 30).until(lambda d, panel=panel: d.execute_script(
            f"const p = document.querySelector(\"[data-side-panel='{panel}']\");"
            " return Boolean(p) && !p.hidden;"))
        wait_until_idle(watched)
    seen.extend(f"editor with panels: {item}" for item in violations(watched))
    for url in ("/admin/accessibility/report/", "/admin/reports/site-history/"):
        visit(watched, live_server.url + url, seen)
    assert seen == [], "\n".join(seen)
