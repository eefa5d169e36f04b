"""A contact form as a citizen meets it in a real browser, in every
language: the empty form, its error state and the confirmation all pass
axe with zero violations, and the error summary takes the focus target."""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from tests.factories import LANGUAGES, make_site, translate
from tests.forms.test_contact_form import make_form_page

from .conftest import axe_violations, describe, load

pytestmark = pytest.mark.browser


@pytest.fixture
def form_pages(transactional_db):
    page = make_form_page(make_site())
    pages = {"fr": page}
    for language in LANGUAGES[1:]:
        pages[language] = translate(page, language)
    return pages


def fill(driver, email, again):
    driver.find_element(By.CSS_SELECTOR, "main textarea").send_keys("Comment demander une aide ?")
    driver.find_element(By.CSS_SELECTOR, "input[name=reply_by][value=email]").click()
    driver.find_element(By.NAME, "reply_email").send_keys(email)
    driver.find_element(By.NAME, "reply_email_again").send_keys(again)
    driver.find_element(By.CSS_SELECTOR, "main form[method=post] button[type=submit]").click()


def test_the_form_its_errors_and_the_confirmation_pass_axe_in_every_language(
        live_server, browser, form_pages, capsys):
    failures, checked = [], 0
    for language, page in form_pages.items():
        url = live_server.url + page.url
        load(browser, url)
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == language
        failures += describe(url, axe_violations(browser)[0])
        fill(browser, "jan.peeters@example.org", "jan.peters@example.org")
        WebDriverWait(browser, 20).until(
            lambda b: b.find_elements(By.CSS_SELECTOR, ".error-summary"))
        assert browser.title.split(" ")[0] in ("Erreur", "Fout:", "Fehler:", "Error:"), \
            browser.title
        failures += describe(url + " (error)", axe_violations(browser)[0])
        load(browser, url)
        fill(browser, "jan.peeters@example.org", "jan.peeters@example.org")
        WebDriverWait(browser, 20).until(lambda b: "done=" in b.current_url)
        failures += describe(url + " (confirmation)", axe_violations(browser)[0])
        checked += 3
    with capsys.disabled():
        print(f"\ncontact form: {checked} states checked, {len(failures)} violations")
    assert not failures, "\n".join(failures)


@pytest.fixture
def complaint_and_callback_pages(transactional_db):
    home = make_site()
    pages = {}
    for kind, fields in (("complaint", {"allow_documents": True}),
                         ("callback", {"offer_video": True})):
        page = make_form_page(home, kind=kind, slug=kind, title=kind.capitalize(), **fields)
        pages[kind] = {"fr": page, **{language: translate(page, language)
                                      for language in LANGUAGES[1:]}}
    return pages


def send_callback_by_video(driver):
    driver.find_element(By.CSS_SELECTOR, "main textarea").send_keys("Un rendez-vous, merci.")
    driver.find_element(By.CSS_SELECTOR, "input[name=appointment_mode][value=video]").click()
    driver.find_element(By.NAME, "video_consent").click()
    driver.find_element(By.CSS_SELECTOR, "input[name=reply_by][value=email]").click()
    driver.find_element(By.NAME, "reply_email").send_keys("jan.peeters@example.org")
    driver.find_element(By.NAME, "reply_email_again").send_keys("jan.peeters@example.org")
    driver.find_element(By.CSS_SELECTOR, "main form[method=post] button[type=submit]").click()


def test_the_complaint_and_callback_forms_pass_axe_with_errors_and_when_sent(
        live_server, browser, complaint_and_callback_pages, capsys):
    """Each kind's own parts (the complaint procedure, the ombudsman, the
    documents field, the ways to meet and the video consent) in every language."""
    failures, checked = [], 0
    for kind, pages in complaint_and_callback_pages.items():
        for page in pages.values():
            url = live_server.url + page.url
            load(browser, url)
            failures += describe(f"{url} ({kind})", axe_violations(browser)[0])
            browser.find_element(By.CSS_SELECTOR,
                                 "main form[method=post] button[type=submit]").click()
            WebDriverWait(browser, 20).until(
                lambda b: b.find_elements(By.CSS_SELECTOR, ".error-summary"))
            failures += describe(f"{url} ({kind}, errors)", axe_violations(browser)[0])
            load(browser, url)
            if kind == "callback":
                send_callback_by_video(browser)
            else:
                fill(browser, "jan.peeters@example.org", "jan.peeters@example.org")
            WebDriverWait(browser, 20).until(lambda b: "done=" in b.current_url)
            failures += describe(f"{url} ({kind}, confirmation)", axe_violations(browser)[0])
            checked += 3
    with capsys.disabled():
        print(f"\ncomplaint and callback forms: {checked} states checked, "
              f"{len(failures)} violations")
    assert not failures, "\n".join(failures)
