"""``manage.py accessibility_audit`` on a small site in a real headless
Chromium: it serves the site itself, checks every page with two browsers,
stores the run, finds the defect planted in a page, reports an address it
cannot load and goes on, and fails CI only for serious problems."""

import io
import json
import socket

import pytest
from defusedxml import ElementTree
from django.core.management import CommandError, call_command

from accessibility.models.runs import (
    AuditedAddress,
    AuditFinding,
    AuditRun,
    FindingDismissal,
    PageAuditStatus,
)
from tests.factories import make_page, make_site

pytestmark = pytest.mark.browser

# a link with no text: axe's "link-name" (WCAG 2.4.4 and 4.1.2, serious)
LINK_WITHOUT_TEXT = '<p>Lisez <a href="https://example.org/aide"></a> pour en savoir plus.</p>'


@pytest.fixture
def small_site(transactional_db, search_index):
    home = make_site()
    clean = make_page(home, title="Aide au logement")
    planted = make_page(home, title="Allocation de chauffage",
                        body=[("paragraph", LINK_WITHOUT_TEXT)])
    return home, clean, planted


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def audit(*arguments, stderr=None):
    """Run the command; (exit status, its error message)."""
    try:
        call_command("accessibility_audit", *arguments, "--timeout", "20",
                     stderr=stderr or io.StringIO())
    except CommandError as error:
        return error.returncode, str(error)
    return 0, ""


def test_the_audit_checks_every_page_with_two_browsers_and_finds_the_planted_defect(
        small_site, tmp_path):
    home, clean, planted = small_site
    report = tmp_path / "report.json"
    stderr = io.StringIO()
    status, message = audit("--workers", "2", "--format", "json", "--output", str(report),
                            stderr=stderr)

    run = AuditRun.objects.get()
    assert run.status == AuditRun.FINISHED and run.workers == 2
    assert run.axe_version
    assert run.browser_start_seconds > 0
    pages = {address.page_id for address in run.addresses.filter(state=AuditedAddress.PAGE)}
    assert pages == {home.pk, clean.pk, planted.pk}
    assert run.addresses.filter(state=AuditedAddress.SEARCH_RESULTS).count() == 2
    assert all(address.loaded for address in run.addresses.all()), list(
        run.addresses.values_list("url", "reason"))

    link = AuditFinding.objects.get(run=run, rule="link-name")
    assert (link.page_id, link.source, link.shared) == (planted.pk, AuditFinding.AXE, False)
    assert (link.wcag, link.impact) == ("2.4.4", "serious")
    assert link.en_clause == "9.2.4.4" and link.anysurfer == "links"
    assert 'href="https://example.org/aide"' in link.snippet
    assert link.help_url.startswith("https://dequeuniversity.com/")
    # the content rule sees the empty link text in the stored rich text too, or not:
    # either way no finding is stored twice for one page
    keys = [finding.key for finding in run.findings.all()]
    assert len(keys) == len(set(keys))

    statuses = dict(PageAuditStatus.objects.values_list("page_id", "status"))
    assert statuses[planted.pk] == PageAuditStatus.PROBLEMS
    assert statuses[clean.pk] == PageAuditStatus.PASSED

    # a serious finding fails CI, and the report is axe's own shape per address
    assert status == 1 and "serious or critical" in message
    data = json.loads(report.read_text())
    assert "link-name" in json.dumps(data)
    # not a terminal: one progress line per tenth, then the summary
    said = stderr.getvalue()
    assert "addresses checked (100 %)" in said
    assert "Active findings:" in said and "serious 1" in said


def test_the_html_report_written_to_a_file_is_itself_checked(small_site, tmp_path):
    report = tmp_path / "report.html"
    audit("--format", "html", "--output", str(report), "--locale", "fr")
    run = AuditRun.objects.get()
    assert "<html" in report.read_text()
    checked = run.addresses.get(state=AuditedAddress.REPORT)
    assert checked.loaded and checked.url == report.resolve().as_uri()
    assert run.addresses_checked == run.addresses.filter(loaded=True).count()


def test_a_dismissed_finding_no_longer_fails_ci(small_site):
    _home, _clean, planted = small_site
    audit("--format", "json", "--output", "/dev/null")
    first = AuditRun.objects.get()
    for finding in first.findings.filter(impact__in=("serious", "critical")):
        FindingDismissal.objects.create(
            fingerprint=finding.fingerprint, page_id=finding.page_id, rule=finding.rule,
            reason=FindingDismissal.FALSE_POSITIVE, explanation="Checked by hand.")
    status, _message = audit("--page", str(planted.pk), "--format", "junit",
                             "--output", "/dev/null")
    second = AuditRun.objects.exclude(pk=first.pk).get()
    assert not second.is_full and second.page_id == planted.pk
    assert second.findings.filter(rule="link-name", dismissed=True).exists()
    assert status == 0


def test_a_site_that_does_not_answer_gives_every_address_unavailable_and_the_run_ends(
        small_site, tmp_path):
    output = tmp_path / "report.xml"
    audit("--base-url", f"http://127.0.0.1:{closed_port()}", "--format", "junit",
          "--output", str(output), "--workers", "2")
    run = AuditRun.objects.get()
    assert run.status == AuditRun.FINISHED
    addresses = list(run.addresses.all())
    assert addresses and not any(address.loaded for address in addresses)
    assert all(address.reason for address in addresses)
    assert run.addresses_unavailable == len(addresses) and run.addresses_checked == 0
    assert set(PageAuditStatus.objects.values_list("status", flat=True)) == {
        PageAuditStatus.UNAVAILABLE}
    ElementTree.fromstring(output.read_bytes())  # the JUnit report still parses


@pytest.mark.parametrize(("arguments", "said"), [
    (("--locale", "xx"), "no language 'xx'"),
    (("--page", "999999"), "no page with id 999999"),
    (("--changed-since", "30/11/2026"), "YYYY-MM-DD"),
    (("--workers", "0"), "at least 1"),
    (("--base-url", "localhost:8000"), "not a web address"),
])
def test_a_wrong_option_is_explained_without_a_traceback_or_a_run(small_site, arguments, said):
    with pytest.raises(CommandError, match=said):
        call_command("accessibility_audit", *arguments)
    assert not AuditRun.objects.exists()
