"""The questions of a callback or appointment form: how to meet (among the
ways the form offers), which days and times of day suit, and consent to a
video call.

``contact_form.ContactForm`` calls ``add_callback_fields`` and
``clean_callback`` for a form whose kind is a callback; other kinds never
see these fields. They sit with the reply channel: a phone call needs the
number to call, and a desk or video appointment needs a way to give the
citizen its time (and the link), by e-mail or by phone, so the reply
channel's fields are reused rather than asked again.
"""

from django import forms as django_forms
from django.core.exceptions import ValidationError
from django.utils.dates import WEEKDAYS
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .kinds import (
    APPOINTMENT_MODE_CHOICES,
    AT_THE_DESK,
    BY_PHONE_CALL,
    BY_VIDEO,
    CALLBACK,
)

# The values of contact_form.REPLY_CHOICES (not imported: contact_form imports this module).
REPLY_BY_EMAIL = "email"
REPLY_BY_PHONE = "phone"
# Monday to Friday: the days the organisation works.
WEEKDAY_CHOICES = [(str(day), capfirst(WEEKDAYS[day])) for day in range(5)]
# In the order they are asked, after the editor's questions.
CALLBACK_FIELDS = ("appointment_mode", "video_consent", "preferred_days", "call_times")
MESSAGES = {
    "appointment_mode": _("Choose how you would like to meet"),
    "video_consent": _("Tick the box to agree to a video call, or choose another way to meet"),
    "preferred_days": _("Choose days from Monday to Friday, or none if any day suits you"),
    "phone_for_call": _("Enter the phone number we should call"),
    "reply_by": _("Choose how we should give you the time of the appointment: by e-mail or "
                  "by phone"),
}


def is_callback(page):
    return getattr(page, "kind", None) == CALLBACK


def offered_modes(page):
    """The ways to meet this form offers, in the usual order. A callback
    form that offers none is a phone callback (the page refuses to be saved
    that way, but an old page may still be)."""
    offered = {AT_THE_DESK: page.offer_desk, BY_PHONE_CALL: page.offer_phone,
               BY_VIDEO: page.offer_video}
    return [mode for mode, _label in APPOINTMENT_MODE_CHOICES if offered[mode]] or [BY_PHONE_CALL]


class VideoConsentField(django_forms.BooleanField):
    """A box never ticked in advance; required only when video is chosen
    (``clean_callback``), so it is not marked "(optional)" either."""

    def __init__(self):
        super().__init__(
            label=_("I agree to meet by video call"), required=False, initial=False,
            help_text=_("Only for a video call. We send you a link by e-mail or by text "
                        "message (SMS). You open it on your phone or computer: you do not need "
                        "an account."),
            template_name="balise_forms/includes/video_consent_field.html")


class ReplyForAppointmentField(django_forms.ChoiceField):
    """How to give the time of a desk or video appointment: needed, except
    for a phone call (``clean_callback``), so not marked "(optional)"."""

    def validate(self, value):
        if value not in self.empty_values:
            super().validate(value)


def reply_hint(modes):
    if BY_VIDEO in modes and BY_PHONE_CALL in modes:
        return _("For a video call, we send the link the same way. For a phone call, we simply "
                 "call you on your number.")
    if BY_VIDEO in modes:
        return _("For a video call, we send the link the same way.")
    if BY_PHONE_CALL in modes:
        return _("For a phone call, we simply call you on your number.")
    return ""


def add_callback_fields(form, fixed_fields):
    """Adds the callback questions to ``form`` (a ``ContactForm``) when its
    page is a callback form, after the editor's questions and before the
    ``fixed_fields``, and words the reply channel for an appointment."""
    form.is_callback = is_callback(form.page)
    if not form.is_callback:
        return
    modes = offered_modes(form.page)
    form.offered_modes = modes
    fields = form.fields
    if len(modes) > 1:
        fields["appointment_mode"] = django_forms.ChoiceField(
            label=_("How would you like to meet?"), widget=django_forms.RadioSelect,
            choices=[(mode, label) for mode, label in APPOINTMENT_MODE_CHOICES if mode in modes],
            error_messages={"required": MESSAGES["appointment_mode"],
                            "invalid_choice": MESSAGES["appointment_mode"]})
    if BY_VIDEO in modes:
        fields["video_consent"] = VideoConsentField()
    fields["preferred_days"] = django_forms.MultipleChoiceField(
        label=_("Which days suit you?"), required=False, choices=WEEKDAY_CHOICES,
        widget=django_forms.CheckboxSelectMultiple,
        help_text=_("Leave them all empty if any day suits you."),
        error_messages={"invalid_choice": MESSAGES["preferred_days"],
                        "invalid_list": MESSAGES["preferred_days"]})
    call_times = fields["call_times"]
    call_times.label = _("What time of day suits you?")
    call_times.help_text = _("Leave both empty if any time suits you.")
    if modes == [BY_PHONE_CALL]:
        # We call: the number is the reply channel, nothing else to choose.
        del fields["reply_by"]
    else:
        asked = fields["reply_by"]
        fields["reply_by"] = ReplyForAppointmentField(
            label=_("How should we give you the time of the appointment?"),
            choices=asked.choices, widget=django_forms.RadioSelect,
            error_messages={"invalid_choice": MESSAGES["reply_by"]},
            help_text=reply_hint(modes))
    fields["reply_phone"].help_text = _("Needed for a phone call, or to give you the time by "
                                        "phone. For example 0470 12 34 56.")
    names = [name for name in fields if name not in CALLBACK_FIELDS]
    first_fixed = next((index for index, name in enumerate(names)
                        if name in fixed_fields), len(names))
    present = [name for name in CALLBACK_FIELDS if name in fields]
    form.order_fields([*names[:first_fixed], *present, *names[first_fixed:]])


def clean_callback(form, cleaned):
    """The callback's own rules, before the reply channel's: a phone call is
    answered by phone, a desk or video appointment needs a way to say when."""
    if not getattr(form, "is_callback", False):
        return
    modes = form.offered_modes
    mode = cleaned.get("appointment_mode") if len(modes) > 1 else modes[0]
    cleaned["appointment_mode"] = mode or ""
    cleaned["preferred_days"] = sorted({int(day) for day in cleaned.get("preferred_days") or []})
    consent = bool(cleaned.get("video_consent"))
    if mode == BY_VIDEO and not consent and "video_consent" not in form.errors:
        form.add_error("video_consent", MESSAGES["video_consent"])
    cleaned["video_consent"] = consent and mode == BY_VIDEO
    if mode == BY_PHONE_CALL:
        cleaned["reply_by"] = REPLY_BY_PHONE
        if "reply_phone" not in form.errors and not cleaned.get("reply_phone"):
            form.add_error("reply_phone", MESSAGES["phone_for_call"])
    elif mode and not cleaned.get("reply_by") and "reply_by" not in form.errors:
        form.add_error("reply_by", MESSAGES["reply_by"])


def days_display(days):
    """Monday, Thursday: for staff, in the active language."""
    labels = dict(WEEKDAY_CHOICES)
    return ", ".join(str(labels[str(day)]) for day in days or [] if str(day) in labels)


def consent_display(submission):
    return gettext("Yes") if submission.video_consent else ""


def check_offered_modes(page):
    """A callback form offers at least one way to meet (``Page.clean``)."""
    if is_callback(page) and not (page.offer_desk or page.offer_phone or page.offer_video):
        raise ValidationError({"offer_phone": _(
            "Offer at least one way to meet: at the desk, by phone or by video call")})


def callback_values(page, data):
    """What ``process_form_submission`` stores besides the reply channel:
    the kind of form, and for a callback how and when to meet."""
    return {"kind": page.kind,
            "appointment_mode": data.get("appointment_mode") or "",
            "preferred_days": data.get("preferred_days") or [],
            "video_consent": bool(data.get("video_consent"))}


def callback_data_fields():
    """The columns of the list of requests and its export."""
    return [("kind", _("Kind of form")), ("appointment_mode", _("Meet how")),
            ("preferred_days", _("Preferred days")),
            ("video_consent", _("Agreed to a video call"))]


def callback_data(submission):
    return {"kind": submission.get_kind_display(),
            "appointment_mode": submission.get_appointment_mode_display(),
            "preferred_days": days_display(submission.preferred_days),
            "video_consent": consent_display(submission)}
