"""Building the e-mail for any logged message when the background task
sends it (``tasks.send_email``): a reply or a forwarding notice exactly as
staff wrote it and it was kept (``front_office_emails``), the others
rebuilt from the request (``notifications``)."""

from django.core.mail import EmailMessage

from .email_log import OutgoingEmail
from .notifications import build_message, organisation_for

# Where the survey link goes in a kept reply; replaced by a new link when sent
SURVEY_PLACEHOLDER = "[survey link]"


def one_line(text):
    """A subject is one header line: a CR, LF or other line break typed or
    pasted into it becomes a space, so nothing can add a header."""
    return " ".join(str(text).split())


def message_for(outgoing):
    """The EmailMessage for any logged message: a reply or a forwarding
    notice as kept on its row, the others rebuilt from the request."""
    if outgoing.kind in (OutgoingEmail.REPLY, OutgoingEmail.FORWARD_NOTICE):
        return stored_message(outgoing)
    return build_message(outgoing)


def stored_message(outgoing):
    """The EmailMessage for a reply or a forwarding notice: what was kept.
    Answers to it go to the service's shared mailbox, else the organisation's."""
    submission = outgoing.submission
    reply_to = []
    service = submission.assigned_to
    if service is not None and service.email:
        reply_to = [service.email]
    else:
        organisation = organisation_for(submission.page.specific, submission.locale)
        if organisation is not None and organisation.email:
            reply_to = [organisation.email]
    body = outgoing.body
    if outgoing.kind == OutgoingEmail.REPLY and SURVEY_PLACEHOLDER in body:
        from .survey import survey_url

        body = body.replace(SURVEY_PLACEHOLDER, survey_url(submission))
    headers = {}
    if outgoing.kind == OutgoingEmail.FORWARD_NOTICE:
        headers["Auto-Submitted"] = "auto-generated"
    return EmailMessage(subject=one_line(outgoing.subject), body=body, to=[outgoing.to],
                        reply_to=reply_to, headers=headers)
