"""Sending the e-mails of a request in the background, so that a slow or
down mail server never blocks or loses a submission.

Once the request is committed, ``queue_emails`` logs one ``OutgoingEmail``
per message and enqueues ``send_email`` for each. The task claims its row
before sending (queued or failed → sending), so two workers, or a retry
queued twice, never send a message twice; a row marked sent is never sent
again. A failure is logged with a short reason and, with a queue that can
wait (``django-tasks-db``), tried again later, up to ``MAX_ATTEMPTS`` times.
``manage.py send_pending_emails`` queues again what is still waiting or
failed (run it from cron, or after the mail server is back).
"""

import datetime
from functools import partial

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django_tasks import task

from pages.background.recovery import when_abandoned
from pages.background.retrying import delay_after

from .email_log import OutgoingEmail
from .kept_messages import message_for
from .notifications import recipients

MAX_ATTEMPTS = 5
# Wait before trying again after attempt n: pages.background.retrying.delay_after
# (1 min, 5 min, 30 min, 2 h)
# A message left "sending" longer than this was lost with its worker
STALE_SENDING = datetime.timedelta(minutes=15)


def queue_after_commit(submission):
    """Ask for the request's e-mails once it is committed. ``robust``: a
    queue that fails must not turn a stored request into an error page."""
    transaction.on_commit(partial(queue_emails, submission.pk, submission), robust=True)


def queue_emails(submission_id, submission=None):
    """Log and enqueue the messages of one request (once: the log is unique
    per request and kind). ``submission``: the request as just saved, with
    its page, so that a submission does not read both again."""
    if submission is None:
        submissions = OutgoingEmail._meta.get_field("submission").related_model.objects
        submission = submissions.filter(pk=submission_id).first()
    if submission is None:
        return []
    queued = []
    for kind, address in recipients(submission):
        try:
            with transaction.atomic():
                outgoing = OutgoingEmail.objects.create(submission=submission, kind=kind,
                                                        to=address)
        except IntegrityError:
            continue  # already logged
        queued.append(outgoing.pk)
    for pk in queued:
        enqueue(pk)
    return queued


def enqueue(outgoing_id, delay=None):
    chosen = send_email
    if delay is not None and send_email.get_backend().supports_defer:
        chosen = send_email.using(run_after=timezone.now() + datetime.timedelta(seconds=delay))
    elif delay is not None:
        return None  # no queue that can wait: send_pending_emails tries again
    return chosen.enqueue(outgoing_id)


def _claim(outgoing_id):
    """Mark the message as being sent, unless it is sent or being sent."""
    return OutgoingEmail.objects.filter(
        pk=outgoing_id, status__in=[OutgoingEmail.QUEUED, OutgoingEmail.FAILED],
    ).update(status=OutgoingEmail.SENDING, attempts=F("attempts") + 1,
             last_attempt_at=timezone.now()) == 1


def short_error(error):
    """The exception's class and the start of its text: enough to see that
    the server refused or was down, never a message body."""
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}"[:200]


@task()
def send_email(outgoing_id):
    """Send one logged message, if it is not sent yet. Returns its status."""
    if not _claim(outgoing_id):
        row = OutgoingEmail.objects.filter(pk=outgoing_id).values_list("status", flat=True)
        return row.first()
    outgoing = OutgoingEmail.objects.select_related("submission__page",
                                                    "submission__locale").get(pk=outgoing_id)
    try:
        message_for(outgoing).send()
    except Exception as error:  # noqa: BLE001 - any failure is logged and retried
        OutgoingEmail.objects.filter(pk=outgoing_id).update(
            status=OutgoingEmail.FAILED, last_error=short_error(error))
        if outgoing.attempts < MAX_ATTEMPTS:
            enqueue(outgoing_id, delay=delay_after(outgoing.attempts))
        return OutgoingEmail.FAILED
    OutgoingEmail.objects.filter(pk=outgoing_id).update(
        status=OutgoingEmail.SENT, sent_at=timezone.now(), last_error="")
    return OutgoingEmail.SENT


@when_abandoned(send_email)
def release_claim(outgoing_id):
    """The worker died while sending (``manage.py recover_abandoned_tasks``):
    the message may be tried again. The server had not accepted it, or the
    row would say "sent", unless the worker died in the instant between."""
    OutgoingEmail.objects.filter(pk=outgoing_id, status=OutgoingEmail.SENDING).update(
        status=OutgoingEmail.FAILED, last_error="WorkerStopped: the worker stopped while sending")


def pending(include_exhausted=False):
    """Messages to try again: waiting, failed (below ``MAX_ATTEMPTS`` unless
    ``include_exhausted``), or left "sending" by a worker that stopped."""
    failed = OutgoingEmail.objects.filter(status=OutgoingEmail.FAILED)
    if not include_exhausted:
        failed = failed.filter(attempts__lt=MAX_ATTEMPTS)
    stale = OutgoingEmail.objects.filter(status=OutgoingEmail.SENDING,
                                         last_attempt_at__lt=timezone.now() - STALE_SENDING)
    waiting = OutgoingEmail.objects.filter(status=OutgoingEmail.QUEUED)
    return (failed | stale | waiting).order_by("pk")


def retry_pending(include_exhausted=False, now=False):
    """Enqueue (or, with ``now``, send here) every pending message; returns
    how many were handed on."""
    ids = list(pending(include_exhausted).values_list("pk", flat=True))
    OutgoingEmail.objects.filter(
        pk__in=ids, status=OutgoingEmail.SENDING,
        last_attempt_at__lt=timezone.now() - STALE_SENDING,
    ).update(status=OutgoingEmail.FAILED)
    for pk in ids:
        if now:
            send_email.call(pk)
        else:
            enqueue(pk)
    return len(ids)
