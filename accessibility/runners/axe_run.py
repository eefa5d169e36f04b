"""Injecting axe into a page driven by Selenium and running it: the code the
Chromium runner and the CI browser tests (tests/browser/conftest.py) share.

axe-selenium-python's ``Axe.inject()`` reaches only the top document, and its
``run()`` pastes the options into JavaScript as Python literals. Here axe goes
into every frame (axe then checks frames from the top document), the options
travel as JSON, and axe's error comes back as an exception.
"""

import json

from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By

from ..axe import configuration, script

# Frames inside frames are followed this deep; deeper ones are left unchecked
MAX_FRAME_DEPTH = 4

APPLY_LOCALE = """
    const locale = arguments[0];
    const audit = axe._audit;
    // a catalogue from another axe version may name rules this one lacks,
    // and axe.configure refuses the whole catalogue for one unknown name
    for (const [part, known] of [["rules", audit.data.rules], ["checks", audit.data.checks]]) {
        for (const id of Object.keys(locale[part] || {})) {
            if (!known[id]) { delete locale[part][id]; }
        }
    }
    axe.configure({locale: locale});
"""

RUN = """
    const [context, options, done] = arguments;
    const run = context === null ? axe.run(JSON.parse(options))
                                 : axe.run(context, JSON.parse(options));
    run.then((results) => done(results),
             (error) => done({"balise_axe_error": String(error && error.stack || error)}));
"""


class AxeError(Exception):
    """axe itself failed on the page (a bad option, a script error)."""


def inject_axe(driver, locale=None, depth=0):
    """Put axe (and its messages in ``locale``, when a catalogue is kept)
    into the current document and, recursively, into each of its frames."""
    driver.execute_script(script.axe_source())
    catalogue = script.axe_locale(locale) if locale else None
    if catalogue:
        driver.execute_script(APPLY_LOCALE, catalogue)
    if depth >= MAX_FRAME_DEPTH:
        return
    for frame in driver.find_elements(By.CSS_SELECTOR, "iframe, frame"):
        try:
            driver.switch_to.frame(frame)
        except WebDriverException:
            continue  # removed since it was found
        try:
            inject_axe(driver, locale, depth + 1)
        except WebDriverException:
            pass  # a frame that navigates away is reported by axe as not tested
        finally:
            driver.switch_to.parent_frame()


def run_axe(driver, include=None, *, options=None, locale=None):
    """Run axe with Balise's configuration on the page ``driver`` shows and
    return its result (a dict in axe's own shape). ``include``: a CSS
    selector, or an axe context dict; None checks the whole document."""
    driver.switch_to.default_content()
    inject_axe(driver, locale)
    driver.switch_to.default_content()
    options = configuration.axe_options() if options is None else options
    results = driver.execute_async_script(RUN, include, json.dumps(options))
    if not isinstance(results, dict) or "balise_axe_error" in (results or {}):
        raise AxeError((results or {}).get("balise_axe_error", "axe returned nothing"))
    return results
