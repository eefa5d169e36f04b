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
from .base import AccessibilityRunner, PageUnavailable

FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
)

# The HTTP status of the page on screen (Chromium 109+); 0 when unknown
RESPONSE_STATUS = """
    const [entry] = performance.getEntriesByType("navigation");
    return entry && entry.responseStatus || 0;
"""


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

    def check(self, url, *, include=None):
        self.open()
        self.load(url)
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
