"""Ways to reach the centre: its contact channels, the organisation's
details shown in every footer, and the site setting that points to them."""

import datetime

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..conf import app_settings
from .blocks import EmergencyNumberBlock, OpeningPeriodBlock
from .calendar import Closure, WorkingCalendar
from .opening_hours import group_by_day, status_at

# Desk and phone come first everywhere a list of channels is shown: they are
# what people with few digital skills use, and they must never be hidden
# behind the digital channels.
KIND_CHOICES = [
    ("desk", _("Desk (in person)")),
    ("phone", _("Phone")),
    ("email", _("E-mail")),
    ("form", _("Contact form")),
    ("chat", _("Chat")),
    ("video", _("Video call by appointment")),
]
KIND_ORDER = {kind: position for position, (kind, _label) in enumerate(KIND_CHOICES)}
# Channels whose answer time is a promise in working days, kept in the site
# settings so that the channel and the contact forms say the same.
PROMISED_DAYS = {"email": "question_answer_days", "form": "question_answer_days",
                 "video": "callback_answer_days"}


class ContactChannel(TranslatableMixin, models.Model):
    """One way to reach the centre, with what a citizen needs to choose it:
    when it is open, how fast it answers, what to prepare, what not to share
    there and whether a wheelchair user can get in."""

    kind = models.CharField(_("Kind"), max_length=10, choices=KIND_CHOICES)
    name = models.CharField(_("Name"), max_length=80,
                            help_text=_("As a citizen says it: \"At the desk\", \"By phone\"."))
    summary = models.CharField(_("What it is good for"), max_length=200, blank=True)
    address = models.TextField(_("Address"), max_length=300, blank=True)
    phone = models.CharField(_("Phone number"), max_length=30, blank=True)
    email = models.EmailField(_("E-mail address"), blank=True)
    url = models.URLField(_("Web address"), blank=True,
                          help_text=_("For a form, a chat or booking a video call."))
    form_page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("Form for this channel"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
        help_text=_("For example the contact form for e-mail, the callback form for video "
                    "calls. Choose the French page: readers see their own language's."))
    hours = StreamField([("period", OpeningPeriodBlock())], blank=True,
                        verbose_name=_("Opening hours"),
                        help_text=_("Leave empty for a channel you can use at any time."))
    response_time = models.CharField(
        _("How fast we answer"), max_length=200, blank=True,
        help_text=_("For the desk, the phone or the chat, for example \"about 10 minutes\". "
                    "E-mail and forms show the site's answer time in working days instead "
                    "(Settings → Site settings), so that every page promises the same."))
    prepare = models.TextField(_("What to prepare or bring"), max_length=400, blank=True)
    do_not_share = models.TextField(_("What not to share here"), max_length=400, blank=True)
    wheelchair_access = models.TextField(_("Access for wheelchairs"), max_length=300, blank=True)

    panels = [
        FieldPanel("kind"),
        FieldPanel("name"),
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("address"), FieldPanel("phone"), FieldPanel("email"),
                         FieldPanel("url"), FieldPanel("form_page")],
                        heading=_("How to reach it")),
        FieldPanel("hours"),
        FieldPanel("response_time"),
        FieldPanel("prepare"),
        FieldPanel("do_not_share"),
        FieldPanel("wheelchair_access"),
    ]

    translatable_fields = [
        SynchronizedField("kind"),
        TranslatableField("name"),
        TranslatableField("summary"),
        TranslatableField("address"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
        SynchronizedField("url"),
        SynchronizedField("form_page"),
        SynchronizedField("hours"),
        TranslatableField("response_time"),
        TranslatableField("prepare"),
        TranslatableField("do_not_share"),
        TranslatableField("wheelchair_access"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Contact channel")
        verbose_name_plural = _("Contact channels")

    def __str__(self):
        return self.name

    @property
    def sort_key(self):
        return (KIND_ORDER.get(self.kind, len(KIND_ORDER)), self.pk or 0)

    def periods(self):
        return [child.value for child in self.hours]

    def promise(self, site_settings=None):
        """How fast we answer: for e-mail, forms and video calls the site's
        time in working days (the same number the forms use), else the
        editor's text."""
        setting = PROMISED_DAYS.get(self.kind)
        if setting is None:
            return self.response_time
        days = getattr(site_settings or SiteSettings(), setting)  # unsaved: the defaults
        if self.kind == "video":
            return ngettext("We offer you an appointment within %(days)d working day.",
                            "We offer you an appointment within %(days)d working days.",
                            days) % {"days": days}
        return ngettext("We answer within %(days)d working day.",
                        "We answer within %(days)d working days.", days) % {"days": days}

    def grouped_hours(self):
        return group_by_day(self.periods())

    def status(self, moment=None, calendar=None):
        """Open or closed now, closed on public holidays and closure days too.
        A page listing several channels passes one ``working_calendar()``."""
        if calendar is None:
            calendar = working_calendar()
        return status_at(self.periods(), timezone.localtime(moment), calendar)

    @classmethod
    def for_locale(cls, locale):
        """The channels in a language, desk and phone first."""
        return sorted(cls.objects.filter(locale=locale).select_related("form_page"),
                      key=lambda channel: channel.sort_key)


class ClosureDay(models.Model):
    """A day the organisation closes although it is not a public holiday (a
    community holiday, 2 or 15 November, a bridge day), or closes early (the
    afternoon of 24 December). One list for the whole organisation: answer
    dates and "open now" both skip these days."""

    date = models.DateField(_("Date"), unique=True)
    closed_from = models.TimeField(
        _("Closed from"), null=True, blank=True,
        help_text=_("Leave empty when the whole day is closed. Example: 12:00 for an afternoon."),
    )
    label = models.CharField(_("Reason"), max_length=100, blank=True,
                             help_text=_("For staff, for example \"Bridge day\"."))

    panels = [FieldPanel("date"), FieldPanel("closed_from"), FieldPanel("label")]

    class Meta:
        ordering = ["date"]
        verbose_name = _("Closure day")
        verbose_name_plural = _("Closure days")

    def __str__(self):
        return f"{self.date.isoformat()} {self.label}".strip()

    def as_closure(self):
        return Closure(self.date, self.closed_from, self.label)


def working_calendar():
    """The organisation's working days: Belgian public holidays, the closure
    days from the admin (one query) and the ``WORKING_DAY_CUT_OFF`` setting."""
    cut_off = app_settings.WORKING_DAY_CUT_OFF
    if isinstance(cut_off, str):
        cut_off = datetime.time.fromisoformat(cut_off)
    closures = [day.as_closure() for day in ClosureDay.objects.all()]
    return WorkingCalendar(closures, cut_off=cut_off, tz=timezone.get_default_timezone())


class OrganisationDetails(TranslatableMixin, models.Model):
    """The CPAS's name, address, hours and emergency numbers.

    Wagtail's site settings are one row per site and cannot be translated, so
    the text lives in this translatable snippet and the site setting points
    to it. Numbers and hours are synchronised from the French source; names,
    addresses and labels are translated with wagtail-localize.
    """

    name = models.CharField(_("Name of the organisation"), max_length=120)
    address = models.TextField(_("Address"), max_length=300)
    phone = models.CharField(_("Phone number"), max_length=30)
    email = models.EmailField(_("E-mail address"), blank=True)
    callback_number = models.CharField(
        _("The number we call from"), max_length=30, blank=True,
        help_text=_("Said on callback forms, so that people do not block a hidden or unknown "
                    "number."))
    ombudsman_name = models.CharField(
        _("Ombudsman"), max_length=150, blank=True,
        help_text=_("Where people can turn when they are not satisfied with the answer to a "
                    "complaint, for example the regional ombudsman."))
    ombudsman_url = models.URLField(_("Ombudsman's website"), blank=True)
    ombudsman_phone = models.CharField(_("Ombudsman's phone number"), max_length=30,
                                       blank=True)
    desk_hours = StreamField(
        [("period", OpeningPeriodBlock())], blank=True, verbose_name=_("Desk opening hours")
    )
    phone_hours = StreamField(
        [("period", OpeningPeriodBlock())], blank=True, verbose_name=_("Phone line hours")
    )
    emergency_numbers = StreamField(
        [("number", EmergencyNumberBlock())], blank=True, verbose_name=_("Emergency numbers")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("address"),
        MultiFieldPanel([FieldPanel("phone"), FieldPanel("email"),
                         FieldPanel("callback_number")], heading=_("Contact")),
        FieldPanel("desk_hours"),
        FieldPanel("phone_hours"),
        FieldPanel("emergency_numbers"),
        MultiFieldPanel([FieldPanel("ombudsman_name"), FieldPanel("ombudsman_url"),
                         FieldPanel("ombudsman_phone")], heading=_("Complaints")),
    ]

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("address"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
        SynchronizedField("callback_number"),
        SynchronizedField("desk_hours"),
        SynchronizedField("phone_hours"),
        TranslatableField("emergency_numbers"),
        TranslatableField("ombudsman_name"),
        SynchronizedField("ombudsman_url"),
        SynchronizedField("ombudsman_phone"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Organisation details")
        verbose_name_plural = _("Organisation details")

    def __str__(self):
        return self.name

    def desk_days(self):
        return group_by_day(block.value for block in self.desk_hours)

    def phone_days(self):
        return group_by_day(block.value for block in self.phone_hours)

    def phone_href(self):
        digits = "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")
        if digits.startswith("0"):
            digits = "+32" + digits[1:]
        return f"tel:{digits}"


@register_setting(icon="home")
class SiteSettings(BaseSiteSetting):
    """Site-wide choices. The organisation's text is a translatable snippet, so
    the footer shows it in the reader's language."""

    organisation = models.ForeignKey(
        "balise_pages.OrganisationDetails",
        verbose_name=_("Organisation details"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Choose the French version; the footer shows the reader's translation."),
    )

    question_answer_days = models.PositiveSmallIntegerField(
        _("Answer time for questions (working days)"), default=2,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
        help_text=_("Promised by the e-mail channel and by every question form that does not "
                    "set its own time."))
    complaint_answer_days = models.PositiveSmallIntegerField(
        _("Answer time for complaints (working days)"), default=20,
        validators=[MinValueValidator(1), MaxValueValidator(60)])
    callback_answer_days = models.PositiveSmallIntegerField(
        _("Time to call back or give an appointment (working days)"), default=2,
        validators=[MinValueValidator(1), MaxValueValidator(60)])

    select_related = ["organisation"]
    panels = [
        FieldPanel("organisation"),
        MultiFieldPanel([FieldPanel("question_answer_days"), FieldPanel("complaint_answer_days"),
                         FieldPanel("callback_answer_days")],
                        heading=_("What we promise"),
                        help_text=_("Weekends, public holidays and closure days are not "
                                    "counted.")),
    ]

    class Meta:
        verbose_name = _("Site settings")
