"""Balise's content rules run live in the page editor: the Checks panel names
a link that says nothing out of context, or a heading that skips a level, as
the editor works, in the editor's language, from the same rule definitions
as the audit (issue 12, point 6)."""

import pytest
from django.contrib.auth import get_user_model
from django.utils import translation
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait
from wagtail.users.models import UserProfile

from accessibility.content_rules import definitions
from pages.models import HomePage, StandardPage
from tests.factories import make_page

from .conftest import load, sign_in

pytestmark = pytest.mark.browser

EDITOR = "live-checks-editor"
# What the Checks panel lists: each problem's name
ISSUE_NAMES = """
    return [...document.querySelectorAll("[data-checks-panel] [data-content-checker-name]")]
        .map((name) => name.textContent.trim());
"""
# Counts the checker's runs on the preview: Wagtail's preview controller
# announces the content it has read once axe has run ("w-preview:content").
COUNT_RUNS = """
    window.baliseChecksRuns = 0;
    document.addEventListener("w-preview:content", () => { window.baliseChecksRuns += 1; });
"""
# Wagtail notices edits by comparing the form with what it held 2 s after
# the editor opened: a change made earlier would go unnoticed (no new preview)
WATCHING_EDITS = """
    const unsaved = window.wagtail.app.queryController("w-unsaved");
    return Boolean(unsaved && unsaved.initialFormData);
"""
# Wagtail's own flag: the form differs from the state it started from
HAS_EDITS = """
    const unsaved = window.wagtail.app.queryController("w-unsaved");
    return Boolean(unsaved && unsaved.hasEditsValue);
"""
CHECKS_PANEL_OPEN = """
    const panel = document.querySelector("[data-side-panel='checks']");
    return Boolean(panel) && !panel.hidden;
"""


def rule_title(rule_id, language):
    with translation.override(language):
        return str(definitions.RULES[rule_id].title)


def french_home():
    return HomePage.objects.get(depth=2, locale__language_code="fr")


def sign_in_in_french(browser, live_server):
    sign_in(browser, live_server, username=EDITOR)
    profile = UserProfile.get_for_user(get_user_model().objects.get(username=EDITOR))
    profile.preferred_language = "fr"
    profile.save()


def open_checks(browser):
    """Open the Checks panel, unless Wagtail already reopened it (it
    remembers the last side panel open)."""
    if not browser.execute_script(CHECKS_PANEL_OPEN):
        browser.find_element(By.CSS_SELECTOR, "[data-side-panel-toggle='checks']").click()
    WebDriverWait(browser, 20).until(lambda b: b.execute_script(CHECKS_PANEL_OPEN))


def issue_names(browser):
    return browser.execute_script(ISSUE_NAMES)


def test_a_link_that_says_nothing_is_named_in_the_checks_panel(
        live_server, demo_site_committed, browser):
    sign_in_in_french(browser, live_server)
    page = make_page(french_home(), StandardPage, title="Aide pour le loyer",
                     intro="Le CPAS peut vous aider à payer le loyer.",
                     body=[("paragraph", "<p>Pour demander l'aide, remplissez le formulaire "
                                         "en ligne.</p>")])
    page.body = [("paragraph", '<p>Pour demander l\'aide, <a href="https://example.org/aide">'
                               "cliquez ici</a>.</p>")]
    page.save_revision()  # the draft the editor opens

    load(browser, f"{live_server.url}/admin/pages/{page.pk}/edit/")
    open_checks(browser)

    expected = rule_title(definitions.LINK_GENERIC, "fr")
    WebDriverWait(browser, 90).until(lambda b: expected in issue_names(b))
    assert expected == "Le texte du lien ne dit rien seul", "named in the editor's language"


def test_a_heading_that_skips_a_level_is_named_as_the_editor_changes_it(
        live_server, demo_site_committed, browser):
    sign_in_in_french(browser, live_server)
    page = make_page(french_home(), StandardPage, title="Nos horaires",
                     intro="Le CPAS est ouvert du lundi au vendredi.",
                     body=[("heading", {"text": "Le matin", "level": "h2"}),
                           ("paragraph", "<p>De 8 à 12 heures.</p>"),
                           ("heading", {"text": "Le mercredi", "level": "h3"}),
                           ("paragraph", "<p>Fermé l'après-midi.</p>")])

    load(browser, f"{live_server.url}/admin/pages/{page.pk}/edit/")
    browser.execute_script(COUNT_RUNS)
    open_checks(browser)
    WebDriverWait(browser, 90).until(lambda b: b.execute_script(
        "return window.baliseChecksRuns > 0"))
    skipped = rule_title(definitions.HEADING_SKIPPED, "fr")
    assert skipped not in issue_names(browser), "h2 then h3: nothing to say"
    WebDriverWait(browser, 20).until(lambda b: b.execute_script(WATCHING_EDITS))

    levels = browser.find_elements(By.CSS_SELECTOR, "select[name$='-value-level']")
    for _attempt in range(3):
        Select(levels[1]).select_by_value("h4")
        try:
            WebDriverWait(browser, 45).until(lambda b: skipped in issue_names(b))
            break
        except TimeoutException:
            # Wagtail may read the form's starting state once more while the
            # editor starts (a second delayed read, seen once in CI under
            # load): the change is then the starting state, no edit is
            # noticed and no new preview is made. An edit Wagtail did notice
            # without the check following is a failure.
            assert not browser.execute_script(HAS_EDITS), "edit noticed, check not shown"
            print("the heading's change was taken as the editor's starting state: again")
            Select(levels[1]).select_by_value("h3")
    assert skipped in issue_names(browser)
    assert skipped == "Le titre saute un niveau"
    assert rule_title(definitions.HEADING_SKIPPED, "en") not in issue_names(browser)


def test_the_editor_opens_with_its_side_panels_closed_after_another_test(
        live_server, demo_site_committed, browser):
    """The tests before this one left the Checks panel open; Wagtail keeps
    the last side panel open in the browser's local storage and opens it again
    on the next editor page, where a test that clicks "Checks" to open it
    closed it instead (the plain-language panel test read an empty, then a
    hidden panel). Each browser test now starts without it."""
    sign_in_in_french(browser, live_server)
    page = make_page(french_home(), StandardPage, title="Nous contacter",
                     intro="Appelez-nous ou venez nous voir.")
    load(browser, f"{live_server.url}/admin/pages/{page.pk}/edit/")
    # Wagtail reopens the remembered panel just after the page is read, then
    # marks the side panels as set up
    WebDriverWait(browser, 20).until(lambda b: b.execute_script(
        "const side = document.querySelector('[data-form-side]');"
        "return side && !side.classList.contains('form-side--initial');"))
    assert not browser.execute_script(CHECKS_PANEL_OPEN)
