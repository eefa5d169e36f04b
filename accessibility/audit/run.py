"""One audit run, from the pages to the stored results: the addresses to
open (``targets``), the browsers (``pool``) on the site served here
(``serving``) or elsewhere, axe's findings (``axe_findings``) grouped when
the shared templates repeat them (``grouping``), the content rules on the
stored content and the checks of the PDFs the pages link. Everything is
stored in one transaction at the end, so a report never reads half a run;
a run that crashes is stored as failed with its error, never left running.
"""

import logging
import time
from pathlib import Path

from django.db import transaction
from django.utils import timezone
from wagtail.documents import get_document_model

from .. import conf
from ..content_rules.pages import check_page, check_pages
from ..documents.usage import check_document, pages_by_document
from ..models.runs import (
    AuditedAddress,
    AuditFinding,
    AuditRun,
    FindingDismissal,
    PageAuditStatus,
)
from ..runners.base import PageUnavailable
from . import axe_findings, grouping
from .pool import Pool
from .serving import ServedSite
from .targets import Target, live_pages, targets_for

logger = logging.getLogger(__name__)

# what makes a run fail CI: an active finding this serious, or a content error
BLOCKING_IMPACTS = ("serious", "critical")


def run_audit(*, locale=None, page=None, changed_since=None, workers=1, base_url=None,
              trigger=AuditRun.COMMAND, user=None, timeout=30, progress=None,
              include_states=True, include_submissions=False):
    """Audit the live pages (all, one ``locale``, one ``page`` or those
    published since ``changed_since``) and return the stored ``AuditRun``."""
    page_id = getattr(page, "pk", page)
    run = AuditRun.objects.create(
        trigger=trigger, started_by=user, locale=locale or "", page_id=page_id,
        changed_since=changed_since, base_url=base_url or "", workers=workers)
    try:
        _audit(run, locale=locale, page_id=page_id, changed_since=changed_since,
               workers=workers, base_url=base_url, timeout=timeout, progress=progress,
               include_states=include_states, include_submissions=include_submissions)
    except Exception as error:  # noqa: BLE001 (stored with the run, then said by the caller)
        logger.exception("The accessibility audit run %s failed", run.pk)
        run.status = AuditRun.FAILED
        run.error = f"{type(error).__name__}: {error}"
        run.finished_at = timezone.now()
        run.save(update_fields=["status", "error", "finished_at"])
    return run


def _audit(run, *, locale, page_id, changed_since, workers, base_url, timeout, progress,
           include_states, include_submissions):
    pages = live_pages(locale=locale, page=page_id, changed_since=changed_since)
    targets = targets_for(pages, include_states=include_states,
                          include_search=page_id is None and changed_since is None,
                          include_submissions=include_submissions)
    to_open = [target for target in targets if not target.unavailable]
    outcomes = []
    site_url = base_url or ""
    if to_open:
        if base_url:
            pool = Pool(to_open, base_url, workers=workers, timeout=timeout, progress=progress)
            outcomes = pool.run()
        else:
            with ServedSite() as site_url:
                pool = Pool(to_open, site_url, workers=workers, timeout=timeout,
                            progress=progress)
                outcomes = pool.run()
        run.browser_start_seconds = pool.start_seconds
    found = axe_found(outcomes)
    content = content_found(pages, full=run.is_full)
    documents = document_found(pages)
    store(run, pages, targets, outcomes, found, content + documents, site_url)


def axe_found(outcomes):
    """axe's findings of every address, grouped (``grouping``), with the
    rule's help page: [(Grouped, help_url)]."""
    seen, urls = [], {}
    for outcome in outcomes:
        if not outcome.loaded:
            continue
        target = outcome.target
        urls.update(axe_findings.help_urls(outcome.result))
        for finding in axe_findings.findings_of(
                outcome.result, page_id=target.page_id, locale=target.locale,
                revision_id=target.revision_id):
            seen.append(grouping.Seen(finding, outcome.url, target.state))
    return [(item, urls.get(item.finding.rule, "")) for item in grouping.group(seen)]


def content_found(pages, full):
    """The content rules on the pages; the site-level rule (titles used
    twice) only when every page is there to compare."""
    if full:
        return [(AuditFinding.CONTENT, finding) for finding in check_pages(pages)]
    return [(AuditFinding.CONTENT, finding) for page in pages for finding in check_page(page)]


def document_found(pages):
    """The PDF checks, each finding on every audited page that links the document."""
    audited = {page.pk for page in pages}
    found = []
    documents = {}
    for document_id, linking in pages_by_document().items():
        linking = [page for page in linking if page.pk in audited]
        if linking:
            documents[document_id] = linking
    if not documents:
        return found
    for document in get_document_model().objects.filter(pk__in=documents).order_by("pk"):
        findings = check_document(document)
        for page in documents[document.pk]:
            for finding in findings:
                found.append((AuditFinding.DOCUMENT, finding.on_page(
                    page.pk, page.locale.language_code.split("-")[0], page.live_revision_id)))
    return found


def _row(run, finding, *, source, url="", state=AuditedAddress.PAGE, shared=False,
         occurrences=1, message="", help_url=""):
    return AuditFinding(
        run=run, source=source, rule=finding.rule[:80], impact=finding.impact,
        wcag=finding.wcag, en_clause=finding.en_clause, anysurfer=finding.anysurfer,
        message=message, help_url=help_url[:300], location=finding.location,
        snippet=finding.snippet, fingerprint=finding.fingerprint, page_id=finding.page_id,
        locale=finding.locale, revision_id=finding.revision_id, url=url[:500], state=state,
        shared=shared, occurrences=occurrences)


def _address(run, target, outcome=None, base_url=""):
    return AuditedAddress(
        run=run, url=(outcome.url if outcome else target.address(base_url))[:500],
        state=target.state, page_id=target.page_id, locale=target.locale,
        revision_id=target.revision_id,
        loaded=bool(outcome and outcome.loaded),
        reason=(outcome.reason if outcome else target.unavailable)[:255],
        seconds=outcome.seconds if outcome else 0)


def mark_dismissed(rows):
    """``dismissed`` from the active dismissals (``FindingDismissal.objects
    .matching``'s rule: same fingerprint, on the same page or on every
    page), read in one query for the whole run."""
    fingerprints = {row.fingerprint for row in rows}
    active = set(FindingDismissal.objects.active().filter(fingerprint__in=fingerprints)
                 .values_list("fingerprint", "page_id"))
    for row in rows:
        row.dismissed = ((row.fingerprint, None) in active
                         or (row.fingerprint, row.page_id) in active)
    return rows


def update_statuses(run, pages, addresses, rows, when):
    """Each audited page's status: could not be checked (its own address
    did not load), problems (active findings on it) or passed."""
    unavailable = {address.page_id for address in addresses
                   if address.state == AuditedAddress.PAGE and not address.loaded}
    counts = {}
    for row in rows:
        if row.page_id is not None and not row.dismissed:
            counts[row.page_id] = counts.get(row.page_id, 0) + 1
    for page in pages:
        if page.pk in unavailable:
            status = PageAuditStatus.UNAVAILABLE
        elif counts.get(page.pk):
            status = PageAuditStatus.PROBLEMS
        else:
            status = PageAuditStatus.PASSED
        PageAuditStatus.objects.update_or_create(page_id=page.pk, defaults={
            "status": status, "run": run, "revision_id": page.live_revision_id,
            "findings": counts.get(page.pk, 0), "checked_at": when})


def store(run, pages, targets, outcomes, axe, others, base_url=""):
    by_target = {id(outcome.target): outcome for outcome in outcomes}
    addresses = []
    for target in targets:
        outcome = by_target.get(id(target))
        if target.unavailable or outcome is not None:
            addresses.append(_address(run, target, outcome, base_url))
    page_urls = {address.page_id: address.url for address in addresses
                 if address.state == AuditedAddress.PAGE}
    rows = [_row(run, item.finding, source=AuditFinding.AXE, url=item.url, state=item.state,
                 shared=item.shared, occurrences=item.occurrences,
                 message=str(item.finding.hint), help_url=help_url)
            for item, help_url in axe]
    rows += [_row(run, finding, source=source, url=page_urls.get(finding.page_id, ""))
             for source, finding in others]
    mark_dismissed(rows)
    versions = [axe_findings.engine_version(outcome.result) for outcome in outcomes
                if outcome.loaded]
    now = timezone.now()
    with transaction.atomic():
        AuditedAddress.objects.bulk_create(addresses)
        AuditFinding.objects.bulk_create(rows)
        update_statuses(run, pages, addresses, rows, now)
        run.axe_version = next((version for version in versions if version), "")
        run.addresses_checked = sum(1 for address in addresses if address.loaded)
        run.addresses_unavailable = sum(1 for address in addresses if not address.loaded)
        run.status = AuditRun.FINISHED
        run.finished_at = now
        run.save()


def audit_report_file(run, path, *, timeout=30):
    """Open the HTML report written to ``path`` in a browser and add axe's
    findings on it to ``run`` (state "report", no page): the report an
    auditor hands over is itself checked. Returns the findings added."""
    url = Path(path).resolve().as_uri()
    target = Target(url, AuditedAddress.REPORT)
    started = time.monotonic()
    runner = conf.get_runner(timeout=timeout)
    try:
        with runner:
            result = runner.check(url)
    except PageUnavailable as unavailable:
        AuditedAddress.objects.create(run=run, url=url[:500], state=target.state, loaded=False,
                                      reason=unavailable.reason[:255])
        return []
    seconds = time.monotonic() - started
    findings = axe_findings.findings_of(result)
    urls = axe_findings.help_urls(result)
    rows = mark_dismissed([_row(run, finding, source=AuditFinding.AXE, url=url,
                                state=target.state, message=str(finding.hint),
                                help_url=urls.get(finding.rule, ""))
                           for finding in findings])
    with transaction.atomic():
        AuditedAddress.objects.create(run=run, url=url[:500], state=target.state,
                                      seconds=seconds)
        AuditFinding.objects.bulk_create(rows)
        AuditRun.objects.filter(pk=run.pk).update(
            addresses_checked=run.addresses_checked + 1)
    run.addresses_checked += 1
    return rows


def blocking_findings(run):
    """The active (not dismissed) findings that fail CI: those of serious or
    critical impact, whoever found them (a content rule's "error" is one of
    these impacts; its minor and moderate findings are advice)."""
    return list(run.findings.filter(dismissed=False, impact__in=BLOCKING_IMPACTS))
