"""Accessibility in a real browser, what axe cannot check by itself: the
keyboard route through the skip link and the language switcher, visible
focus, reflow at 320px, text size and line length. axe on every demo page
and state in every language is the audit's own test
(test_audit_demo_site.py)."""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from .conftest import load

pytestmark = pytest.mark.browser


def public_urls(pages):
    urls = [page.url for page in pages]
    # views that are not Wagtail pages, in each language, error states included
    urls += ["/fr/recherche/?q=énergie", "/nl/zoeken/?q=xyzzy", "/de/suche/", "/en/search/?q=rent"]
    urls += ["/fr/page-inexistante/", "/en/no-such-page/"]
    return urls


def test_keyboard_reaches_the_skip_link_first_and_it_moves_focus_to_main(
        live_server, demo_site_committed, browser):
    load(browser, live_server.url + "/fr/argent-dettes/revenu-integration/")
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    focused = browser.switch_to.active_element
    assert focused.text == "Aller au contenu principal"
    assert focused.is_displayed() and focused.rect["y"] >= 0, "the skip link shows on focus"
    # focus is visible: the yellow focus background
    assert browser.execute_script(
        "return getComputedStyle(arguments[0]).backgroundColor", focused) == "rgb(255, 221, 0)"
    focused.send_keys(Keys.ENTER)
    assert browser.switch_to.active_element.get_attribute("id") == "main"


def test_keyboard_switches_language_to_the_same_page(live_server, demo_site_committed, browser):
    load(browser, live_server.url + "/fr/logement-energie/factures-energie/")
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    for _ in range(10):
        focused = browser.switch_to.active_element
        if focused.text == "Nederlands":
            break
        focused.send_keys(Keys.TAB)
    else:
        pytest.fail("the Dutch link of the language switcher is not reachable by keyboard")
    assert focused.get_attribute("lang") == "nl"
    focused.send_keys(Keys.ENTER)
    assert browser.current_url.endswith("/nl/wonen-energie/energiefacturen/")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "nl"


def test_pages_reflow_at_320px_with_readable_text_and_short_lines(
        live_server, demo_site_committed, browser):
    failures = []
    try:
        for width in (320, 1280):
            browser.set_window_size(width, 900)
            for url in public_urls(demo_site_committed):
                load(browser, live_server.url + url)
                metrics = browser.execute_script("""
                    const doc = document.documentElement;
                    // the longest paragraph or list item: the one that fills a line
                    const blocks = [...document.querySelectorAll('main p, main li')];
                    const p = blocks.sort((a, b) => b.textContent.length - a.textContent.length)[0]
                              || document.querySelector('main');
                    const style = getComputedStyle(p);
                    const probe = document.createElement('span');
                    probe.style.font = style.font;
                    probe.style.cssText +=
                        ';visibility:hidden;position:absolute;white-space:nowrap';
                    probe.textContent = p.textContent.trim();
                    document.body.appendChild(probe);
                    const textWidth = probe.getBoundingClientRect().width;
                    probe.remove();
                    const charWidth = textWidth / probe.textContent.length;
                    const lineWidth = Math.min(p.getBoundingClientRect().width, textWidth);
                    return {scroll: doc.scrollWidth, client: doc.clientWidth,
                            fontSize: parseFloat(style.fontSize), chars: lineWidth / charWidth};
                """)
                if metrics["scroll"] > metrics["client"]:
                    failures.append(f"{url} at {width}px scrolls sideways: {metrics}")
                if metrics["fontSize"] < 16:
                    failures.append(f"{url} at {width}px: text {metrics['fontSize']}px")
                if metrics["chars"] > 75:
                    failures.append(f"{url} at {width}px: {metrics['chars']:.0f} characters a line")
    finally:
        browser.set_window_size(1280, 1024)
    assert not failures, "\n".join(failures)
