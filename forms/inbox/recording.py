"""A question received by phone, at the desk, by e-mail or by letter,
entered by the front office into the same register as the forms' requests:
it gets a reference, a due date from the form's promised time, a service
and a place in the inbox like any other request.

Only the front office of a form (or a superuser) records into its register.
No e-mail goes to the citizen unless staff give an address and tick the box.
"""

from django import forms
from django.core.validators import validate_email
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods
from wagtail.models import Locale

from .. import access, audit
from ..channels import AT_THE_DESK, BY_EMAIL, BY_LETTER, BY_PHONE_CALL, CHANNEL_CHOICES
from ..contact_form import BY_EMAIL as REPLY_BY_EMAIL
from ..contact_form import BY_PHONE, EMAIL_MAX_LENGTH, MESSAGES, REPLY_CHOICES
from ..email_addresses import clean_typed
from ..history import RequestEvent
from ..models import ContactFormPage, create_with_reference
from ..phone_numbers import normalise as normalise_phone
from ..tasks import queue_after_commit
from .filters import FormChoiceField, services_to_filter, source_locale
from .listing import refused

TEMPLATE = "balise_forms/inbox/record.html"
RECORDED_CHANNELS = (BY_PHONE_CALL, AT_THE_DESK, BY_EMAIL, BY_LETTER)
LANGUAGE_CHOICES = [("fr", "Français"), ("nl", "Nederlands"), ("de", "Deutsch"),
                    ("en", "English")]


def forms_to_record_into(user):
    """The French form pages whose register the user may add to."""
    pages = ContactFormPage.objects.all() if user.is_superuser else (
        ContactFormPage.objects.filter(
            translation_key__in=access.front_office_forms(user).values("translation_key")))
    locale = source_locale()
    if locale is not None:
        pages = pages.filter(locale=locale)
    return pages.order_by("title")


class RecordRequestForm(forms.Form):
    channel = forms.ChoiceField(
        label=_("Received by"), widget=forms.RadioSelect,
        choices=[choice for choice in CHANNEL_CHOICES if choice[0] in RECORDED_CHANNELS])
    form_page = FormChoiceField(
        label=_("Register of the form"), queryset=ContactFormPage.objects.none(),
        help_text=_("The request gets this form's answer time and service."))
    topic = forms.CharField(label=_("Topic (optional)"), required=False, max_length=120)
    question = forms.CharField(label=_("The question"), max_length=10000,
                               widget=forms.Textarea(attrs={"rows": 6}))
    reply_by = forms.ChoiceField(label=_("Reply by"), choices=REPLY_CHOICES,
                                 widget=forms.RadioSelect)
    email = forms.CharField(label=_("E-mail address"), required=False,
                            widget=forms.TextInput(attrs={"type": "email",
                                                          "spellcheck": "false"}))
    phone = forms.CharField(label=_("Phone number"), required=False,
                            widget=forms.TextInput(attrs={"type": "tel"}))
    language = forms.ChoiceField(label=_("Language of the request"), choices=LANGUAGE_CHOICES)
    assigned_to = forms.ModelChoiceField(
        label=_("Assign to (optional)"), required=False, queryset=None,
        help_text=_("Empty: the service the form or its topic sends requests to."))
    send_acknowledgement = forms.BooleanField(
        label=_("Send the acknowledgement e-mail with the reference"), required=False)

    def __init__(self, data=None, *, user, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["form_page"].queryset = forms_to_record_into(user)
        self.fields["assigned_to"].queryset = services_to_filter(user)

    def clean_email(self):
        email = clean_typed(self.cleaned_data.get("email"))
        if not email:
            return ""
        if len(email) > EMAIL_MAX_LENGTH:
            raise forms.ValidationError(MESSAGES["email_too_long"], code="too_long")
        try:
            validate_email(email)
        except forms.ValidationError:
            raise forms.ValidationError(MESSAGES["email_format"], code="format") from None
        return email

    def clean_phone(self):
        typed = (self.cleaned_data.get("phone") or "").strip()
        if not typed:
            return ""
        phone = normalise_phone(typed)
        if phone is None:
            raise forms.ValidationError(MESSAGES["phone_format"], code="format")
        return phone

    def clean(self):
        cleaned = super().clean()
        reply_by = cleaned.get("reply_by")
        if reply_by == REPLY_BY_EMAIL and "email" not in self.errors and not cleaned.get(
                "email"):
            self.add_error("email", _("Enter the e-mail address to reply to"))
        if reply_by == BY_PHONE and "phone" not in self.errors and not cleaned.get("phone"):
            self.add_error("phone", _("Enter the phone number to call back"))
        if cleaned.get("send_acknowledgement") and not cleaned.get("email") and (
                "email" not in self.errors):
            self.add_error("email", _("Enter an e-mail address to send the acknowledgement"))
        return cleaned


def record(form, user):
    """The new request, in the register of the chosen form and language."""
    data = form.cleaned_data
    source = data["form_page"]
    locale = Locale.objects.filter(language_code=data["language"]).first()
    page = (source.get_translation_or_none(locale) if locale is not None else None) or source
    page = page.specific
    fields = {
        "channel": data["channel"],
        "topic": data.get("topic", "").strip(),
        "service": page.service_name(),
        "assigned_to": (data["assigned_to"].source() if data.get("assigned_to")
                        else source.routed_service()),
        "form_data": {"question": data["question"]},
        "page": page,
        "kind": source.kind,
        "reply_by": data["reply_by"],
        "email": data.get("email", ""),
        "phone": data.get("phone", ""),
        "due_date": source.due_date(timezone.now()),
        "locale": locale or page.locale,
        "translation_key": source.translation_key,
    }
    def then(submission):
        RequestEvent.objects.create(submission=submission, kind=RequestEvent.RECEIVED,
                                    actor=user, at=submission.submit_time)
        audit.log_request(user, submission, audit.RECORD, channel=data["channel"])

    return create_with_reference(fields, then)


@require_http_methods(["GET", "POST"])
def record_request(request):
    if not access.may_use_inbox(request.user):
        return refused(request)
    form = RecordRequestForm(request.POST if request.method == "POST" else None,
                             user=request.user)
    if request.method == "POST" and form.is_valid():
        submission = record(form, request.user)
        if form.cleaned_data.get("send_acknowledgement") and submission.email:
            queue_after_commit(submission)
        return redirect("balise_inbox:detail", submission.pk)
    return TemplateResponse(request, TEMPLATE, {
        "page_title": _("Record a request"), "header_title": _("Record a request"),
        "header_icon": "mail", "form": form,
        "has_forms": form.fields["form_page"].queryset.exists(),
    }, status=200)
