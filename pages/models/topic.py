from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from .base import BalisePage


class TopicPage(BalisePage):
    """A theme (money, housing, health...) that lists its information pages,
    so a citizen who does not know the name of a right can still find it."""

    parent_page_types = ["balise_pages.HomePage"]
    subpage_types = ["balise_pages.InformationPage"]
    plain_language_fields = ["intro"]

    class Meta:
        verbose_name = _("Topic page")

    def listed_pages(self):
        return Page.objects.child_of(self).live().public().specific().order_by("path")
