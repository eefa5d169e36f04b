"""The plain-language panel in Wagtail's page editor, used the way staff use
it: open the Checks panel, type, and see the advice change without saving."""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from pages.models import InformationPage

from .conftest import load, sign_in, wait_until_idle

pytestmark = pytest.mark.browser

PANEL = "[data-plain-language]"


def rules(browser):
    """The rules the panel on screen names (Wagtail's autosave draws the side
    panels again after each save: the panel is looked up each time)."""
    return browser.execute_script(f"""
        const panel = document.querySelector("{PANEL}");
        return panel ? [...panel.querySelectorAll("[data-rule]")]
                            .map((item) => item.dataset.rule) : null;
    """)


def panel_text(browser):
    """The panel's text once it is on screen: Wagtail draws the side panels
    again after an autosave, and the Checks panel hides its content while its
    own checker runs in the refreshed preview."""
    return WebDriverWait(browser, 20).until(lambda b: b.execute_script(f"""
        const panel = document.querySelector("{PANEL}");
        return panel && panel.checkVisibility() ? panel.innerText : null;
    """))


def checked(browser):
    """Wait until the check of what was typed has come back: the form is
    marked while a check is scheduled or running."""
    WebDriverWait(browser, 60).until(lambda b: b.execute_script(
        "return !document.querySelector('[data-plain-language-pending]')"))


def test_the_panel_follows_the_text_as_staff_type(live_server, demo_site_committed, browser):
    sign_in(browser, live_server)

    page = InformationPage.objects.get(slug="premier-rendez-vous")
    load(browser, f"{live_server.url}/admin/pages/{page.pk}/edit/")
    browser.find_element(By.CSS_SELECTOR, "[data-side-panel-toggle='checks']").click()
    WebDriverWait(browser, 20).until(
        lambda b: b.find_element(By.CSS_SELECTOR, PANEL).is_displayed())
    assert "jargon" not in rules(browser), "the demo page starts free of jargon"

    intro = browser.find_element(By.ID, "id_intro")
    intro.send_keys(" Si vous êtes cohabitant, votre dossier est envoyé par la poste.")
    checked(browser)
    WebDriverWait(browser, 20).until(lambda b: "jargon" in rules(b))
    assert "passive" in rules(browser)
    text = panel_text(browser)
    assert "cohabitant" in text and "Si vous êtes cohabitant" in text

    intro.clear()
    intro.send_keys("Venez nous voir avec vos papiers.")
    checked(browser)
    WebDriverWait(browser, 20).until(lambda b: "jargon" not in rules(b))
    assert "passive" not in rules(browser)
    assert "cohabitant" not in panel_text(browser)

    wait_until_idle(browser)
    assert InformationPage.objects.get(pk=page.pk).intro == page.intro, "nothing was published"
