from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField

from ..blocks import TopTaskBlock
from ..caching import content_changes_at, until_open_status_changes
from ..contact.models import ContactChannel, working_calendar
from ..frame.cache import shared
from ..frame.locales import locale_by_id
from ..links import live_translations, localized_tasks
from .base import BalisePage


class ReachUsPage(BalisePage):
    """All ways to reach the centre side by side, so citizens choose: the
    desk and the phone always first, then the digital channels, each with
    whether it is open now."""

    forms = StreamField(
        [("task", TopTaskBlock())], blank=True, max_num=6,
        verbose_name=_("Forms to write to us"),
        help_text=_("The contact forms, for example a question, a complaint, a callback. "
                    "Shown after the channels."))

    content_panels = [*BalisePage.content_panels, FieldPanel("forms")]
    parent_page_types = ["balise_pages.HomePage"]
    subpage_types = []
    plain_language_fields = ["intro"]
    # kept whole for readers who are not signed in (pages.caching), until a channel
    # opens or closes, the day changes or the "as of" quarter hour ends
    cache_for_anonymous = True

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
        # Each channel's form in the reader's language: one query for all.
        forms_of_channels = shared(request, f"channel-forms:{self.locale_id}", lambda: (
            live_translations([channel.form_page for channel in channels],
                              locale_by_id(self.locale_id, request), request)))
        context["channels"] = [(channel, channel.status(now, calendar), form_page)
                               for channel, form_page in zip(channels, forms_of_channels,
                                                             strict=True)]
        content_changes_at(request, until_open_status_changes(
            now, [status for _channel, status, _form in context["channels"]]))

        def forms():
            return localized_tasks(self.forms, locale_by_id(self.locale_id, request), request)

        # Like the home's tasks: the same for every reader, except in a preview.
        context["forms"] = (forms() if getattr(request, "is_preview", False)
                            else shared(request, f"reach-us-forms:{self.pk}", forms))
        return context
