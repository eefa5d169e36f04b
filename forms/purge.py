"""Requests are kept for their form's retention period, counted from the day
they are closed, and then deleted with everything kept about them.

A request's time starts when it is closed (``closed_at``), never when it was
sent: an open request is never deleted, however old. A request closed on
day D with a retention of N days goes on the first run after D + N days
(``closed_at + N days`` before today). The period is that of the request's
form page (its translations share it).

``purge()`` deletes the requests with their documents (the files follow once
each batch is committed, ``forms.signals``), the e-mails kept about them
and their history. Each deleted request leaves one line in Wagtail's audit
log (``audit.PURGE``, by no user, labelled with its reference): nothing else
of it is kept. Run it daily: ``manage.py purge_expired_submissions`` from
cron, or ``purge_expired_task`` on the django-tasks worker.
"""

import datetime
from dataclasses import asdict, dataclass

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from pages.background.retrying import retried_task

from . import audit
from .email_log import OutgoingEmail
from .history import RequestEvent
from .models import ContactDocument, ContactFormPage, ContactSubmission

BATCH_SIZE = 500


@dataclass
class PurgeCounts:
    requests: int = 0
    documents: int = 0
    emails: int = 0
    events: int = 0

    def summary(self, dry_run=False):
        verb = "Would delete" if dry_run else "Deleted"
        return (f"{verb} {self.requests} requests, {self.documents} documents, "
                f"{self.emails} e-mails, {self.events} history entries")


def start_of(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def expired_requests(today=None):
    """The requests past their form's retention on ``today``: one condition
    per retention period in use (a handful), one query."""
    today = today or timezone.localdate()
    periods = {}
    for page_id, days in ContactFormPage.objects.values_list("pk", "retention_days"):
        periods.setdefault(days, []).append(page_id)
    if not periods:
        return ContactSubmission.objects.none()
    condition = Q()
    for days, page_ids in periods.items():
        condition |= Q(page_id__in=page_ids,
                       closed_at__lt=start_of(today - datetime.timedelta(days=days)))
    return ContactSubmission.objects.filter(closed_at__isnull=False).filter(condition)


def count(submission_ids):
    return PurgeCounts(
        requests=len(submission_ids),
        documents=ContactDocument.objects.filter(submission_id__in=submission_ids).count(),
        emails=OutgoingEmail.objects.filter(submission_id__in=submission_ids).count(),
        events=RequestEvent.objects.filter(submission_id__in=submission_ids).count(),
    )


def purge(dry_run=False, today=None, batch_size=BATCH_SIZE):
    """Delete (or, ``dry_run``, only count) the expired requests; returns the counts."""
    ids = list(expired_requests(today).order_by("pk").values_list("pk", flat=True))
    total = PurgeCounts()
    for start in range(0, len(ids), batch_size):
        batch = ids[start:start + batch_size]
        with transaction.atomic():
            counts = count(batch)
            if not dry_run:
                selection = ContactSubmission.objects.filter(pk__in=batch)
                audit.log_requests(None, selection, audit.PURGE, deleted=True)
                selection.delete()
        for name, value in asdict(counts).items():
            setattr(total, name, getattr(total, name) + value)
    return total


@retried_task()  # deleting twice is harmless: tried again later
def purge_expired_task(dry_run=False):
    """The daily purge on the worker; returns the counts (never a reference)."""
    return asdict(purge(dry_run=dry_run))
