"""What an auditor reads from the stored runs (issue 12, points 3 and 5): the
problems new and fixed since the previous full run, dismissals that count
the moment they are made (and stop counting when revoked), the groups by
WCAG criterion and by page, and the trend, at a fixed number of queries."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from accessibility.findings import Finding
from accessibility.models import AuditedAddress, AuditFinding, AuditRun, FindingDismissal
from accessibility.results import summary as results
from accessibility.results.comparison import compare
from tests.factories import make_page, make_site, translate

pytestmark = pytest.mark.django_db

NOW = timezone.now().replace(microsecond=0)


def make_run(days_ago=0, status=AuditRun.FINISHED, **fields):
    started = NOW - datetime.timedelta(days=days_ago)
    return AuditRun.objects.create(started_at=started, status=status,
                                   finished_at=started + datetime.timedelta(minutes=3),
                                   axe_version="4.10.2", **fields)


def add_finding(run, page=None, rule="image-alt", location="main img", snippet="<img src=a>",
                impact="serious", wcag="1.1.1", source=AuditFinding.AXE, **fields):
    """A finding stored as the audit stores it: its fingerprint from the pure
    ``Finding``, its page's language and an address."""
    fingerprint = Finding(rule=rule, impact=impact, location=location,
                          snippet=snippet).fingerprint
    fields.setdefault("locale", page.locale.language_code if page else "")
    fields.setdefault("url", f"/{fields['locale']}/{page.slug}/" if page else "")
    fields.setdefault("en_clause", f"9.{wcag}" if wcag else "")
    return AuditFinding.objects.create(
        run=run, page=page, rule=rule, location=location, snippet=snippet, impact=impact,
        wcag=wcag, source=source, fingerprint=fingerprint, **fields)


def dismiss(finding, page="same", reason=FindingDismissal.FALSE_POSITIVE, **fields):
    return FindingDismissal.objects.create(
        fingerprint=finding.fingerprint, page=finding.page if page == "same" else page,
        rule=finding.rule, wcag=finding.wcag, location=finding.location, reason=reason,
        explanation=fields.pop("explanation", "The image is decorative."), **fields)


@pytest.fixture
def site():
    home = make_site()
    return {"home": home, "news": make_page(home, title="Nouvelles"),
            "help": make_page(home, title="Aide sociale")}


def test_comparison_tells_new_fixed_and_kept_findings_by_key():
    result = compare({("a", 1), ("b", 1), ("b", None)}, {("b", 1), ("c", 2), ("b", None)})
    assert result.new == {("c", 2)}
    assert result.fixed == {("a", 1)}
    assert result.kept == {("b", 1), ("b", None)}
    first = compare(None, {("a", 1)})
    assert not first.new and not first.fixed and first.kept == {("a", 1)}


def test_the_latest_full_run_ignores_failed_partial_and_running_runs(site):
    full = make_run(days_ago=3)
    make_run(days_ago=2, page=site["news"])
    make_run(days_ago=2, locale="nl")
    make_run(days_ago=1, status=AuditRun.FAILED, error="no browser")
    make_run(days_ago=0, status=AuditRun.RUNNING)
    assert results.latest_full_run() == full
    older = make_run(days_ago=10)
    assert results.previous_full_run(full) == older
    assert results.previous_full_run(older) is None


def test_new_and_fixed_problems_between_two_full_runs(site):
    before, after = make_run(days_ago=7), make_run()
    add_finding(before, site["news"], rule="image-alt")
    add_finding(before, site["help"], rule="link-name", wcag="2.4.4", location="main a")
    add_finding(after, site["news"], rule="image-alt")
    new = add_finding(after, site["help"], rule="heading-order", wcag="", impact="moderate")

    summary = results.run_summary(after)

    assert summary.previous == before
    assert [finding.pk for finding in summary.new] == [new.pk]
    assert [finding.rule for finding in summary.fixed] == ["link-name"]
    assert {finding.rule: finding.is_new for finding in summary.findings} == {
        "image-alt": False, "heading-order": True}
    # the same problem on another page is another problem
    add_finding(after, site["help"], rule="image-alt")
    assert [finding.rule for finding in results.run_summary(after).new] == [
        "heading-order", "image-alt"]


def test_a_first_run_has_nothing_new_and_nothing_fixed(site):
    run = make_run()
    add_finding(run, site["news"])
    summary = results.run_summary(run)
    assert summary.previous is None and summary.new == [] and summary.fixed == []
    assert summary.totals == {"minor": 0, "moderate": 0, "serious": 1, "critical": 0}


def test_a_page_run_is_compared_with_the_previous_run_of_that_page_only(site):
    full = make_run(days_ago=5)
    add_finding(full, site["help"], rule="link-name", wcag="2.4.4")
    earlier_page_run = make_run(days_ago=4, page=site["news"])
    add_finding(earlier_page_run, site["news"], rule="image-alt")
    page_run = make_run(days_ago=1, page=site["news"])

    summary = results.run_summary(page_run)

    assert summary.previous == earlier_page_run
    assert [finding.rule for finding in summary.fixed] == ["image-alt"]


def test_a_dismissal_made_after_the_run_leaves_the_totals_at_once_until_revoked(site):
    run = make_run()
    kept = add_finding(run, site["news"], impact="critical")
    other = add_finding(run, site["help"], rule="link-name", wcag="2.4.4", impact="serious")
    assert results.run_summary(run).totals["critical"] == 1

    dismissal = dismiss(kept, reason=FindingDismissal.DISPROPORTIONATE_BURDEN,
                        explanation="A scanned archive from 1998.")
    summary = results.run_summary(run)
    assert summary.totals == {"minor": 0, "moderate": 0, "serious": 1, "critical": 0}
    assert [finding.pk for finding in summary.dismissed] == [kept.pk]
    assert [finding.pk for finding in summary.active] == [other.pk]
    assert summary.dismissed[0].dismissal == dismissal

    dismissal.revoked_at = timezone.now()
    dismissal.save()
    summary = results.run_summary(run)
    assert summary.totals["critical"] == 1 and summary.dismissed == []


def test_a_dismissal_for_every_page_covers_the_shared_templates_and_each_page(site):
    run = make_run()
    shared = add_finding(run, None, rule="region", wcag="", shared=True, occurrences=12,
                         location="footer")
    on_news = add_finding(run, site["news"], rule="color-contrast", wcag="1.4.3")
    on_help = add_finding(run, site["help"], rule="color-contrast", wcag="1.4.3")
    dismiss(shared, page=None)
    dismiss(on_news, page=site["home"])  # a dismissal of another page does not count
    summary = results.run_summary(run)
    assert [finding.pk for finding in summary.dismissed] == [shared.pk]
    dismiss(on_news, page=None)
    summary = results.run_summary(run)
    assert {finding.pk for finding in summary.dismissed} == {shared.pk, on_news.pk, on_help.pk}
    assert summary.total == 0


def test_findings_grouped_by_criterion_with_titles_in_the_auditors_language(site):
    run = make_run()
    add_finding(run, site["news"], rule="link-text-generic", wcag="2.4.4",
                source=AuditFinding.CONTENT, location="body[2] > paragraph")
    add_finding(run, site["news"], rule="image-alt", wcag="1.1.1")
    add_finding(run, site["help"], rule="region", wcag="", location="body > div")
    with translation.override("nl"):
        groups = results.run_summary(run).by_criterion
    assert [(code, title, level, len(rows)) for code, title, level, rows in groups] == [
        ("1.1.1", "Niet-tekstuele content", "A", 1),
        ("2.4.4", "Linkdoel (in context)", "A", 1),
        ("other", groups[2][1], "", 1),
    ]
    assert groups[2][1]  # "best practice", named


def test_findings_grouped_by_page_with_the_most_problems_first(site):
    run = make_run()
    dutch = translate(site["news"], "nl", title="Nieuws")
    add_finding(run, site["news"], rule="image-alt")
    for rule in ("link-name", "list", "label"):
        add_finding(run, dutch, rule=rule, wcag="4.1.2")
    dismissed = add_finding(run, site["help"], rule="a")
    add_finding(run, site["help"], rule="b")
    dismiss(dismissed)
    shared = add_finding(run, None, rule="region", wcag="", shared=True)

    groups = results.run_summary(run).by_page

    assert [(page.title if page else None, locale, len(rows)) for page, locale, rows in groups] \
        == [("Nieuws", "nl", 3), (None, "", 1), ("Aide sociale", "fr", 2), ("Nouvelles", "fr", 1)]
    assert groups[1][2] == [shared]


def test_unavailable_addresses_are_listed(site):
    run = make_run()
    AuditedAddress.objects.create(run=run, url="/fr/nouvelles/", page=site["news"], locale="fr")
    broken = AuditedAddress.objects.create(run=run, url="/fr/aide/", page=site["help"],
                                           locale="fr", loaded=False, reason="Timed out")
    summary = results.run_summary(run)
    assert summary.unavailable == [broken] and len(summary.addresses) == 2


def queries_for_summary(run):
    with CaptureQueriesContext(connection) as captured:
        summary = results.run_summary(run)
        for page, _locale, rows in summary.by_page:
            [page and page.title for _row in rows]
        [finding.page and finding.page.title for finding in summary.findings + summary.fixed]
    return len(captured.captured_queries)


def test_a_summary_costs_the_same_queries_for_3_or_60_findings(site):
    pages = [site["news"], site["help"], site["home"]]
    small_before, small = make_run(days_ago=30), make_run(days_ago=29)
    for page in pages:
        add_finding(small_before, page, rule="gone")
        add_finding(small, page)
    big_before, big = make_run(days_ago=2), make_run(days_ago=1)
    more_pages = pages + [make_page(site["home"], title=f"Page {n}") for n in range(17)]
    for page in more_pages:
        add_finding(big_before, page, rule="gone")
        for rule in ("image-alt", "link-name", "list"):
            finding = add_finding(big, page, rule=rule)
        AuditedAddress.objects.create(run=big, url=f"/{page.slug}/", page=page, locale="fr")
        dismiss(finding)
    assert queries_for_summary(big) == queries_for_summary(small) <= 8


def test_the_trend_counts_active_problems_of_full_runs_oldest_first(site):
    first, second = make_run(days_ago=14), make_run(days_ago=7)
    make_run(days_ago=3, page=site["news"])
    add_finding(first, site["news"], impact="critical")
    add_finding(first, site["help"], impact="minor")
    add_finding(second, site["news"], impact="critical")
    dismiss(add_finding(second, site["help"], impact="minor", rule="other"))

    with CaptureQueriesContext(connection) as captured:
        points = results.trend()
    assert len(captured.captured_queries) == 2
    assert [(run, counts["critical"], counts["minor"]) for run, counts in points] == [
        (first, 1, 1), (second, 1, 0)]
    assert [run for run, _counts in results.trend(limit=1)] == [second]
