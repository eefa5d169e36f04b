"""The two e-mails a request causes: the acknowledgement to the citizen and
the notification to the answering service.

The acknowledgement repeats what the confirmation page says (reference, who
answers and by when, what happens next, how to ask about it, the contact
details), in the language of the form the citizen used. The notification
carries the reference, the service and a link to the admin, never the
citizen's message, address, phone number or documents: e-mail is not a safe
place for social data. Subjects are built from the reference only, which is
made of letters and digits, so nothing a citizen typed reaches a header.
"""

from urllib.parse import urljoin

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.translation import gettext

from pages.models import SiteSettings

from .email_log import OutgoingEmail

TEMPLATES = "balise_forms/email/"


def organisation_for(page, locale):
    """The organisation's details in the request's language (else French)."""
    site = page.get_site()
    site_settings = (SiteSettings.objects.filter(site=site).select_related("organisation").first()
                     if site is not None else None)
    source = site_settings.organisation if site_settings is not None else None
    if source is None or source.locale_id == locale.pk:
        return source
    return source.get_translation_or_none(locale) or source


def admin_url(submission):
    """Where staff read the request: its page in the front office's inbox
    (which checks that the reader may see it)."""
    path = reverse("balise_inbox:detail", args=[submission.pk])
    return urljoin(getattr(settings, "WAGTAILADMIN_BASE_URL", ""), path)


def status_url(page):
    """The public status lookup page in the active language, or "" when the
    site does not include ``forms.urls``."""
    site = page.get_site()
    try:
        path = reverse("balise_forms:status_lookup")
    except NoReverseMatch:
        return ""
    return urljoin(site.root_url, path) if site is not None else ""


def recipients(submission):
    """(kind, address) of each message this request needs."""
    page = submission.page.specific
    wanted = []
    if submission.email:
        wanted.append((OutgoingEmail.ACKNOWLEDGEMENT, submission.email))
    if getattr(page, "notify_address", ""):
        wanted.append((OutgoingEmail.NOTIFICATION, page.notify_address))
    return wanted


def build_message(outgoing):
    """The EmailMessage for one logged message the site writes (an
    acknowledgement or a notification), in the right language. Messages
    staff wrote are kept as sent: ``kept_messages.message_for``."""
    submission = outgoing.submission
    page = submission.page.specific
    if outgoing.kind == OutgoingEmail.ACKNOWLEDGEMENT:
        language, template = submission.locale.language_code, "acknowledgement"
    else:
        language, template = settings.LANGUAGE_CODE, "notification"
    with translation.override(language):
        context = {
            "submission": submission,
            "reference": submission.reference,
            "page": page,
            "service": submission.service or page.service_name(),
            "organisation": organisation_for(page, submission.locale),
            "admin_url": admin_url(submission),
            "status_url": status_url(page),
            "request_language": translation.get_language_info(
                submission.locale.language_code)["name_translated"],
        }
        if outgoing.kind == OutgoingEmail.ACKNOWLEDGEMENT:
            subject = gettext("Your request %(reference)s") % {"reference": submission.reference}
        else:
            subject = gettext("New request %(reference)s") % {"reference": submission.reference}
        body = render_to_string(f"{TEMPLATES}{template}.txt", context)
    reply_to = []
    organisation = context["organisation"]
    if outgoing.kind == OutgoingEmail.ACKNOWLEDGEMENT and organisation and organisation.email:
        reply_to = [organisation.email]
    return EmailMessage(subject=subject, body=body, to=[outgoing.to], reply_to=reply_to,
                        headers={"Auto-Submitted": "auto-generated"})
