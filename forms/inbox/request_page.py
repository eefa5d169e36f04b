"""One request as staff read it: everything the citizen sent (the editor's
questions with their labels, how to reply, the helper, the documents), where
it stands (status, service, due date), its history, and the same person's
earlier requests that are still stored.

A request the user may not read is a 404 like one that does not exist, so
nobody learns which references exist. Each view is one line in the audit log.
"""

from django.db.models import Q
from django.http import Http404
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from .. import access, audit
from ..history import RequestEvent
from ..models import ContactSubmission
from ..phone_numbers import for_display
from .filters import with_overdue

TEMPLATE = "balise_forms/inbox/request_page.html"
# Written by the actions' module; Django's include has no "ignore missing".
ACTIONS_TEMPLATE = "balise_forms/inbox/actions.html"
# Shown elsewhere on the page, or not what the citizen sent.
NOT_ANSWERS = {"reference", "due_date", "submit_time", "documents", "kind"}
# Labels of what a request recorded by staff holds (``forms.inbox.recording``).
RECORDED_LABELS = {"question": _("Question")}
EARLIER_SHOWN = 20


def readable_request(user, pk):
    """The request, or a 404 whether it is missing or not the user's to read."""
    submission = (ContactSubmission.objects
                  .select_related("assigned_to", "locale", "page")
                  .filter(pk=pk).first())
    if submission is None or not access.can_access(user, submission):
        raise Http404
    return submission


def answers(submission, page):
    """(label, value) of what the citizen sent, the editor's questions first,
    in the language of the form they used."""
    data = submission.get_data()
    if submission.phone:
        data["phone"] = for_display(submission.phone)
    rows, seen = [], set(NOT_ANSWERS)
    fields = page.get_data_fields() if hasattr(page, "get_data_fields") else []
    for name, label in fields:
        if name in seen:
            continue
        seen.add(name)
        value = shown(data.get(name))
        if value:
            rows.append((label, value))
    for name, value in (submission.form_data or {}).items():
        if name not in seen and shown(value):
            rows.append((RECORDED_LABELS.get(name, name), shown(value)))
    return rows


def shown(value):
    """A stored answer as text: a list of chosen options joined."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    return str(value)


def history(submission):
    """The events, with "received" first when no event says it."""
    events = list(submission.events.select_related("actor", "from_service", "to_service"))
    labels = dict(ContactSubmission.Status.choices)
    for event in events:
        event.status_label = labels.get(event.status, event.status)
    if not any(event.kind == RequestEvent.RECEIVED for event in events):
        events.insert(0, RequestEvent(submission=submission, kind=RequestEvent.RECEIVED,
                                      at=submission.submit_time))
    return events


def earlier_requests(user, submission):
    """The same person's other requests the user may read: the same e-mail
    address (any case) or the same phone number (stored normalised)."""
    same_person = Q(pk__in=[])
    if submission.email:
        same_person |= Q(email__iexact=submission.email)
    if submission.phone:
        same_person |= Q(phone=submission.phone)
    if not (submission.email or submission.phone):
        return []
    queryset = (access.requests_for(user).filter(same_person).exclude(pk=submission.pk)
                .select_related("assigned_to").order_by("-submit_time"))
    return list(with_overdue(queryset)[:EARLIER_SHOWN])


def actions_template():
    try:
        return get_template(ACTIONS_TEMPLATE)
    except TemplateDoesNotExist:
        return None


@require_safe
def request_page(request, pk):
    submission = readable_request(request.user, pk)
    page = submission.page.specific
    audit.log_request(request.user, submission, audit.VIEW)
    today = timezone.localdate()
    return TemplateResponse(request, TEMPLATE, {
        "page_title": _("Request %(reference)s") % {"reference": submission.reference},
        "header_title": _("Request %(reference)s") % {"reference": submission.reference},
        "header_icon": "mail",
        "submission": submission, "form_page": page,
        "answers": answers(submission, page),
        "documents": list(submission.documents.all()),
        "overdue": submission.is_late_on(today),
        "events": history(submission),
        "earlier": earlier_requests(request.user, submission),
        "can_act": access.can_access(request.user, submission),
        "actions_template": actions_template(),
    })
