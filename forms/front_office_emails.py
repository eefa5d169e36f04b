"""The e-mails staff send from the inbox: a reply to the citizen, and the
notice that a request was passed to another service.

Both are written once, in the request's language, when staff act, and kept
on their ``OutgoingEmail`` row (subject and text): the row is the copy in
the request's history, and the background task (``tasks.send_email``) sends
exactly what was kept, however often it runs. The address is always the one
the request holds, never one typed in the inbox; the subject is one line, so
nothing typed can add a header.
"""

from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext

from .email_log import OutgoingEmail
from .kept_messages import SURVEY_PLACEHOLDER, one_line
from .notifications import TEMPLATES, organisation_for, status_url
from .tasks import enqueue

SUBJECT_LENGTH = OutgoingEmail._meta.get_field("subject").max_length



def reply_subject(submission):
    """The subject a reply starts with: the reference, in the request's language."""
    with translation.override(submission.locale.language_code):
        return gettext("Your request %(reference)s") % {"reference": submission.reference}


def _context(submission, **extra):
    page = submission.page.specific
    return {"submission": submission, "reference": submission.reference, "page": page,
            "organisation": organisation_for(page, submission.locale),
            "status_url": status_url(page), **extra}


def _store(submission, kind, subject, body):
    """Log the message with its text and send it once the action is committed."""
    outgoing = OutgoingEmail.objects.create(
        submission=submission, kind=kind, to=submission.email,
        subject=one_line(subject)[:SUBJECT_LENGTH], body=body)
    transaction.on_commit(lambda: enqueue(outgoing.pk), robust=True)
    return outgoing


def queue_reply(submission, subject, text, survey=False):
    """The staff member's text with the reference and how to reach us below;
    with ``survey``, the one-question survey's link (``forms.survey``), put
    in only when the message is sent: the kept copy holds a placeholder, so
    nothing stored with the request matches the anonymous answer."""
    with translation.override(submission.locale.language_code):
        body = render_to_string(f"{TEMPLATES}reply.txt", _context(
            submission, text=text, survey_placeholder=SURVEY_PLACEHOLDER if survey else ""))
    return _store(submission, OutgoingEmail.REPLY, subject, body)


def queue_forward_notice(submission, service):
    """"Your request was passed to <service>; the answer is due by <date>"."""
    with translation.override(submission.locale.language_code):
        name = service.name_in(submission.locale)
        subject = gettext("Your request %(reference)s was passed to %(service)s") % {
            "reference": submission.reference, "service": name}
        body = render_to_string(f"{TEMPLATES}forwarded.txt",
                                _context(submission, service=name))
    return _store(submission, OutgoingEmail.FORWARD_NOTICE, subject, body)
