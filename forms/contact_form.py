"""The parts of every contact form that editors do not build: how to reply
(e-mail typed twice, or phone), the typo suggestion, and the honeypot.

Wagtail's form builder makes the editor's questions; ``ContactFormBuilder``
adds these fixed fields to the class it builds, so the page still uses
Wagtail's ``FormMixin`` for everything else. The field names are prefixed
(``reply_…``) so that an editor's own "E-mail" question cannot replace them.
"""

from django import forms as django_forms
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from . import documents
from .callbacks import CALLBACK_FIELDS, add_callback_fields, clean_callback
from .email_addresses import clean_typed, same_address
from .phone_numbers import normalise as normalise_phone
from .typos.loading import get_suggester

BY_EMAIL = "email"
BY_PHONE = "phone"
REPLY_CHOICES = [(BY_EMAIL, _("By e-mail")), (BY_PHONE, _("By phone"))]
KEEP_TYPED = "typed"
HONEYPOT = "website_address"
HELPED = "helped"
FOR_SOMEONE_ELSE = "for_other"
HELPER_CHOICES = [("", _("I am, for myself")), (HELPED, _("I am, and someone is helping me")),
                  (FOR_SOMEONE_ELSE, _("I am writing for someone else"))]
CALL_TIME_CHOICES = [("morning", _("In the morning")), ("afternoon", _("In the afternoon"))]
HELPER_FIELDS = ("helper_kind", "helper_name", "helper_relation")
# In the order they are shown, after the editor's questions.
FIXED_FIELDS = (*HELPER_FIELDS, "reply_by", "reply_email", "reply_email_again",
                "reply_email_choice", "reply_phone", "call_times", HONEYPOT)
# GOV.UK: accept up to 254 characters (the longest address that can be delivered).
EMAIL_MAX_LENGTH = 254

EMAIL_ATTRS = {"type": "email", "autocomplete": "email", "spellcheck": "false",
               "autocapitalize": "none", "size": "40"}
MESSAGES = {
    "reply_by": _("Choose how we should reply: by e-mail or by phone"),
    "email_required": _("Enter your e-mail address, or choose a reply by phone"),
    "email_format": _("Enter an e-mail address in the correct format, like name@example.com"),
    "email_too_long": _("Enter an e-mail address of 254 characters or less"),
    "email_again_required": _("Enter your e-mail address a second time"),
    "email_mismatch": _("The two e-mail addresses are different. Type the same address "
                        "twice"),
    "email_choice": _("Choose the address we should use"),
    "phone_required": _("Enter a phone number, or choose a reply by e-mail"),
    "phone_format": _("Enter a phone number like 0470 12 34 56 or +32 2 555 00 00"),
    "helper_kind": _("Choose who is filling in this form"),
    "helper_name": _("Enter the name of the person who helps or writes for someone else"),
    "helper_relation": _("Enter how the helper knows the person asking, for example "
                         "daughter or social worker"),
    "call_times": _("Choose the morning, the afternoon, or both"),
}


def email_input():
    return django_forms.TextInput(attrs=dict(EMAIL_ATTRS))


class ContactForm(BaseForm):
    """Cross-field rules of the fixed part; the editor's fields come first."""

    helper_kind = django_forms.ChoiceField(
        label=_("Who is filling in this form?"), choices=HELPER_CHOICES, required=False,
        initial="", widget=django_forms.RadioSelect,
        error_messages={"invalid_choice": MESSAGES["helper_kind"]},
    )
    helper_name = django_forms.CharField(
        label=_("Name of the person who helps or writes"), required=False, max_length=150,
        widget=django_forms.TextInput(attrs={"autocomplete": "off"}),
        help_text=_("Only if someone helps you, or if you write for someone else."),
    )
    helper_relation = django_forms.CharField(
        label=_("How do they know the person asking?"), required=False, max_length=100,
        help_text=_("Only if someone helps you, or if you write for someone else. For "
                    "example: daughter, neighbour, social worker."),
    )
    reply_by = django_forms.ChoiceField(
        label=_("How should we reply?"), choices=REPLY_CHOICES, widget=django_forms.RadioSelect,
        error_messages={"required": MESSAGES["reply_by"], "invalid_choice": MESSAGES["reply_by"]},
    )
    reply_email = django_forms.CharField(
        label=_("Your e-mail address"), required=False, widget=email_input(),
        help_text=_("We only use it to answer you. Needed for a reply by e-mail."),
    )
    reply_email_again = django_forms.CharField(
        label=_("Your e-mail address again"), required=False, widget=email_input(),
        help_text=_("Type it a second time, so that a mistake can be caught."),
    )
    reply_email_choice = django_forms.ChoiceField(
        label=_("Check your e-mail address"), required=False, widget=django_forms.RadioSelect,
        error_messages={"invalid_choice": MESSAGES["email_choice"]},
    )
    reply_phone = django_forms.CharField(
        label=_("Your phone number"), required=False,
        widget=django_forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
        help_text=_("Needed for a reply by phone. For example 0470 12 34 56."),
    )
    call_times = django_forms.MultipleChoiceField(
        label=_("When should we call you?"), required=False, choices=CALL_TIME_CHOICES,
        widget=django_forms.CheckboxSelectMultiple,
        help_text=_("Only for a reply by phone. Leave both empty if any time suits you."),
        error_messages={"invalid_choice": MESSAGES["call_times"],
                        "invalid_list": MESSAGES["call_times"]},
    )
    # Hidden from people and screen readers (template and attributes): only
    # robots that fill in every field they find fill it in.
    website_address = django_forms.CharField(
        label=_("Leave this field empty"), required=False,
        widget=django_forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
        template_name="balise_forms/honeypot_field.html",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_topic_field()
        self.add_documents_field()
        own = [name for name in self.fields if name not in FIXED_FIELDS]
        self.order_fields([*own, *FIXED_FIELDS])
        add_callback_fields(self, FIXED_FIELDS)  # a callback form's questions (forms.callbacks)
        self.suggestion = self.typo_suggestion()
        if self.suggestion is None:
            del self.fields["reply_email_choice"]
        else:
            self.fields["reply_email_choice"].choices = [
                (self.suggestion, _("Yes, use %(address)s") % {"address": self.suggestion}),
                (KEEP_TYPED, _("No, keep %(address)s") % {"address": self.typed_email()}),
            ]
            self.fields["reply_email_choice"].help_text = _(
                "Did you mean %(address)s?") % {"address": self.suggestion}

    def add_topic_field(self):
        """The topic chosen in the first step (``forms.topics``), kept in the form."""
        topics = getattr(self.page, "topics", None)
        if topics is None or not self.page.has_topics:
            return
        self.fields["topic"] = django_forms.ModelChoiceField(
            queryset=topics.all(), widget=django_forms.HiddenInput)

    def add_documents_field(self):
        """Attached documents (``forms.documents``), when the page allows them;
        shown after the editor's questions."""
        if getattr(self.page, "allow_documents", False):
            self.fields[documents.FIELD_NAME] = documents.documents_field(self.page)

    def raw(self, name):
        value = self.data.get(self.add_prefix(name), "") if self.is_bound else ""
        return value if isinstance(value, str) else ""

    def typed_email(self):
        return clean_typed(self.raw("reply_email"))[:EMAIL_MAX_LENGTH + 1]

    def typo_suggestion(self):
        """Suggested only once both fields hold the same address, whose
        syntax is right: one question at a time."""
        typed = self.typed_email()
        if not typed or len(typed) > EMAIL_MAX_LENGTH:
            return None
        if not same_address(typed, self.raw("reply_email_again")):
            return None
        try:
            validate_email(typed)
        except django_forms.ValidationError:
            return None
        return get_suggester().suggest(typed)

    @property
    def is_spam(self):
        return bool(self.raw(HONEYPOT))

    def clean_reply_email(self):
        email = clean_typed(self.cleaned_data.get("reply_email"))
        if not email:
            return ""
        if len(email) > EMAIL_MAX_LENGTH:
            raise django_forms.ValidationError(MESSAGES["email_too_long"], code="too_long")
        try:
            validate_email(email)
        except django_forms.ValidationError:
            raise django_forms.ValidationError(MESSAGES["email_format"],
                                               code="format") from None
        return email

    def clean_reply_phone(self):
        typed = (self.cleaned_data.get("reply_phone") or "").strip()
        if not typed:
            return ""
        phone = normalise_phone(typed)
        if phone is None:
            raise django_forms.ValidationError(MESSAGES["phone_format"], code="format")
        return phone

    def clean(self):
        cleaned = super().clean()
        clean_callback(self, cleaned)  # may set reply_by: a phone call is answered by phone
        reply_by = cleaned.get("reply_by")
        email = cleaned.get("reply_email", "")
        again = clean_typed(cleaned.get("reply_email_again"))
        email_valid = "reply_email" not in self.errors
        if reply_by == BY_EMAIL and email_valid and not email:
            self.add_error("reply_email", MESSAGES["email_required"])
        elif email and email_valid:
            if not again:
                self.add_error("reply_email_again", MESSAGES["email_again_required"])
            elif not same_address(email, again):
                self.add_error("reply_email_again", MESSAGES["email_mismatch"])
            elif self.suggestion is not None:
                self.apply_choice(cleaned)
        if reply_by == BY_PHONE and "reply_phone" not in self.errors and not cleaned.get(
                "reply_phone"):
            self.add_error("reply_phone", MESSAGES["phone_required"])
        if reply_by != BY_PHONE and not self.is_callback:
            cleaned["call_times"] = []
        self.clean_helper(cleaned)
        return cleaned

    def clean_helper(self, cleaned):
        """The helper's name and relation are asked for only when someone
        helps, and not kept otherwise (nothing stored that is not needed)."""
        if not cleaned.get("helper_kind"):
            cleaned["helper_kind"] = ""
            cleaned["helper_name"] = cleaned["helper_relation"] = ""
            return
        for name in ("helper_name", "helper_relation"):
            cleaned[name] = (cleaned.get(name) or "").strip()
            if not cleaned[name] and name not in self.errors:
                self.add_error(name, MESSAGES[name])

    def apply_choice(self, cleaned):
        choice = cleaned.get("reply_email_choice")
        if not choice:
            if "reply_email_choice" not in self.errors:
                self.add_error("reply_email_choice", _(
                    "Did you mean %(address)s? Choose the address we should use"
                ) % {"address": self.suggestion})
        elif choice == self.suggestion:
            cleaned["reply_email"] = self.suggestion

    def editor_data(self):
        """What the editor's own questions received, for ``form_data``."""
        return {name: value for name, value in self.cleaned_data.items()
                if name not in FIXED_FIELDS and name not in {"reply_email_again", "topic"}
                and name not in CALLBACK_FIELDS and name != documents.FIELD_NAME}


# The longest text a citizen may write in one answer: a long letter fits, a
# megabyte pasted by mistake (or by a script) does not reach the inbox
LONGEST_ANSWER = 10000


class ContactFormBuilder(FormBuilder):
    def create_multiline_field(self, field, options):
        options.setdefault("max_length", LONGEST_ANSWER)  # the browser stops there too
        return super().create_multiline_field(field, options)

    def get_form_class(self):
        return type("ContactFormWithQuestions", (ContactForm,), self.formfields)
