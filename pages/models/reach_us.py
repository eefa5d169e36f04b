from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..contact.models import ContactChannel, working_calendar
from ..frame.cache import shared
from .base import BalisePage


class ReachUsPage(BalisePage):
    """All ways to reach the centre side by side, so citizens choose: the
    desk and the phone always first, then the digital channels, each with
    whether it is open now."""

    parent_page_types = ["balise_pages.HomePage"]
    subpage_types = []
    plain_language_fields = ["intro"]

    class Meta:
        verbose_name = _("How to reach us page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.localtime()
        context["now"] = now
        # The channels of a language are the same for every reader (cached with
        # the frame, made new by any save of a channel); whether each is open
        # is worked out now.
        channels = shared(request, f"channels:{self.locale_id}",
                          lambda: ContactChannel.for_locale(self.locale_id))
        # Holidays and closure days, cached with the frame like the channels.
        calendar = shared(request, "working-calendar", working_calendar)
        context["channels"] = [(channel, channel.status(now, calendar)) for channel in channels]
        return context
