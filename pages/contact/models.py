"""Ways to reach the centre: its contact channels, the organisation's
details shown in every footer, and the site setting that points to them."""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
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
    hours = StreamField([("period", OpeningPeriodBlock())], blank=True,
                        verbose_name=_("Opening hours"),
                        help_text=_("Leave empty for a channel you can use at any time."))
    response_time = models.CharField(_("How fast we answer"), max_length=200, blank=True)
    prepare = models.TextField(_("What to prepare or bring"), max_length=400, blank=True)
    do_not_share = models.TextField(_("What not to share here"), max_length=400, blank=True)
    wheelchair_access = models.TextField(_("Access for wheelchairs"), max_length=300, blank=True)

    panels = [
        FieldPanel("kind"),
        FieldPanel("name"),
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("address"), FieldPanel("phone"), FieldPanel("email"),
                         FieldPanel("url")], heading=_("How to reach it")),
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
        return sorted(cls.objects.filter(locale=locale), key=lambda channel: channel.sort_key)


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
        MultiFieldPanel([FieldPanel("phone"), FieldPanel("email")], heading=_("Contact")),
        FieldPanel("desk_hours"),
        FieldPanel("phone_hours"),
        FieldPanel("emergency_numbers"),
    ]

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("address"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
        SynchronizedField("desk_hours"),
        SynchronizedField("phone_hours"),
        TranslatableField("emergency_numbers"),
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

    select_related = ["organisation"]
    panels = [FieldPanel("organisation")]

    class Meta:
        verbose_name = _("Site settings")
