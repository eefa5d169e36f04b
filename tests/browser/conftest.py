"""A real headless Chromium (Debian's), driven by Debian's chromedriver.

The driver path is given explicitly so that Selenium Manager never tries to
download one (the machine has no network).
"""

import shutil
import tempfile

import pytest
from django.contrib.auth import get_user_model
from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from accessibility.runners.axe_run import run_axe

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


@pytest.fixture(scope="session")
def browser():
    profile = tempfile.mkdtemp(prefix="balise-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--window-size=1280,1024", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.set_script_timeout(120)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def load(driver, url):
    driver.get(url)
    driver.execute_script("return document.readyState")  # waits for the load event


# True once the page has no request of its own under way or scheduled: the
# plain-language check (the edit form carries ``data-plain-language-pending``
# while its timer runs or its request is out) and Wagtail's autosave of the
# draft, turned off here first so that no new save starts (a save already
# started shows "saving" until it has its answer).
IDLE = """
    const checking = document.querySelector("[data-plain-language-pending]");
    const autosave = document.querySelector("[data-controller~='w-autosave']");
    if (autosave) {
        autosave.setAttribute("data-w-autosave-active-value", "false");
    }
    const saving = Boolean(autosave
        && autosave.getAttribute("data-w-autosave-state-value") === "saving");
    return !checking && !saving;
"""


def wait_until_idle(driver, timeout=60):
    """Wait until the page has had the answer to every request it started."""
    WebDriverWait(driver, timeout).until(lambda d: d.execute_script(IDLE))


@pytest.fixture(autouse=True)
def leave_the_page_idle(request):
    """After each browser test, let the page finish what it started, then
    leave it for about:blank, without its cookies: a request still under way
    when the test's database is emptied fails, and breaks the next test. Set up after the
    live server's database (``_live_server_helper``), so torn down before it."""
    if "browser" not in request.fixturenames:
        yield
        return
    driver = request.getfixturevalue("browser")
    yield
    try:
        if driver.current_url.startswith("http"):
            wait_until_idle(driver)
            # a test that signed in leaves no session to the next one, which
            # may check that a citizen's journey sets no cookie
            driver.delete_all_cookies()
            # nor what Wagtail's admin keeps in the browser: the side panel
            # last open, which the next editor page opens again (a test that
            # then clicks "Checks" to open it closes it)
            driver.execute_script("window.localStorage.clear(); window.sessionStorage.clear();")
    finally:
        load(driver, "about:blank")


def axe_violations(driver, include=None):
    """Run axe-core with Balise's one configuration (accessibility.axe: the WCAG
    2.x A and AA tags and EN 301 549), injected into every frame too, and return
    its violations and axe's version; ``include``: a CSS selector, to check only
    what Balise renders inside Wagtail's admin."""
    results = run_axe(driver, include)
    return results["violations"], results.get("testEngine", {}).get("version")


def describe(url, violations):
    lines = []
    for violation in violations:
        for node in violation["nodes"]:
            lines.append(f"{url}: {violation['id']} ({violation.get('impact')}) "
                         f"at {' '.join(map(str, node['target']))}: {node['html'][:160]}")
    return lines


def sign_in(driver, live_server, username="writer", password="a-long-password"):  # noqa: S107
    """A user signs in through the admin's own login form: an existing one
    (a demo login) with this password, else a new superuser."""
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        get_user_model().objects.create_superuser(username, f"{username}@example.org", password)
    else:
        user.set_password(password)
        user.save()
    load(driver, live_server.url + "/admin/login/")
    driver.find_element(By.ID, "id_username").send_keys(username)
    driver.find_element(By.ID, "id_password").send_keys(password)
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    WebDriverWait(driver, 20).until(lambda b: "/admin/login/" not in b.current_url)


def replaced(old):
    """A wait condition: the page that held ``old`` has been replaced by the
    next one. Selenium's ``staleness_of`` misses one of Chromium's answers
    while a page is being swapped ("Node with given id does not belong to the
    document"), which means the same thing."""
    def check(_driver):
        try:
            old.is_enabled()
        except StaleElementReferenceException:
            return True
        except WebDriverException as error:
            if "does not belong to the document" in str(error) or "No node with given id" \
                    in str(error):
                return True
            raise
        return False
    return check

