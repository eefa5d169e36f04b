from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..blocks import EmergencyNumberBlock, OpeningPeriodBlock
from ..opening_hours import group_by_day


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
