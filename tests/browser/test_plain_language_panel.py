"""The plain-language panel in Wagtail's page editor, used the way staff use
it: open the Checks panel, type, and see the advice change without saving."""

import pytest
from django.contrib.auth import get_user_model
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from pages.models import InformationPage

from .conftest import load

pytestmark = pytest.mark.browser


def test_the_panel_follows_the_text_as_staff_type(live_server, demo_site_committed, browser):
    get_user_model().objects.create_superuser("writer", "w@example.org", "a-long-password")
    load(browser, live_server.url + "/admin/login/")
    browser.find_element(By.ID, "id_username").send_keys("writer")
    browser.find_element(By.ID, "id_password").send_keys("a-long-password")
    browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    WebDriverWait(browser, 20).until(lambda b: "/admin/login/" not in b.current_url)

    page = InformationPage.objects.get(slug="premier-rendez-vous")
    load(browser, f"{live_server.url}/admin/pages/{page.pk}/edit/")
    browser.find_element(By.CSS_SELECTOR, "[data-side-panel-toggle='checks']").click()
    panel = browser.find_element(By.CSS_SELECTOR, "[data-plain-language]")
    WebDriverWait(browser, 20).until(lambda b: panel.is_displayed())
    rules = lambda: [item.get_attribute("data-rule") for item in  # noqa: E731
                     panel.find_elements(By.CSS_SELECTOR, "[data-rule]")]
    assert "jargon" not in rules(), "the demo page starts free of jargon"
    before = panel.get_attribute("data-checked-at")

    intro = browser.find_element(By.ID, "id_intro")
    intro.send_keys(" Si vous êtes cohabitant, votre dossier est envoyé par la poste.")
    WebDriverWait(browser, 20).until(
        lambda b: panel.get_attribute("data-checked-at") not in (None, before)
        and "jargon" in rules())
    assert "passive" in rules()
    text = panel.text
    assert "cohabitant" in text and "Si vous êtes cohabitant" in text

    intro.clear()
    intro.send_keys("Venez nous voir avec vos papiers.")
    WebDriverWait(browser, 20).until(lambda b: "jargon" not in rules())
    assert InformationPage.objects.get(pk=page.pk).intro == page.intro, "nothing was saved"
