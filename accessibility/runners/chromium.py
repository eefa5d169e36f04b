"""The default runner: Debian's headless Chromium through Selenium.

The driver's path is always given: without it Selenium Manager tries to
download a chromedriver, which fails on a machine without network.
``/usr/bin/chromium`` is Debian's wrapper script (it reads /etc/chromium.d/).
"""

import shutil
import tempfile

from selenium import webdriver
from selenium.common.exceptions import TimeoutException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

from .axe_run import run_axe
from .base import AccessibilityRunner, PageUnavailable, StateNotReached, check_actions

FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
)

# The HTTP status of the page on screen (Chromium 109+); 0 when unknown
RESPONSE_STATUS = """
    const [entry] = performance.getEntriesByType("navigation");
    return entry && entry.responseStatus || 0;
"""


# A mark on the document an action starts from: gone once the browser shows
# the next document (the form's answer), so the runner knows it has arrived.
MARK = "window.baliseAuditMark = true;"
NAVIGATED = "return !window.baliseAuditMark && document.readyState === 'complete';"
SUBMIT = """
    const form = document.querySelector(arguments[0]);
    if (!form) { return false; }
    form.noValidate = true;  // the server's messages, not the browser's
    if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
    return true;
"""
CLICK = """
    const element = document.querySelector(arguments[0]);
    if (!element) { return false; }
    element.click();
    return true;
"""
FILL = """
    const [selector, text] = arguments;
    const field = document.querySelector(selector);
    if (!field) { return false; }
    field.value = text;
    field.dispatchEvent(new Event("input", {bubbles: true}));
    field.dispatchEvent(new Event("change", {bubbles: true}));
    return true;
"""
TICK = """
    const field = document.querySelector(arguments[0]);
    if (!field) { return false; }
    field.checked = true;
    field.dispatchEvent(new Event("change", {bubbles: true}));
    return true;
"""
# Plausible answers for a form's empty fields: nothing a mail server would
# deliver (.invalid is reserved), nothing typed into hidden fields (a spam
# trap), no file; a radio group gets its first choice, a required box is ticked
COMPLETE = """
    const form = document.querySelector(arguments[0]);
    if (!form) { return false; }
    const seen = (field) => field.offsetParent !== null
        && !field.closest("[hidden], [aria-hidden=true]");
    const values = {email: "audit@example.invalid", tel: "0470 12 34 56",
                    url: "https://example.invalid/", number: "1"};
    const soon = new Date(Date.now() + 7 * 86400000).toISOString().slice(0, 10);
    const radioGroups = new Set();
    for (const field of form.elements) {
        if (field.disabled || !seen(field)) { continue; }
        const type = (field.type || "").toLowerCase();
        if (type === "radio") {
            const group = `input[type=radio][name="${CSS.escape(field.name)}"]`;
            if (!radioGroups.has(field.name) && !form.querySelector(`${group}:checked`)) {
                field.checked = true;
            }
            radioGroups.add(field.name);
        } else if (type === "checkbox") {
            if (field.required) { field.checked = true; }
        } else if (field.tagName === "SELECT") {
            if (!field.value) {
                const option = [...field.options].find((option) => option.value);
                if (option) { field.value = option.value; }
            }
        } else if (["text", "email", "tel", "url", "number", "date", "search", "textarea"]
                   .includes(type) && !field.value) {
            // what the field is for: its type, else its autocomplete, input mode or name
            const purpose = [field.autocomplete, field.inputMode, field.name].join(" ");
            field.value = type === "date" ? soon
                : values[type] || (/mail/i.test(purpose) ? values.email
                                   : /tel|phone/i.test(purpose) ? values.tel
                                   : "Accessibility audit");
        } else { continue; }
        field.dispatchEvent(new Event("input", {bubbles: true}));
        field.dispatchEvent(new Event("change", {bubbles: true}));
    }
    return true;
"""
MATCHES = "return document.querySelector(arguments[0]) !== null;"
# a click that does not lead to another document is waited for this long
CLICK_NAVIGATION_SECONDS = 3


class ChromiumRunner(AccessibilityRunner):
    """Options (all optional): ``binary`` and ``driver`` (paths), ``timeout``
    (seconds a page may take to load, default 30), ``script_timeout`` (seconds
    axe may take, default 120), ``window_size`` ("1280,1024"), ``language``
    (the browser's, "fr-BE"), ``axe_locale`` (axe's messages: "fr", "de"…,
    when a catalogue is kept), ``arguments`` (more Chromium flags)."""

    defaults = {
        "binary": "/usr/bin/chromium",
        "driver": "/usr/bin/chromedriver",
        "timeout": 30,
        "script_timeout": 120,
        "window_size": "1280,1024",
        "language": "fr-BE",
        "axe_locale": None,
        "arguments": (),
    }

    def __init__(self, **options):
        super().__init__(**{**self.defaults, **options})
        self.driver = None
        self.profile = None

    def open(self):
        if self.driver is not None:
            return
        options = self.options
        self.profile = tempfile.mkdtemp(prefix="balise-audit-chromium-")
        chrome = webdriver.ChromeOptions()
        chrome.binary_location = options["binary"]
        for flag in (*FLAGS, f"--window-size={options['window_size']}",
                     f"--lang={options['language']}", f"--user-data-dir={self.profile}",
                     *options["arguments"]):
            chrome.add_argument(flag)
        self.driver = webdriver.Chrome(
            options=chrome, service=Service(executable_path=options["driver"]))
        self.driver.set_page_load_timeout(options["timeout"])
        self.driver.set_script_timeout(options["script_timeout"])

    def load(self, url):
        """Open ``url`` and wait until it has loaded, or raise PageUnavailable."""
        try:
            self.driver.get(url)
            WebDriverWait(self.driver, self.options["timeout"]).until(
                lambda driver: driver.execute_script("return document.readyState")
                == "complete")
        except TimeoutException as error:
            self.stop_loading()
            raise PageUnavailable(
                url, f"not loaded within {self.options['timeout']} s") from error
        except WebDriverException as error:
            raise PageUnavailable(url, (error.msg or str(error)).splitlines()[0]) from error
        # Chromium shows its own error page at the page's address
        if self.driver.execute_script("return document.URL").startswith("chrome-error:"):
            raise PageUnavailable(url, "the server could not be reached")
        status = self.driver.execute_script(RESPONSE_STATUS)
        if status >= 400:
            raise PageUnavailable(url, f"HTTP status {status}")

    def stop_loading(self):
        """Leave a page that did not load, so the next one starts clean."""
        try:
            self.driver.execute_script("window.stop()")
        except WebDriverException:
            pass

    def act(self, url, actions):
        """Run the declarative ``actions`` (``runners.base``) on the page shown."""
        for action in actions:
            kind, selector = action[0], action[1]
            try:
                if kind == "wait":
                    self.wait_for(url, selector)
                elif kind == "expect":
                    if not self.driver.execute_script(MATCHES, selector):
                        raise StateNotReached(url, f"{action!r}: not reached")
                elif kind == "absent":
                    if self.driver.execute_script(MATCHES, selector):
                        raise StateNotReached(url, f"{action!r}: still on the page")
                elif kind == "tick":
                    self.require(url, action, self.driver.execute_script(TICK, selector))
                elif kind == "complete":
                    self.require(url, action, self.driver.execute_script(COMPLETE, selector))
                elif kind == "fill":
                    self.require(url, action, self.driver.execute_script(
                        FILL, selector, action[2]))
                elif kind == "repeat":
                    for _time in range(action[2]):
                        if not self.driver.execute_script(MATCHES, selector):
                            break
                        self.act(url, action[3])
                else:
                    self.driver.execute_script(MARK)
                    done = self.driver.execute_script(
                        SUBMIT if kind == "submit" else CLICK, selector)
                    self.require(url, action, done)
                    self.wait_for_next_document(
                        url, self.options["timeout"] if kind == "submit"
                        else min(CLICK_NAVIGATION_SECONDS, self.options["timeout"]),
                        required=kind == "submit")
            except TimeoutException as error:
                raise PageUnavailable(url, f"{action!r}: no answer within "
                                           f"{self.options['timeout']} s") from error
            except WebDriverException as error:
                raise PageUnavailable(url, f"{action!r}: "
                                           f"{(error.msg or str(error)).splitlines()[0]}"
                                      ) from error

    @staticmethod
    def require(url, action, done):
        if not done:
            raise PageUnavailable(url, f"{action!r}: nothing on the page matches")

    def wait_for(self, url, selector):
        try:
            WebDriverWait(self.driver, self.options["timeout"]).until(
                lambda driver: driver.execute_script(MATCHES, selector))
        except TimeoutException as error:
            raise PageUnavailable(url, f"{selector!r} did not appear within "
                                       f"{self.options['timeout']} s") from error

    def wait_for_next_document(self, url, seconds, required):
        try:
            WebDriverWait(self.driver, seconds).until(
                lambda driver: driver.execute_script(NAVIGATED))
        except TimeoutException:
            if required:
                self.stop_loading()
                raise
            return  # a click that changed the page in place
        if self.driver.execute_script("return document.URL").startswith("chrome-error:"):
            raise PageUnavailable(url, "the server could not be reached")
        status = self.driver.execute_script(RESPONSE_STATUS)
        # a form with errors may answer 400; the server failing is another matter
        if status >= 500:
            raise PageUnavailable(url, f"HTTP status {status}")

    def check_steps(self, url, steps, *, include=None):
        self.open()
        for actions in steps:
            check_actions(actions)
        found = []
        try:
            self.load(url)
            for actions in steps:
                self.act(url, actions)
                results = run_axe(self.driver, include, locale=self.options["axe_locale"])
                results.setdefault("url", url)
                found.append(results)
        except PageUnavailable as unavailable:
            found.append(unavailable)
        return found

    def check(self, url, *, include=None, actions=()):
        check_actions(actions)
        self.open()
        self.load(url)
        if actions:
            self.act(url, actions)
        results = run_axe(self.driver, include, locale=self.options["axe_locale"])
        results.setdefault("url", url)
        return results

    def close(self):
        if self.driver is not None:
            try:
                self.driver.quit()
            finally:
                self.driver = None
                shutil.rmtree(self.profile, ignore_errors=True)
