from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from ..frame.cache import shared
from ..frame.privacy import is_public
from .base import BalisePage


class TopicPage(BalisePage):
    """A theme (money, housing, health...) that lists its information pages,
    so a citizen who does not know the name of a right can still find it."""

    parent_page_types = ["balise_pages.HomePage"]
    subpage_types = ["balise_pages.InformationPage"]
    plain_language_fields = ["intro"]

    class Meta:
        verbose_name = _("Topic page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False):
            context["listed_pages"] = self.listed_pages(request)
        else:
            # The same list for every reader: cached with the frame, which
            # any publish below this topic makes new.
            context["listed_pages"] = shared(
                request, f"topic-pages:{self.pk}", lambda: self.listed_pages(request))
        return context

    def listed_pages(self, request=None):
        """The live, public pages of this topic, in the editors' order."""
        pages = Page.objects.child_of(self).live().defer_streamfields().specific().order_by("path")
        return [page for page in pages if is_public(page, request)]
