"""A stored run as an auditor reads it: what is wrong now, what changed since
the previous run, by page and by WCAG criterion.

Dismissals are read when the summary is made, not copied from the run: a
finding dismissed after the run leaves the totals at once, and a revoked
dismissal brings it back. A summary costs the same few queries however many
findings the run holds (findings, dismissals, previous run and its findings,
pages, addresses).
"""

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from django.db.models import Count, Exists, OuterRef, Q
from wagtail.models import Page

from ..findings import IMPACTS
from ..models import AuditFinding, AuditRun, FindingDismissal
from . import labels
from .comparison import compare


@dataclass
class RunSummary:
    run: AuditRun
    previous: AuditRun | None
    findings: list  # every finding, each with .is_dismissed, .dismissal and .is_new
    active: list
    dismissed: list
    new: list  # active findings not in the previous run
    fixed: list  # the previous run's findings this run no longer has
    by_page: list  # [(page or None, locale, [findings])], most active findings first
    by_criterion: list  # [(code, title, level, [findings])], in WCAG order, "other" last
    totals: dict  # {impact: number of active findings}
    addresses: list  # every AuditedAddress of the run
    unavailable: list  # the addresses that did not load
    pages: dict = field(default_factory=dict)  # {page id: Page}

    @property
    def total(self):
        return sum(self.totals.values())

    @cached_property
    def page_addresses(self):
        """{page id: the address the run opened for the page itself}."""
        found = {}
        for address in self.addresses:
            if address.page_id and address.state == address.PAGE:
                found.setdefault(address.page_id, address.url)
        return found


def _full_runs():
    return AuditRun.objects.filter(status=AuditRun.FINISHED, locale="", page__isnull=True,
                                   changed_since__isnull=True)


def latest_full_run():
    """The latest finished run over every page of every language."""
    return _full_runs().order_by("-started_at", "-pk").first()


def previous_full_run(run):
    """The full run finished before ``run`` started (none for the first)."""
    earlier = Q(started_at__lt=run.started_at) | Q(started_at=run.started_at, pk__lt=run.pk)
    return _full_runs().filter(earlier).exclude(pk=run.pk).order_by(
        "-started_at", "-pk").first()


def previous_run(run):
    """The run ``run`` is compared with: the previous full run for a full run,
    the previous run of the same page or language for a partial one; none for
    a run over the pages changed since a date (it covers a different set of
    pages each time)."""
    if run.is_full:
        return previous_full_run(run)
    if run.changed_since:
        return None
    earlier = Q(started_at__lt=run.started_at) | Q(started_at=run.started_at, pk__lt=run.pk)
    return AuditRun.objects.filter(
        earlier, status=AuditRun.FINISHED, locale=run.locale, page_id=run.page_id,
        changed_since__isnull=True).exclude(pk=run.pk).order_by("-started_at", "-pk").first()


def active_dismissals(fingerprints):
    """{(fingerprint, page id or None): dismissal} for the active dismissals
    of these fingerprints (one query)."""
    found = {}
    for dismissal in FindingDismissal.objects.active().filter(
            fingerprint__in=set(fingerprints)).order_by("dismissed_at", "pk"):
        found[(dismissal.fingerprint, dismissal.page_id)] = dismissal
    return found


def dismissal_of(finding, dismissals):
    """The dismissal covering ``finding``: one for its page, or for every page."""
    return (dismissals.get((finding.fingerprint, finding.page_id))
            or dismissals.get((finding.fingerprint, None)))


def _attach_pages(findings, addresses):
    """Each finding's and address's page from one query (no query per row)."""
    ids = {row.page_id for row in [*findings, *addresses] if row.page_id}
    pages = Page.objects.filter(pk__in=ids).select_related("locale").in_bulk() if ids else {}
    for row in [*findings, *addresses]:
        if row.page_id in pages:
            row.page = pages[row.page_id]
    return pages


def _by_page(findings, pages):
    """Most active findings first; at a tie the shared templates first (seen
    on every page), then pages by title."""
    groups = defaultdict(list)
    for finding in findings:
        groups[(finding.page_id, finding.locale)].append(finding)

    def order(item):
        (page_id, locale), rows = item
        active = sum(not row.is_dismissed for row in rows)
        page = pages.get(page_id)
        return (-active, page_id is not None, page.title if page else "", locale)

    return [(pages.get(page_id), locale, rows)
            for (page_id, locale), rows in sorted(groups.items(), key=order)]


def _by_criterion(findings):
    groups = defaultdict(list)
    for finding in findings:
        groups[finding.wcag or labels.OTHER].append(finding)
    return [(code, *labels.criterion_label(code), groups[code])
            for code in sorted(groups, key=labels.criterion_sort_key)]


def run_summary(run):
    findings = list(run.findings.all())
    dismissals = active_dismissals(finding.fingerprint for finding in findings)
    previous = previous_run(run)
    previous_findings = list(previous.findings.all()) if previous else []
    comparison = compare({finding.key for finding in previous_findings} if previous else None,
                         {finding.key for finding in findings})
    addresses = list(run.addresses.all())
    pages = _attach_pages([*findings, *previous_findings], addresses)
    for finding in findings:
        finding.dismissal = dismissal_of(finding, dismissals)
        finding.is_dismissed = finding.dismissal is not None
        finding.is_new = finding.key in comparison.new
    for finding in previous_findings:
        finding.dismissal, finding.is_dismissed, finding.is_new = None, False, False
    active = [finding for finding in findings if not finding.is_dismissed]
    totals = dict.fromkeys(IMPACTS, 0)
    for finding in active:
        totals[finding.impact] = totals.get(finding.impact, 0) + 1
    return RunSummary(
        run=run, previous=previous, findings=findings, active=active,
        dismissed=[finding for finding in findings if finding.is_dismissed],
        new=[finding for finding in active if finding.is_new],
        fixed=[finding for finding in previous_findings if finding.key in comparison.fixed],
        by_page=_by_page(findings, pages), by_criterion=_by_criterion(findings),
        totals=totals, addresses=addresses,
        unavailable=[address for address in addresses if not address.loaded], pages=pages)


def trend(limit=20):
    """[(run, {impact: active findings})] for the latest ``limit`` full runs,
    oldest first; dismissals as they stand now (two queries)."""
    runs = list(_full_runs().order_by("-started_at", "-pk")[:limit])
    runs.reverse()
    dismissed = Exists(FindingDismissal.objects.active().filter(
        Q(page__isnull=True) | Q(page=OuterRef("page")), fingerprint=OuterRef("fingerprint")))
    counts = defaultdict(dict)
    rows = (AuditFinding.objects.filter(run__in=runs).annotate(is_dismissed=dismissed)
            .filter(is_dismissed=False).order_by().values("run", "impact")
            .annotate(number=Count("pk")))
    for row in rows:
        counts[row["run"]][row["impact"]] = row["number"]
    return [(run, {impact: counts[run.pk].get(impact, 0) for impact in IMPACTS})
            for run in runs]
