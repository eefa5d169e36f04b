"""One audit run stored whole: the addresses it opened (and those it could
not), axe's findings with the shared templates' ones grouped, the content
rules' findings, dismissals applied, each page's status, and a crash stored
as a failed run instead of one left "running". The browser is replaced by a
runner that answers from a script (the real one: tests/browser/)."""

import pytest

from accessibility.audit.run import blocking_findings, run_audit
from accessibility.models.runs import (
    AuditedAddress,
    AuditFinding,
    AuditRun,
    FindingDismissal,
    PageAuditStatus,
)
from accessibility.runners.base import AccessibilityRunner, PageUnavailable
from accessibility.tasks import audit_page, audit_site
from tests.factories import make_page, make_site

pytestmark = pytest.mark.django_db

FOOTER_LINK = {"id": "link-name", "impact": "serious", "tags": ["wcag2a", "wcag244",
                                                                 "EN-9.2.4.4"],
               "help": "Links must have discernible text", "helpUrl": "https://example.org/ln",
               "nodes": [{"target": ["footer > a"], "html": "<a href=\"/fr/\"></a>"}]}
IMAGE = {"id": "image-alt", "impact": "critical", "tags": ["wcag2a", "wcag111"],
         "help": "Images must have alternate text", "helpUrl": "https://example.org/ia",
         "nodes": [{"target": ["main img"], "html": "<img src=\"a.png\">"}]}


class ScriptedRunner(AccessibilityRunner):
    """Every page has the footer's link without text; the page whose address
    has "chauffage" has an image without alt; "panne" does not load."""

    opened = 0

    def open(self):
        if self.options.get("broken"):
            raise RuntimeError("no browser here")
        type(self).opened += 1

    def check(self, url, *, include=None, actions=()):
        if "panne" in url:
            raise PageUnavailable(url, "not loaded within 30 s")
        violations = [FOOTER_LINK, *([IMAGE] if "chauffage" in url else [])]
        return {"url": url, "violations": violations, "incomplete": [],
                "testEngine": {"name": "axe-core", "version": "4.10.2"}}


@pytest.fixture
def scripted(settings):
    settings.BALISE_ACCESSIBILITY = {"RUNNER": {"CLASS": f"{__name__}.ScriptedRunner"}}
    return settings


@pytest.fixture
def site():
    home = make_site()
    heating = make_page(home, title="Allocation de chauffage", slug="chauffage",
                        body=[("paragraph", '<p><a href="https://example.org/">cliquez '
                                            'ici</a></p>')])
    broken = make_page(home, title="Page en panne", slug="panne")
    clean = make_page(home, title="Aide au logement", slug="logement")
    return home, heating, broken, clean


def audit(**options):
    return run_audit(base_url="http://testserver", workers=2, **options)


def test_a_run_stores_its_addresses_and_its_findings_grouped(scripted, site):
    home, heating, broken, clean = site
    run = audit()
    assert run.status == AuditRun.FINISHED and run.finished_at and run.axe_version == "4.10.2"
    assert run.is_full
    unloaded = run.addresses.get(loaded=False)
    assert (unloaded.page_id, unloaded.reason) == (broken.pk, "not loaded within 30 s")
    assert run.addresses_unavailable == 1
    assert run.addresses_checked == run.addresses.filter(loaded=True).count() > 3

    footer = run.findings.get(rule="link-name")
    assert footer.shared and footer.page_id is None
    assert footer.occurrences == run.addresses_checked  # every address that loaded
    assert footer.help_url == "https://example.org/ln"
    image = run.findings.get(rule="image-alt")
    assert (image.page_id, image.shared, image.wcag) == (heating.pk, False, "1.1.1")
    assert image.url == "http://testserver/fr/chauffage/"
    content = run.findings.get(source=AuditFinding.CONTENT, rule="link-text-generic")
    assert content.page_id == heating.pk and content.url.endswith("/fr/chauffage/")


def test_each_page_gets_its_status(scripted, site):
    home, heating, broken, clean = site
    run = audit()
    statuses = {status.page_id: status for status in PageAuditStatus.objects.all()}
    assert statuses[heating.pk].status == PageAuditStatus.PROBLEMS
    assert statuses[heating.pk].findings == 2  # the image and the link text
    assert statuses[broken.pk].status == PageAuditStatus.UNAVAILABLE
    # the shared footer is reported once, not held against each page
    assert statuses[clean.pk].status == PageAuditStatus.PASSED
    assert statuses[clean.pk].run == run and statuses[clean.pk].revision_id


def test_a_dismissed_finding_is_marked_and_leaves_ci_and_the_page_status(scripted, site):
    home, heating, broken, clean = site
    first = audit()
    image = first.findings.get(rule="image-alt")
    FindingDismissal.objects.create(fingerprint=image.fingerprint, page=heating,
                                    rule=image.rule, reason=FindingDismissal.FALSE_POSITIVE,
                                    explanation="A decorative image")
    # a dismissal for every page (none given) covers the shared footer too
    FindingDismissal.objects.create(fingerprint=first.findings.get(rule="link-name")
                                    .fingerprint, rule="link-name",
                                    reason=FindingDismissal.DISPROPORTIONATE_BURDEN,
                                    explanation="The old footer goes in March")
    second = audit()
    assert second.findings.get(rule="image-alt").dismissed
    assert second.findings.get(rule="link-name").dismissed
    assert {finding.rule for finding in blocking_findings(second)} == {"link-text-generic"}
    assert PageAuditStatus.objects.get(page=heating).findings == 1


def test_a_run_on_one_page_has_no_site_level_rule_and_no_search(scripted, site):
    home, heating, broken, clean = site
    run = audit(page=heating.pk)
    assert not run.is_full
    assert set(run.addresses.values_list("page_id", flat=True)) == {heating.pk}
    assert not run.addresses.filter(state=AuditedAddress.SEARCH_RESULTS).exists()


def test_a_crash_is_stored_as_a_failed_run_with_its_error(settings, site):
    settings.BALISE_ACCESSIBILITY = {"RUNNER": {"CLASS": f"{__name__}.ScriptedRunner",
                                                "OPTIONS": {"broken": True}}}
    run = audit()
    run.refresh_from_db()
    assert run.status == AuditRun.FAILED and "no browser here" in run.error
    assert run.finished_at is not None
    assert not AuditRun.objects.filter(status=AuditRun.RUNNING).exists()


def test_the_background_tasks_audit_the_site_and_a_published_page(scripted, site, settings):
    home, heating, broken, clean = site
    # the tasks serve the site themselves: the scripted runner never asks it
    page_run = AuditRun.objects.get(pk=audit_page.enqueue(heating.pk).return_value)
    assert page_run.trigger == AuditRun.PUBLISH and page_run.page_id == heating.pk
    assert set(page_run.addresses.values_list("state", flat=True)) == {AuditedAddress.PAGE}
    site_run = AuditRun.objects.get(pk=audit_site.enqueue().return_value)
    assert site_run.is_full and site_run.status == AuditRun.FINISHED
