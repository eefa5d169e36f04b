"""The count under "In short" in Wagtail's page editor, used the way staff
use it: type, and see the sentences and characters counted without saving,
with a warning once there are more sentences than a page may publish."""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from pages.models import InformationPage

from .conftest import load, sign_in

pytestmark = pytest.mark.browser


def _settle(browser, checked_before):
    """Let the requests that typing started (the plain-language check and
    Wagtail's autosave of the draft) finish, then leave the editor, so that no
    request is still running when the test database is emptied."""
    WebDriverWait(browser, 30).until(lambda b: b.execute_script("""
        const panel = document.querySelector("[data-plain-language]");
        const autosave = document.querySelector("[data-controller~='w-autosave']");
        const checked = !panel || (panel.dataset.checkedAt !== arguments[0]
                                   && !panel.hasAttribute("aria-busy"));
        const saving = autosave
            && autosave.getAttribute("data-w-autosave-state-value") === "saving";
        return Boolean(checked && !saving);
    """, checked_before))
    load(browser, "about:blank")


def test_the_in_short_count_follows_the_text_as_staff_type(live_server, demo_site_committed,
                                                           browser):
    sign_in(browser, live_server)
    page = InformationPage.objects.get(slug="premier-rendez-vous")
    load(browser, f"{live_server.url}/admin/pages/{page.pk}/edit/")
    counter = browser.find_element(By.CSS_SELECTOR, "[data-in-short-count]")
    figures = counter.find_element(By.CSS_SELECTOR, "[data-in-short-figures]")
    warning = counter.find_element(By.CSS_SELECTOR, "[data-in-short-warning]")
    # The admin speaks the browser's language: read the figures, not the words.
    assert figures.text.endswith(f" {len(page.intro)} " + figures.text.split()[-1]), \
        "written by the server before any typing"

    intro = browser.find_element(By.ID, "id_intro")
    intro.send_keys(Keys.CONTROL, "a")
    intro.send_keys("Venez au guichet. Apportez vos papiers.")
    WebDriverWait(browser, 20).until(
        lambda b: counter.get_attribute("data-sentences") == "2"
        and counter.get_attribute("data-characters") == "39")
    assert figures.text.startswith("2 ") and " 3 · 39 " in figures.text
    assert not warning.is_displayed()

    checked_before = browser.execute_script(
        "return document.querySelector('[data-plain-language]').dataset.checkedAt || null")
    intro.send_keys(" Nous lisons votre dossier.\nNous vous répondons")
    WebDriverWait(browser, 20).until(lambda b: counter.get_attribute("data-sentences") == "4")
    assert figures.text.startswith("4 ") and " 3 · 86 " in figures.text
    assert warning.is_displayed() and "3" in warning.text, "too many sentences to publish"
    announcer = counter.find_element(By.XPATH, "following-sibling::*[1]")
    assert announcer.get_attribute("aria-live") == "polite"
    WebDriverWait(browser, 20).until(
        lambda b: announcer.get_attribute("textContent").startswith("4 "))

    _settle(browser, checked_before)
    assert InformationPage.objects.get(pk=page.pk).intro == page.intro, "nothing published"
