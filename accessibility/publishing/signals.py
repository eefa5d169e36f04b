"""Publishing a page queues its audit (axe on the live page and the content
rules), so the editor sees the result in the page explorer a moment later.

The page's status turns "being checked" at once, in the publishing
transaction; the task is queued only once that transaction has committed
(the worker must find the published revision), and a queue that cannot take
it is logged, never an error for the editor who published.
"""

import threading
from contextlib import contextmanager

from django.db import transaction
from wagtail.signals import page_published

from ..conf import app_settings
from ..models.runs import PageAuditStatus

DISPATCH_UID = "balise_a11y_audit_on_publish"
_state = threading.local()


@contextmanager
def audits_paused():
    """Publish many pages at once (seeding a site, an import) without one
    audit per page: the next full audit covers them."""
    before = getattr(_state, "paused", False)
    _state.paused = True
    try:
        yield
    finally:
        _state.paused = before


def mark_pending(page, revision=None):
    """The page's status becomes "being checked"; its last result (run,
    number of problems) stays until the new one replaces it."""
    PageAuditStatus.objects.update_or_create(page_id=page.pk, defaults={
        "status": PageAuditStatus.PENDING,
        "revision_id": getattr(revision, "pk", None) or page.live_revision_id,
    })


def enqueue_audit(page_id):
    # imported here: the task module pulls in the audit engine and its runners
    from ..tasks import audit_page

    audit_page.enqueue(page_id)


def queue_audit_of(page_id):
    """What runs once the publication is committed (a named function: Django
    logs a failing one by its name)."""
    def queue_audit():
        enqueue_audit(page_id)

    queue_audit.page_id = page_id
    return queue_audit


def audit_on_publish(sender, instance, revision=None, **kwargs):
    if not app_settings.AUDIT_ON_PUBLISH or getattr(_state, "paused", False) \
            or instance.pk is None:
        return
    mark_pending(instance, revision)
    transaction.on_commit(queue_audit_of(instance.pk), robust=True)


def connect():
    page_published.connect(audit_on_publish, dispatch_uid=DISPATCH_UID)
