"""What staff do with a request from its page, and reassigning many at once.

Each action is one POST (CSRF-protected) to ``balise_inbox:act`` with its
slug; a request the user may not read is a 404 (``forms.access``), as if it
did not exist. A valid action changes the request, writes one history event
(``forms.history``: who, when, what) and one audit entry without personal
content (``forms.audit``), then goes back to the request's page. A mistake
shows the form again with what to correct, never an error page.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from .. import audit
from ..access import can_access, may_use_inbox
from ..front_office_emails import queue_forward_notice, queue_reply
from ..history import RequestEvent
from ..models import ContactSubmission
from . import action_forms

Status = ContactSubmission.Status


def _event(request, submission, kind, **fields):
    return RequestEvent.objects.create(submission=submission, kind=kind, actor=request.user,
                                       **fields)


def _mark_answered(submission, fields):
    if submission.first_answered_at is None:
        submission.first_answered_at = timezone.now()
        fields.append("first_answered_at")


class Refused(Exception):
    """The action does not apply to the request as it stands (said to staff)."""


def note(request, submission, form):
    _event(request, submission, RequestEvent.NOTE, text=form.cleaned_data["text"])
    audit.log_request(request.user, submission, audit.NOTE)
    return _("The note was added.")


def reply(request, submission, form):
    if not submission.email:
        raise Refused(_("This request has no e-mail address: call the citizen back instead."))
    data = form.cleaned_data
    outgoing = queue_reply(submission, data["subject"], data["body"],
                           survey=data.get("add_survey", False))
    fields = []
    _mark_answered(submission, fields)
    if submission.status != Status.CLOSED and submission.status != Status.ANSWERED:
        submission.status = Status.ANSWERED
        fields.append("status")
    if fields:
        submission.save(update_fields=fields)
    _event(request, submission, RequestEvent.REPLIED, text=data["body"], email=outgoing,
           status=submission.status if "status" in fields else "")
    audit.log_request(request.user, submission, audit.REPLY, email=outgoing.pk,
                      survey=bool(data.get("add_survey")))
    return _("The reply is being sent to the citizen.")


def called_back(request, submission, form):
    fields = []
    _mark_answered(submission, fields)
    if fields:
        submission.save(update_fields=fields)
    _event(request, submission, RequestEvent.CALLED_BACK, text=form.cleaned_data["text"])
    audit.log_request(request.user, submission, audit.NOTE, called_back=True)
    return _("The call back was recorded.")


def citizen_note(request, submission, form):
    submission.citizen_note = form.cleaned_data["citizen_note"]
    submission.save(update_fields=["citizen_note"])
    _event(request, submission, RequestEvent.CITIZEN_NOTE, text=submission.citizen_note)
    audit.log_request(request.user, submission, audit.NOTE, citizen_note=True)
    return _("The note for the citizen was saved: they see it on the status page.")


def change_status(request, submission, form):
    if submission.status == Status.CLOSED:
        raise Refused(_("This request is closed: reopen it first."))
    new = form.cleaned_data["status"]
    if new == submission.status:
        raise Refused(_("The request already has this status."))
    old = submission.status
    submission.status = new
    submission.save(update_fields=["status"])
    _event(request, submission, RequestEvent.STATUS, status=new)
    audit.log_request(request.user, submission, audit.STATUS, old=old, new=new)
    return _("The status was changed.")


def close(request, submission, form):
    if submission.status == Status.CLOSED:
        raise Refused(_("This request is already closed."))
    submission.outcome = form.cleaned_data["outcome"]
    submission.closed_at = timezone.now()
    submission.status = Status.CLOSED
    submission.save(update_fields=["outcome", "closed_at", "status"])
    _event(request, submission, RequestEvent.CLOSED, text=submission.outcome,
           status=Status.CLOSED)
    audit.log_request(request.user, submission, audit.CLOSE)
    return _("The request was closed.")


def reopen(request, submission, form):
    if submission.status != Status.CLOSED and submission.closed_at is None:
        raise Refused(_("This request is not closed."))
    submission.status = Status.IN_PROGRESS
    submission.closed_at = None
    submission.save(update_fields=["status", "closed_at"])
    _event(request, submission, RequestEvent.REOPENED, text=form.cleaned_data["text"],
           status=Status.IN_PROGRESS)
    audit.log_request(request.user, submission, audit.STATUS, old=Status.CLOSED,
                      new=Status.IN_PROGRESS)
    return _("The request was reopened.")


def _move(submission, service):
    """Assign the request to ``service`` (French source) and tell the status
    page its name in the request's language."""
    submission.assigned_to = service
    submission.service = service.name_in(submission.locale)[:150]
    return ["assigned_to", "service"]


def forward(request, submission, form):
    data = form.cleaned_data
    source, target = submission.assigned_to, data["to_service"]
    fields = _move(submission, target)
    reset = data["due_date"] == action_forms.RESET_DUE_DATE
    page = submission.page.specific
    if reset and hasattr(page, "due_date"):
        submission.due_date = page.due_date()
        fields.append("due_date")
    submission.save(update_fields=fields)
    notice = None
    if data.get("tell_citizen") and submission.email:
        notice = queue_forward_notice(submission, target)
    _event(request, submission, RequestEvent.FORWARDED, text=data["reason"],
           from_service=source, to_service=target, email=notice)
    audit.log_request(request.user, submission, audit.FORWARD,
                      from_service=source.pk if source else None, to_service=target.pk,
                      due_date_reset=reset, citizen_told=notice is not None)
    return _("The request was forwarded to %(service)s.") % {"service": target.name}


ACTIONS = {
    "note": (note, action_forms.NoteForm),
    "reply": (reply, action_forms.ReplyForm),
    "called_back": (called_back, action_forms.CalledBackForm),
    "citizen_note": (citizen_note, action_forms.CitizenNoteForm),
    "status": (change_status, action_forms.StatusForm),
    "close": (close, action_forms.CloseForm),
    "reopen": (reopen, action_forms.ReopenForm),
    "forward": (forward, action_forms.ForwardForm),
}
# The forms that need the request to list their choices
NEEDS_SUBMISSION = {action_forms.ForwardForm}


def make_form(action, submission, data=None):
    """The action's form; its fields are prefixed with the action's slug, as
    on the request page (``templatetags.balise_request_actions``)."""
    form_class = ACTIONS[action][1]
    if form_class in NEEDS_SUBMISSION:
        return form_class(submission, data=data, prefix=action)
    return form_class(data=data, prefix=action)


def _detail(submission):
    return reverse("balise_inbox:detail", args=[submission.pk])


@require_POST
def act(request, pk, action):
    if action not in ACTIONS:
        raise Http404
    submission = get_object_or_404(
        ContactSubmission.objects.select_related("page", "locale", "assigned_to"), pk=pk)
    if not can_access(request.user, submission):
        raise Http404
    handler = ACTIONS[action][0]
    form = make_form(action, submission, request.POST)
    if not form.is_valid():
        title = _("Request %(reference)s") % {"reference": submission.reference}
        return TemplateResponse(request, "balise_forms/inbox/action_page.html", {
            "page_title": title, "header_title": title, "header_icon": "mail",
            "submission": submission, "form": form, "action": action,
            "detail_url": _detail(submission)}, status=400)
    try:
        with transaction.atomic():
            # Two colleagues acting at once: the second sees the first's change
            submission = ContactSubmission.objects.select_for_update(
                of=("self",)).select_related("page", "locale", "assigned_to").get(
                pk=submission.pk)
            done = handler(request, submission, form)
    except Refused as refusal:
        messages.error(request, str(refusal))
        return redirect(_detail(submission))
    messages.success(request, done)
    if not can_access(request.user, submission):
        messages.info(request, _("The request is no longer in your services' inbox."))
        return redirect("balise_inbox:index")
    return redirect(_detail(submission))


@require_http_methods(["GET", "POST"])
def reassign(request):
    """Move every open request of one service (or the references listed) to
    another in one go, for instance when someone is absent."""
    if not may_use_inbox(request.user):
        raise PermissionDenied
    form = action_forms.ReassignForm(data=request.POST if request.method == "POST" else None,
                                     initial={"from_service": request.GET.get("from_service")})
    if request.method != "POST" or not form.is_valid():
        title = _("Reassign requests")
        return TemplateResponse(request, "balise_forms/inbox/reassign.html", {
            "page_title": title, "header_title": title, "header_icon": "arrow-right",
            "form": form}, status=400 if form.is_bound else 200)
    data = form.cleaned_data
    source, target = data["from_service"], data["to_service"]
    chosen = ContactSubmission.objects.all()
    if source is not None:
        chosen = chosen.filter(assigned_to=source)
    if data["references"]:
        chosen = chosen.filter(reference__in=data["references"])
    chosen = chosen.select_related("page", "locale", "assigned_to")
    moved = refused = left = 0
    with transaction.atomic():
        for submission in chosen.select_for_update(of=("self",)).order_by("pk"):
            if not can_access(request.user, submission):
                refused += 1
                continue
            if submission.status == Status.CLOSED or submission.closed_at is not None:
                left += 1
                continue
            previous = submission.assigned_to
            if previous is not None and previous.pk == target.pk:
                left += 1
                continue
            submission.save(update_fields=_move(submission, target))
            _event(request, submission, RequestEvent.REASSIGNED, text=data["reason"],
                   from_service=previous, to_service=target)
            audit.log_request(request.user, submission, audit.REASSIGN,
                              from_service=previous.pk if previous else None,
                              to_service=target.pk)
            moved += 1
    messages.success(request, ngettext(
        "%(count)d request moved to %(service)s.", "%(count)d requests moved to %(service)s.",
        moved) % {"count": moved, "service": target.name})
    if refused:
        messages.warning(request, ngettext(
            "%(count)d request was left as it was: you may not open it.",
            "%(count)d requests were left as they were: you may not open them.",
            refused) % {"count": refused})
    if left:
        messages.info(request, ngettext(
            "%(count)d request did not move: it is closed or already there.",
            "%(count)d requests did not move: they are closed or already there.",
            left) % {"count": left})
    missing = len(data["references"]) - (moved + refused + left) if data["references"] else 0
    if missing > 0:
        messages.warning(request, ngettext(
            "%(count)d reference was not found.", "%(count)d references were not found.",
            missing) % {"count": missing})
    return redirect("balise_inbox:index")
