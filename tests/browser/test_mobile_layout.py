"""On a phone the page title and "In short" come into the first screen: the menu is a
disclosure that opens without JavaScript, by keyboard too, and axe stays clean with it
open or closed. On a wide screen the menu links show as before, with no button."""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from pages.models import InformationPage

from .conftest import axe_violations, describe, load

pytestmark = pytest.mark.browser

PHONE = (390, 844)  # an everyday phone, in CSS pixels
FOCUS_YELLOW = "rgb(255, 221, 0)"
MENU_LINKS = ".main-menu a"


@pytest.fixture
def window(browser):
    """Resize the shared browser for one test and put it back afterwards."""
    size = browser.get_window_size()

    def resize(width, height):
        browser.set_window_size(width, height)
        WebDriverWait(browser, 10).until(
            lambda b: b.execute_script("return window.innerWidth") == width)

    yield resize
    browser.set_window_size(size["width"], size["height"])


def information_pages(pages, language=None):
    return [page for page in pages if isinstance(page, InformationPage)
            and (language is None or page.locale.language_code == language)]


def one_information_page_per_language(pages):
    return [information_pages(pages, language)[0] for language in ("fr", "nl", "de", "en")]


def shows(browser, element):
    """Whether the element is drawn on the screen. Selenium's is_displayed() calls anything
    inside a closed <details> hidden, even where CSS shows it (the wide-screen menu)."""
    return browser.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "return arguments[0].checkVisibility({visibilityProperty: true}) && r.width > 0",
        element)


def menu_is_open(browser):
    return browser.execute_script("return document.querySelector('.main-menu').open")


def tab_to(browser, css, limit=15):
    """Press Tab from the top of the page until the element matching css has the focus."""
    target = browser.find_element(By.CSS_SELECTOR, css)
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    for _ in range(limit):
        if browser.switch_to.active_element == target:
            return target
        browser.switch_to.active_element.send_keys(Keys.TAB)
    pytest.fail(f"{css} is not reachable with the Tab key")


def first_screen_failures(browser, url):
    """What keeps the title or "In short" below the first screen of a phone."""
    title, in_short = browser.execute_script("""
        const box = el => {
            const r = el.getBoundingClientRect();
            return {top: r.top + scrollY, bottom: r.bottom + scrollY};
        };
        return [box(document.querySelector('h1')), box(document.querySelector('.in-short'))];
    """)
    if in_short["bottom"] <= PHONE[1]:
        return []
    return [f"{url}: the title starts at {title['top']:.0f}px and "
            f"\"In short\" ends at {in_short['bottom']:.0f}px"]


def check_the_languages_show_by_their_own_names(browser, url):
    links = browser.find_elements(By.CSS_SELECTOR, ".language-switcher a")
    assert [link.text for link in links] == ["Français", "Nederlands", "Deutsch", "English"]
    assert all(link.is_displayed() and link.rect["y"] + link.rect["height"] < 200
               for link in links), f"{url}: the languages are not at the top of the screen"


def check_the_keyboard_opens_the_menu_and_reaches_every_link(browser, url):
    links = browser.find_elements(By.CSS_SELECTOR, MENU_LINKS)
    assert len(links) >= 5
    assert not any(shows(browser, link) for link in links), f"{url}: the menu starts closed"

    toggle = tab_to(browser, ".main-menu summary")
    assert toggle.is_displayed()
    assert browser.execute_script(
        "return getComputedStyle(arguments[0]).backgroundColor", toggle) == FOCUS_YELLOW
    toggle.send_keys(Keys.ENTER)
    WebDriverWait(browser, 10).until(menu_is_open)
    for link in links:
        browser.switch_to.active_element.send_keys(Keys.TAB)
        focused = browser.switch_to.active_element
        assert focused == link, f"{url}: Tab goes to {focused.text!r}, not {link.text!r}"
        assert shows(browser, link)
        assert browser.execute_script(
            "return getComputedStyle(arguments[0]).backgroundColor", link) == FOCUS_YELLOW

    toggle.send_keys(Keys.SPACE)
    WebDriverWait(browser, 10).until(lambda b: not menu_is_open(b))
    assert not any(shows(browser, link) for link in links), f"{url}: Space closes the menu"


def axe_failures_with_the_menu_closed_and_open(browser, url):
    load(browser, url)
    violations, _ = axe_violations(browser)
    failures = describe(url + " (menu closed)", violations)
    browser.find_element(By.CSS_SELECTOR, ".main-menu summary").click()
    WebDriverWait(browser, 10).until(menu_is_open)
    violations, _ = axe_violations(browser)
    return failures + describe(url + " (menu open)", violations)


def test_on_a_phone_the_title_and_in_short_come_first_and_the_menu_opens_by_keyboard(
        live_server, demo_site_committed, browser, window):
    window(*PHONE)
    pages = information_pages(demo_site_committed)
    assert {page.locale.language_code for page in pages} == {"fr", "nl", "de", "en"}
    failures = []
    for page in pages:
        load(browser, live_server.url + page.url)
        failures += first_screen_failures(browser, page.url)
    assert not failures, "\n".join(failures)

    for page in one_information_page_per_language(demo_site_committed):
        load(browser, live_server.url + page.url)
        check_the_languages_show_by_their_own_names(browser, page.url)
        check_the_keyboard_opens_the_menu_and_reaches_every_link(browser, page.url)
        failures += axe_failures_with_the_menu_closed_and_open(browser,
                                                               live_server.url + page.url)
    assert not failures, "\n".join(failures)


def test_on_a_wide_screen_the_menu_links_show_without_a_button(
        live_server, demo_site_committed, browser, window):
    window(1280, 900)
    page = one_information_page_per_language(demo_site_committed)[1]
    load(browser, live_server.url + page.url)
    assert not browser.find_element(By.CSS_SELECTOR, ".main-menu summary").is_displayed()
    links = browser.find_elements(By.CSS_SELECTOR, MENU_LINKS)
    assert links and all(shows(browser, link) for link in links)
    # the links sit side by side on one row, as before the phone layout
    assert len({link.rect["y"] for link in links}) == 1
    # and Tab goes from the last language straight to the first menu link
    tab_to(browser, ".language-switcher li:last-child a").send_keys(Keys.TAB)
    assert browser.switch_to.active_element == links[0]
