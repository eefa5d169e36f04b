"""The search page in a real browser, on the demo: results in each language,
a correction, a page in another language, the help when nothing is found,
all without an axe violation; and the header's suggestions used with the
keyboard only."""

import pytest
from django.core.management import call_command
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from pages.models import InformationPage

from .conftest import axe_violations, describe, load

pytestmark = pytest.mark.browser

SEARCHES = [
    ("/fr/recherche/?q=allocations", "allocations"),
    ("/nl/zoeken/?q=leefloon", "leefloon"),
    ("/de/suche/?q=Eingliederungseinkommen", "eingliederungseinkommen"),
    ("/en/search/?q=rent", "rent"),
]


@pytest.fixture
def indexed_demo(demo_site_committed, search_index):
    """The demo, with a Dutch page not translated into French, in an index
    built for this test (``update_index``, as a site does after a seed)."""
    topic = InformationPage.objects.get(locale__language_code="nl", slug="leefloon").get_parent()
    topic.add_child(instance=InformationPage(
        title="De sociale kruidenier", slug="sociale-kruidenier", locale=topic.locale,
        intro="Goedkope boodschappen in de sociale kruidenier."))
    call_command("update_index", backend_name="whoosh", verbosity=0)
    return demo_site_committed


def marked_words(browser):
    return [mark.text.lower() for mark in browser.find_elements(By.CSS_SELECTOR,
                                                                  ".search-results mark")]


def test_search_in_each_language_and_every_state_has_no_axe_violation(
        live_server, indexed_demo, browser):
    failures = []
    for url, word in SEARCHES:
        load(browser, live_server.url + url)
        assert browser.find_elements(By.CSS_SELECTOR, ".search-results li"), url
        assert word in marked_words(browser), url
        failures += describe(url, axe_violations(browser)[0])

    load(browser, live_server.url + "/fr/recherche/?q=revnu d'intgration")
    correction = browser.find_element(By.CSS_SELECTOR, ".search-correction a")
    assert correction.text == "revenu d'intégration"
    failures += describe("did you mean", axe_violations(browser)[0])
    correction.click()
    WebDriverWait(browser, 20).until(lambda b: marked_words(b))
    assert "intégration" in marked_words(browser)

    load(browser, live_server.url + "/fr/recherche/?q=kruidenier")
    other = browser.find_element(By.CSS_SELECTOR, "li[lang=nl]")
    assert "De sociale kruidenier" in other.text and "(en néerlandais)" in other.text
    failures += describe("other languages", axe_violations(browser)[0])

    load(browser, live_server.url + "/nl/zoeken/?q=xylofoonzzz")
    help_text = browser.find_element(By.CSS_SELECTOR, ".search-help").text
    assert "Bel ons" in help_text and any(ch.isdigit() for ch in help_text)
    failures += describe("no results", axe_violations(browser)[0])
    assert not failures, "\n".join(failures)


def test_the_header_suggestions_work_with_the_keyboard(live_server, indexed_demo, browser):
    page = InformationPage.objects.live().filter(locale__language_code="fr").first()
    load(browser, live_server.url + page.url)
    box = browser.find_element(By.ID, "header-search")
    assert box.get_attribute("role") == "combobox"
    assert box.get_attribute("aria-expanded") == "false"
    box.send_keys("alloc")
    listbox = browser.find_element(By.ID, box.get_attribute("aria-controls"))
    WebDriverWait(browser, 20).until(lambda b: listbox.is_displayed())
    options = listbox.find_elements(By.CSS_SELECTOR, "[role=option]")
    assert 1 <= len(options) <= 8
    assert box.get_attribute("aria-expanded") == "true"
    assert all("alloc" in option.text.lower() for option in options)
    failures = describe("suggestions open", axe_violations(browser)[0])

    box.send_keys(Keys.ARROW_DOWN)
    first = options[0]
    assert box.get_attribute("aria-activedescendant") == first.get_attribute("id")
    assert first.get_attribute("aria-selected") == "true"
    box.send_keys(Keys.ESCAPE)
    assert box.get_attribute("aria-expanded") == "false" and not listbox.is_displayed()
    assert box.get_attribute("value") == "alloc", "Escape closes the list first"

    box.send_keys(Keys.ARROW_DOWN)
    chosen = listbox.find_element(By.CSS_SELECTOR, "[aria-selected=true]").text
    box.send_keys(Keys.ENTER)
    WebDriverWait(browser, 20).until(lambda b: b.find_element(By.TAG_NAME, "h1").text == chosen)
    assert not failures, "\n".join(failures)


def test_enter_without_choosing_a_suggestion_searches_as_before(
        live_server, indexed_demo, browser):
    page = InformationPage.objects.live().filter(locale__language_code="en").first()
    load(browser, live_server.url + page.url)
    box = browser.find_element(By.ID, "header-search")
    box.send_keys("rent", Keys.ENTER)
    WebDriverWait(browser, 20).until(lambda b: "/en/search/" in b.current_url)
    assert "rent" in marked_words(browser)


def test_a_recommended_result_comes_first_without_an_axe_violation(
        live_server, indexed_demo, browser):
    from wagtail.models import Locale

    from pages.models import PromotedResult

    french = Locale.objects.get(language_code="fr")
    page = InformationPage.objects.live().filter(locale=french).exclude(intro="").first()
    PromotedResult.objects.create(locale=french, query="allocations", page=page,
                                  description="La page à lire d'abord.")
    load(browser, live_server.url + "/fr/recherche/?q=Allocations")
    first = browser.find_element(By.CSS_SELECTOR, ".search-results li")
    assert first.text.startswith("Recommandé") and page.title in first.text
    assert "La page à lire d'abord." in first.text
    failures = describe("recommended", axe_violations(browser)[0])
    assert not failures, "\n".join(failures)
