"""The daily digest each service's shared mailbox gets: which requests are
due on the next working day and which are overdue now.

Each line is a reference, a due date and a topic, nothing else: no name,
address, phone number or message, since e-mail is not a safe place for
social data; the link opens the inbox filtered on the service, where staff
read the rest after logging in. A service with nothing due and nothing late
gets no e-mail. Run daily by ``manage.py send_service_digests`` (cron) or
the ``forms.digest.send_service_digests`` task (worker).
"""

import logging
from dataclasses import dataclass
from urllib.parse import urljoin

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django_tasks import task

from pages.contact.models import working_calendar

from .models import ContactSubmission, Service

TEMPLATE = "balise_forms/email/digest.txt"
LINE_FIELDS = ("reference", "due_date", "topic")
logger = logging.getLogger(__name__)


@dataclass
class Digest:
    service: Service
    tomorrow: object  # the next working day
    due: list
    overdue: list

    @property
    def is_empty(self):
        return not self.due and not self.overdue


def inbox_url(service):
    path = reverse("balise_inbox:index") + f"?service={service.pk}&overdue=1"
    return urljoin(getattr(settings, "WAGTAILADMIN_BASE_URL", ""), path)


def source_services():
    """The (French) services with a shared mailbox: requests are assigned to
    the source service, and its translations share its mailbox."""
    services = Service.objects.exclude(email="").select_related("locale").order_by("pk")
    return [service for service in services if service.source().pk == service.pk]


def digest_for(service, today=None, calendar=None):
    """What is due on the next working day and what is overdue, for one
    service: only open requests, only the fields a digest line shows."""
    today = today or timezone.localdate()
    calendar = calendar or working_calendar()
    tomorrow = calendar.next_working_day(today)
    requests = ContactSubmission.objects.filter(assigned_to=service)
    due = list(requests.filter(status__in=ContactSubmission.WAITING, due_date__gt=today,
                               due_date__lte=tomorrow)
               .order_by("due_date", "reference").values(*LINE_FIELDS))
    overdue = list(requests.filter(ContactSubmission.late_on(today))
                   .order_by("due_date", "reference").values(*LINE_FIELDS))
    return Digest(service=service, tomorrow=tomorrow, due=due, overdue=overdue)


def build_message(digest):
    """The e-mail, in the site's main language (like the notification)."""
    with translation.override(settings.LANGUAGE_CODE):
        subject = gettext("Requests due tomorrow and overdue: %(due)d and %(overdue)d") % {
            "due": len(digest.due), "overdue": len(digest.overdue)}
        body = render_to_string(TEMPLATE, {
            "service": digest.service, "tomorrow": digest.tomorrow, "due": digest.due,
            "overdue": digest.overdue, "inbox_url": inbox_url(digest.service)})
    return EmailMessage(subject=subject, body=body, to=[digest.service.email],
                        headers={"Auto-Submitted": "auto-generated"})


def send_digests(today=None):
    """Send every service's digest; returns (service, due, overdue, sent) for
    each service with a mailbox. Counts only: never a request's content."""
    today = today or timezone.localdate()
    calendar = working_calendar()
    results = []
    for service in source_services():
        digest = digest_for(service, today, calendar)
        sent = False
        if not digest.is_empty:
            try:
                build_message(digest).send()
                sent = True
            except Exception:  # noqa: BLE001 - one refused mailbox must not stop the others
                logger.exception("The digest for service %s could not be sent", service.pk)
        results.append((service, len(digest.due), len(digest.overdue), sent))
    return results


@task()
def send_service_digests():
    """The daily digest for the worker: the same as ``manage.py
    send_service_digests`` (it lives here, not in ``forms.tasks``, which the
    models import). Returns counts only: [service id, due, overdue, sent]."""
    return [[service.pk, due, overdue, sent]
            for service, due, overdue, sent in send_digests()]
