"""The audit's HTML report is itself accessible (issue 12, point 3): the file
an auditor downloads, opened from disk in a real Chromium in each of the
four languages, has no axe violation under Balise's one axe configuration,
with findings of every kind in it (escaped code, shared templates, a
dismissal, an address that did not load)."""

import pytest
from django.utils import translation
from selenium.webdriver.common.by import By

from accessibility.exports import export
from accessibility.models import AuditedAddress, AuditFinding, FindingDismissal
from accessibility.results.summary import run_summary
from tests.accessibility.test_results_summary import add_finding, dismiss, make_run
from tests.factories import make_page, make_site, translate

from .conftest import axe_violations, describe, load

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.fixture
def summary():
    home = make_site()
    page = make_page(home, title="Aide sociale")
    versions = {"fr": page, **{language: translate(page, language, title=f"Page {language}")
                               for language in ("nl", "de", "en")}}
    before, run = make_run(days_ago=7), make_run()
    for language, version in versions.items():
        url = f"/{language}/{version.slug}/"
        AuditedAddress.objects.create(run=run, url=url, page=version, locale=language)
        add_finding(before, version, rule="list", wcag="1.3.1", url=url)
        add_finding(run, version, rule="image-alt", wcag="1.1.1", url=url,
                    snippet='<img src="IMG_2034.jpg" onerror="alert(1)">')
        add_finding(run, version, rule="link-text-generic", wcag="2.4.4",
                    source=AuditFinding.CONTENT, location="body[2] > paragraph",
                    snippet="<a href='/x'>cliquez ici</a>", url="")
    add_finding(run, None, rule="region", wcag="", location="footer", shared=True,
                occurrences=4, url="/fr/", locale="fr", impact="moderate")
    dismiss(add_finding(run, page, rule="color-contrast", wcag="1.4.3"),
            reason=FindingDismissal.DISPROPORTIONATE_BURDEN, explanation="Partner logo.")
    AuditedAddress.objects.create(run=run, url="/nl/kapot/", locale="nl", loaded=False,
                                  reason="Timed out")
    return run_summary(run)


def test_the_html_report_has_no_axe_violation_in_any_language(summary, browser, tmp_path):
    failures = []
    for language in ("fr", "nl", "de", "en"):
        with translation.override(language):
            content = export(summary, "html")[0]
        path = tmp_path / f"report-{language}.html"
        path.write_bytes(content)
        load(browser, path.as_uri())
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == language
        assert len(browser.find_elements(By.TAG_NAME, "h1")) == 1
        # the snippet is shown as code, not rendered as an image
        assert not browser.find_elements(By.CSS_SELECTOR, "main img")
        assert "IMG_2034.jpg" in browser.find_element(By.TAG_NAME, "main").text
        violations, version = axe_violations(browser)
        assert version, "axe ran"
        failures += describe(path.name, violations)
    assert not failures, "\n".join(failures)
