from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Page

from ..frame.cache import shared
from ..frame.privacy import is_public
from .base import BalisePage

# Other apps add sections below a topic's pages (the rights explorer lists
# the rights of the theme) without the pages app knowing them: a function
# registered under this hook name gets (topic page, request) and returns
# None or {"template": ..., "context": {...}}, rendered in the hook's order.
TOPIC_SECTIONS_HOOK = "balise_topic_sections"


class TopicPage(BalisePage):
    """A theme (money, housing, health...) that lists its information pages,
    so a citizen who does not know the name of a right can still find it."""

    parent_page_types = ["balise_pages.HomePage"]
    subpage_types = ["balise_pages.InformationPage"]
    plain_language_fields = ["intro"]
    # the same for every reader who is not signed in: kept whole in the cache (pages.caching)
    cache_for_anonymous = True

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
        context["topic_sections"] = self.other_sections(request)
        return context

    def listed_pages(self, request=None):
        """The live, public pages of this topic, in the editors' order."""
        pages = Page.objects.child_of(self).live().defer_streamfields().specific().order_by("path")
        return [page for page in pages if is_public(page, request)]

    def other_sections(self, request=None):
        """What other apps show on this topic (``TOPIC_SECTIONS_HOOK``)."""
        sections = []
        for section_for in hooks.get_hooks(TOPIC_SECTIONS_HOOK):
            section = section_for(self, request)
            if section:
                sections.append(section)
        return sections
