"""Deleting one request on the citizen's demand (the right to erasure), or a
duplicate.

The page first says what goes: the request, its documents, the e-mails kept
about it and its history. Staff pick why from a short list, never in their
own words, so the audit log keeps the reference, who, when and why, and
nothing of the content. That line is written before the deletion, in the
same transaction; the documents' files leave the disk once it is committed
(``forms.signals``).

Only someone who may read the request may delete it; anyone else gets the
same 404 as for a request that does not exist.
"""

from django import forms
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods
from wagtail.admin import messages

from .. import audit
from ..access import can_access
from ..models import ContactSubmission

CITIZENS_REQUEST = "citizen_request"
DUPLICATE = "duplicate"
OTHER = "other"
REASON_CHOICES = [
    (CITIZENS_REQUEST, _("The citizen asked us to delete it")),
    (DUPLICATE, _("It is a duplicate of another request")),
    (OTHER, _("Another reason")),
]


class DeletionForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Why delete this request?"), choices=REASON_CHOICES,
        widget=forms.RadioSelect,
        help_text=_("The audit log keeps the reference, who deleted it, when and why, and "
                    "nothing of its content."),
        error_messages={"required": _("Choose why you delete this request"),
                        "invalid_choice": _("Choose why you delete this request")})


def readable_request_or_404(user, pk):
    submission = (ContactSubmission.objects.select_related("page", "assigned_to")
                  .filter(pk=pk).first())
    if submission is None or not can_access(user, submission):
        raise Http404
    return submission


@require_http_methods(["GET", "POST"])
def delete_request(request, pk):
    submission = readable_request_or_404(request.user, pk)
    form = DeletionForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        reference = submission.reference
        with transaction.atomic():
            audit.log_requests(request.user, [submission], audit.DELETE, deleted=True,
                               reason=form.cleaned_data["reason"])
            submission.delete()
        messages.success(request, gettext("Request %(reference)s is deleted, with its "
                                          "documents, e-mails and history.")
                         % {"reference": reference})
        return redirect("balise_inbox:index")
    context = {
        "submission": submission,
        "form": form,
        "documents": submission.documents.count(),
        "emails": submission.outgoing_emails.count(),
        "events": submission.events.count(),
    }
    return TemplateResponse(request, "balise_forms/inbox/delete.html", context)
