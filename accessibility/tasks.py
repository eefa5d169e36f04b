"""Audits in the background (django-tasks): the admin's "audit now" button
enqueues ``audit_site``, publishing a page enqueues ``audit_page``. With the
immediate backend (tests, a site with no worker) they run at once; with a
queue a worker runs them, so no request waits for a browser."""

from django.contrib.auth import get_user_model

from pages.background.retrying import retried_task

from .audit.run import run_audit
from .models.runs import AuditRun, PageAuditStatus


@retried_task()  # a browser that did not start is tried again later
def audit_site(user_id=None):
    """Every live page of every language, with the states a crawler never sees."""
    user = get_user_model().objects.filter(pk=user_id).first() if user_id else None
    run = run_audit(trigger=AuditRun.ADMIN if user_id else AuditRun.COMMAND, user=user)
    return run.pk


@retried_task()
def audit_page(page_id):
    """The page just published: axe on the page itself and the content rules
    (its form and explorer states wait for the next full run)."""
    run = run_audit(page=page_id, trigger=AuditRun.PUBLISH, workers=1, include_states=False)
    if run.status == AuditRun.FAILED:
        # the explorer must not say "being checked" for ever
        PageAuditStatus.objects.filter(page_id=page_id, status=PageAuditStatus.PENDING).update(
            status=PageAuditStatus.UNAVAILABLE, run=run, checked_at=run.finished_at)
    return run.pk
