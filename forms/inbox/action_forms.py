"""The small forms staff fill in on a request's page: one per action.

Each form says what a mistake is in words staff understand; the view
(``actions``) applies a valid one. Nothing here decides who may act: the
view asks ``forms.access`` first.
"""

import re

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from .. import references
from ..front_office_emails import one_line
from ..models import ContactSubmission, SavedReply, Service

KEEP_DUE_DATE = "keep"
RESET_DUE_DATE = "reset"
OPEN_STATUSES = [
    (ContactSubmission.Status.RECEIVED, ContactSubmission.Status.RECEIVED.label),
    (ContactSubmission.Status.IN_PROGRESS, ContactSubmission.Status.IN_PROGRESS.label),
    (ContactSubmission.Status.ANSWERED, ContactSubmission.Status.ANSWERED.label),
]


def source_services():
    """The services a request can go to: the French (source) ones, which
    routing and permissions use."""
    try:
        default = Locale.get_default()
    except Locale.DoesNotExist:
        return Service.objects.none()
    return Service.objects.filter(locale=default).order_by("name")


def saved_replies_for(submission):
    """The saved replies in the request's language, for its service or for all."""
    replies = SavedReply.objects.filter(locale_id=submission.locale_id)
    services = Q(service__isnull=True)
    if submission.assigned_to_id is not None:
        services |= Q(service_id=submission.assigned_to_id) | Q(
            service__translation_key=submission.assigned_to.translation_key)
    return replies.filter(services).order_by("title")


class NoteForm(forms.Form):
    text = forms.CharField(label=_("Internal note"), max_length=10000, widget=forms.Textarea(
        attrs={"rows": 4}), help_text=_("Only staff read it."))


class ReplyForm(forms.Form):
    subject = forms.CharField(label=_("Subject"), max_length=200)
    body = forms.CharField(label=_("Message"), max_length=10000,
                           widget=forms.Textarea(attrs={"rows": 10}),
                           help_text=_("Sent by e-mail to the address the citizen gave. A copy "
                                       "stays in the request's history."))

    add_survey = forms.BooleanField(
        label=_("Add the one-question survey"), required=False,
        help_text=_("An anonymous link: \"Was your question answered?\". Best with the last "
                    "answer, before you close the request."))

    def clean_subject(self):
        subject = one_line(self.cleaned_data["subject"])
        if not subject:
            raise forms.ValidationError(_("Write a subject."))
        return subject


class SavedReplyChoiceForm(forms.Form):
    """Picked without JavaScript: a GET to the request page fills the reply."""

    saved_reply = forms.ModelChoiceField(label=_("Saved reply"), queryset=SavedReply.objects.none(),
                                         empty_label=_("Choose a saved reply"))

    def __init__(self, submission, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["saved_reply"].queryset = saved_replies_for(submission)


class CalledBackForm(forms.Form):
    text = forms.CharField(label=_("What was said"), max_length=10000, required=False,
                           widget=forms.Textarea(attrs={"rows": 3}),
                           help_text=_("Optional: a few words for your colleagues."))


class CitizenNoteForm(forms.Form):
    citizen_note = forms.CharField(
        label=_("Note for the citizen"), max_length=1000, required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Shown to the citizen on the status page. Write nothing they may not "
                    "read. Leave empty to show no note."))


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=OPEN_STATUSES)


class CloseForm(forms.Form):
    outcome = forms.CharField(label=_("Outcome"), max_length=2000,
                              widget=forms.Textarea(attrs={"rows": 3}),
                              help_text=_("What the answer was, in a few words."),
                              error_messages={"required": _("Say what the outcome was before "
                                                            "closing the request.")})


class ReopenForm(forms.Form):
    text = forms.CharField(label=_("Why reopen it"), max_length=10000, required=False,
                           widget=forms.Textarea(attrs={"rows": 2}))


class ForwardForm(forms.Form):
    to_service = forms.ModelChoiceField(label=_("Forward to"), queryset=Service.objects.none(),
                                        empty_label=_("Choose a service"))
    reason = forms.CharField(label=_("Why"), max_length=10000,
                             widget=forms.Textarea(attrs={"rows": 3}),
                             error_messages={"required": _("Say why the request is forwarded.")})
    due_date = forms.ChoiceField(
        label=_("Answer due"), widget=forms.RadioSelect, initial=KEEP_DUE_DATE,
        choices=[(KEEP_DUE_DATE, _("Keep the date promised to the citizen")),
                 (RESET_DUE_DATE, _("Count the promised time again from today"))])
    tell_citizen = forms.BooleanField(
        label=_("Tell the citizen by e-mail"), required=False,
        help_text=_("A short message in their language: which service answers now and by "
                    "when."))

    def __init__(self, submission, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.submission = submission
        services = source_services()
        if submission.assigned_to_id is not None:
            services = services.exclude(pk=submission.assigned_to_id)
        self.fields["to_service"].queryset = services
        if not submission.email:
            del self.fields["tell_citizen"]


class ReassignForm(forms.Form):
    from_service = forms.ModelChoiceField(
        label=_("Requests of"), queryset=Service.objects.none(), required=False,
        empty_label=_("Choose a service"),
        help_text=_("Every open request of this service moves, or only the references "
                    "listed below."))
    references = forms.CharField(
        label=_("Only these references"), required=False, max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Optional: one or more references, separated by commas or new lines."))
    to_service = forms.ModelChoiceField(label=_("Move to"), queryset=Service.objects.none(),
                                        empty_label=_("Choose a service"))
    reason = forms.CharField(label=_("Why"), max_length=1000, required=False,
                             help_text=_("For example: \"Anne is on leave until Friday\"."))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["from_service"].queryset = source_services()
        self.fields["to_service"].queryset = source_services()

    def clean_references(self):
        """References one per line or separated by commas; on one line, by
        spaces too (a reference typed with spaces inside still counts)."""
        found, wrong = set(), []
        for chunk in re.split(r"[,;\n]", self.cleaned_data["references"]):
            if not chunk.strip():
                continue
            whole = references.normalise(chunk)
            if whole is not None:
                found.add(whole)
                continue
            for text in chunk.split():
                reference = references.normalise(text)
                if reference is None:
                    wrong.append(text)
                else:
                    found.add(reference)
        if wrong:
            raise forms.ValidationError(
                _("These are not references: %(wrong)s"), params={"wrong": ", ".join(wrong[:10])})
        return sorted(found)

    def clean(self):
        cleaned = super().clean()
        source, target = cleaned.get("from_service"), cleaned.get("to_service")
        if not source and not cleaned.get("references") and not self.errors:
            raise forms.ValidationError(_("Choose the service whose requests move, or list "
                                          "references."))
        if source and target and source.pk == target.pk:
            self.add_error("to_service", _("Choose another service than the one the requests "
                                           "leave."))
        return cleaned
