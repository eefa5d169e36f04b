from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .opening_hours import WEEKDAY_CHOICES


class OpeningPeriodBlock(blocks.StructBlock):
    """One opening period: a weekday and a time range. Stored as data, not
    text, so that the same hours show in every language and can later say
    "open now"."""

    weekday = blocks.ChoiceBlock(choices=WEEKDAY_CHOICES, label=_("Day"))
    opens = blocks.TimeBlock(label=_("Opens at"))
    closes = blocks.TimeBlock(label=_("Closes at"))

    class Meta:
        icon = "time"
        label = _("Opening period")


class EmergencyNumberBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Service"), max_length=80)
    number = blocks.CharBlock(label=_("Number"), max_length=30)
    note = blocks.CharBlock(label=_("Note"), max_length=120, required=False)

    class Meta:
        icon = "warning"
        label = _("Emergency number")
