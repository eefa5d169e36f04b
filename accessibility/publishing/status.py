"""What the page explorer and the Checks panel say about a page's latest
audit, read from ``PageAuditStatus`` (one row per page, kept by every run
and by the audit on publish): one query for a whole listing."""

from django.urls import NoReverseMatch, reverse
from django.utils.translation import npgettext, pgettext_lazy

from ..models.runs import PageAuditStatus

NOT_CHECKED = pgettext_lazy("accessibility status", "Not checked yet")
LABELS = {
    PageAuditStatus.PENDING: pgettext_lazy("accessibility status", "Being checked"),
    PageAuditStatus.PASSED: pgettext_lazy("accessibility status", "No problem found"),
    PageAuditStatus.UNAVAILABLE: pgettext_lazy("accessibility status", "Could not be checked"),
}
REPORT_PERMISSION = "balise_a11y.view_auditrun"
REPORT_NAMESPACE = "balise_a11y_report"


def statuses_for(pages):
    """{page id: PageAuditStatus} for ``pages``, in one query."""
    ids = [page.pk for page in pages if page.pk]
    if not ids:
        return {}
    return {status.page_id: status
            for status in PageAuditStatus.objects.filter(page_id__in=ids)}


def label(status):
    """"Being checked", "No problem found", "3 problems", "Could not be
    checked", or "Not checked yet" when no audit has seen the page."""
    if status is None:
        return NOT_CHECKED
    if status.status == PageAuditStatus.PROBLEMS:
        return npgettext("accessibility status", "%(count)s problem", "%(count)s problems",
                         status.findings) % {"count": status.findings}
    return LABELS.get(status.status, NOT_CHECKED)


def tone(status):
    """A word for the styles: the explorer marks problems apart."""
    if status is None:
        return "none"
    return status.status


def report_url(status, user):
    """Where an auditor reads the findings behind the status: the page's
    findings in its latest run, or that run when it found nothing. None for
    a user who may not read the report, or before any run."""
    if status is None or status.run_id is None or not user.has_perm(REPORT_PERMISSION):
        return None
    try:
        if status.status == PageAuditStatus.PROBLEMS:
            return reverse(f"{REPORT_NAMESPACE}:page_findings",
                           args=[status.run_id, str(status.page_id)])
        return reverse(f"{REPORT_NAMESPACE}:run", args=[status.run_id])
    except NoReverseMatch:  # the report's screens are not installed
        return None
