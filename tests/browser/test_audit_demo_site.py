"""CI's accessibility gate (issue 12, point 9): the audit itself, with the
one axe configuration, run end to end on the demo with two browsers, finds
no axe violation and no content-rule or document problem on any page of any
language, nor in the states a crawler never sees (forms with their errors,
each step and the results of the rights explorer, search results). A few
addresses that are no page of the tree (error pages, a page not translated
yet, the feedback box with an error) are checked apart, with the same axe
configuration."""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from accessibility.audit.run import run_audit
from accessibility.models import AuditedAddress, AuditFinding, AuditRun
from pages.models import InformationPage

from .conftest import axe_violations, describe, load

pytestmark = pytest.mark.browser

LANGUAGES = {"fr", "nl", "de", "en"}


@pytest.fixture
def demo(demo_site_committed):
    # no audit on publish while the demo is seeded: the test settings turn it
    # off, and seed_demo pauses it anyway
    return demo_site_committed


def findings_text(findings):
    return "\n".join(f"{f.url or f.page_id} [{f.locale}] {f.source} {f.rule} ({f.impact}) "
                     f"at {f.location}: {f.snippet[:160]}" for f in findings)


def test_the_audit_of_the_demo_finds_nothing_on_any_page_or_state(live_server, demo, capsys):
    progress = []
    run = run_audit(base_url=live_server.url, workers=2, include_submissions=True,
                    progress=lambda done, total, url: progress.append((done, total)))
    assert run.status == AuditRun.FINISHED, run.error
    addresses = list(run.addresses.all())
    not_loaded = [f"{a.url}: {a.reason}" for a in addresses if not a.loaded]
    assert not not_loaded, "\n".join(not_loaded)

    # every live page of every language, each opened as itself
    opened = {a.page_id for a in addresses if a.state == AuditedAddress.PAGE}
    missing = [page.url for page in demo if page.pk not in opened]
    assert not missing, missing
    assert {a.locale for a in addresses} == LANGUAGES
    # and the states a crawler never sees, in every language
    states = {}
    for address in addresses:
        states.setdefault(address.state, set()).add(address.locale)
    for state in (AuditedAddress.FORM_ERRORS, AuditedAddress.FORM_CONFIRMATION,
                  AuditedAddress.EXPLORER_STEP, AuditedAddress.EXPLORER_RESULTS,
                  AuditedAddress.SEARCH_RESULTS):
        assert states.get(state) == LANGUAGES, (state, states.get(state))
    forms = [page for page in demo if page._meta.label_lower == "balise_forms.contactformpage"]
    with_errors = {a.page_id for a in addresses if a.state == AuditedAddress.FORM_ERRORS}
    assert {page.pk for page in forms} <= with_errors, "each contact form with its errors"
    steps = [a for a in addresses if a.state == AuditedAddress.EXPLORER_STEP]
    assert len(steps) >= 4 * 3, "several questions of the explorer in each language"
    assert progress and progress[-1][0] == progress[-1][1] == len(addresses)

    findings = list(run.findings.all())
    by_source = {source: [f for f in findings if f.source == source]
                 for source in (AuditFinding.AXE, AuditFinding.CONTENT, AuditFinding.DOCUMENT)}
    with capsys.disabled():
        print(f"\naxe-core {run.axe_version}: {len(addresses)} addresses in "
              f"{run.duration.total_seconds():.0f} s with 2 browsers "
              f"({run.browser_start_seconds:.1f} s starting them), {len(findings)} findings")
    assert not by_source[AuditFinding.AXE], findings_text(by_source[AuditFinding.AXE])
    assert not by_source[AuditFinding.CONTENT], findings_text(by_source[AuditFinding.CONTENT])
    assert not by_source[AuditFinding.DOCUMENT], findings_text(by_source[AuditFinding.DOCUMENT])
    assert run.axe_version.startswith("4.")


def test_addresses_outside_the_page_tree_have_no_axe_violation(live_server, demo, browser):
    # an untranslated page, to check the "not translated yet" message too
    topic = InformationPage.objects.get(
        locale__language_code="fr", slug="revenu-integration").get_parent()
    waiting = topic.add_child(instance=InformationPage(
        title="Page en attente de traduction", slug="en-attente", locale=topic.locale,
        intro="Pas encore traduite."))
    urls = ["/fr/page-inexistante/", "/en/no-such-page/", "/de/suche/",
            f"/language/nl/?page={waiting.pk}"]
    failures = []
    for url in urls:
        load(browser, live_server.url + url)
        failures += describe(url, axe_violations(browser)[0])
    # the feedback box with an error, in each language
    for language in sorted(LANGUAGES):
        page = next(p for p in demo if isinstance(p, InformationPage)
                    and p.locale.language_code == language and p.depth > 3)
        load(browser, live_server.url + page.url)
        browser.find_element(By.CSS_SELECTOR, "button[name=helpful][value=no]").click()
        WebDriverWait(browser, 20).until(lambda b: b.find_elements(By.ID, "id_comment"))
        browser.execute_script("document.getElementById('id_comment')"
                               ".removeAttribute('maxlength')")
        browser.find_element(By.ID, "id_comment").send_keys("x" * 1002)
        browser.find_element(By.CSS_SELECTOR, "#feedback form button").click()
        WebDriverWait(browser, 20).until(lambda b: b.find_elements(By.CSS_SELECTOR, ".field-error"))
        failures += describe(page.url + " (feedback error)", axe_violations(browser)[0])
    assert not failures, "\n".join(failures)
