"""The editor's Checks panel runs Balise's axe configuration on the page
being edited and reports a planted problem, in the editor's language.

The plant is an image whose text alternative carries an underscore, as a
file name pasted into a sentence leaves: Balise's form accepts it (it refuses
a missing text alternative, a bare file name and a skipped heading level, and
the preview the checks run on shows only content the form accepts), and
Wagtail's own ``alt-text-quality`` rule, kept next to Balise's tags, flags it."""

import pytest
from django.contrib.auth import get_user_model
from django.utils import translation
from selenium.webdriver.support.ui import WebDriverWait
from wagtail.admin.userbar import ContentCheckerItem
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.users.models import UserProfile

from accessibility.axe.configuration import run_only_tags
from pages.models import InformationPage

from .conftest import load, sign_in

pytestmark = pytest.mark.browser

ISSUE_NAMES = """
    return [...document.querySelectorAll("[data-checks-panel] [data-content-checker-name]")]
        .map((name) => name.textContent.trim());
"""


def test_an_editor_sees_a_poor_text_alternative_in_the_checks_panel(
        live_server, demo_site_committed, browser):
    sign_in(browser, live_server)
    profile = UserProfile.get_for_user(get_user_model().objects.get(username="writer"))
    profile.preferred_language = "fr"
    profile.save()
    picture = get_image_model().objects.create(
        title="Guichet", file=get_test_image_file("guichet.png", size=(120, 80)))
    page = InformationPage.objects.get(slug="premier-rendez-vous")
    image = page.body.stream_block.child_blocks["image"].to_python(
        {"image": picture.pk, "alt_text": "Le guichet d_accueil", "decorative": False,
         "caption": ""})
    page.body = [*[(block.block_type, block.value) for block in page.body], ("image", image)]
    page.save_revision()  # the draft the editor opens

    load(browser, f"{live_server.url}/admin/pages/{page.pk}/edit/")
    configuration = browser.execute_script(
        "return JSON.parse(document.getElementById('checker-axe-configuration').textContent)")
    assert configuration["options"]["runOnly"] == run_only_tags()
    browser.execute_script(
        "document.querySelector(\"[data-side-panel-toggle='checks']\").click()")

    with translation.override("fr"):
        expected = str(ContentCheckerItem.axe_messages["alt-text-quality"]["error_name"])
    WebDriverWait(browser, 90).until(lambda b: expected in b.execute_script(ISSUE_NAMES))
    assert expected != "Image alt text has inappropriate pattern", \
        "named in the editor's language"
