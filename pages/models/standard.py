from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from ..blocks import standard_body_blocks
from .base import BalisePage


class StandardPage(BalisePage):
    """A plain page of text with sub-headings (about us, legal notices...)."""

    body = StreamField(standard_body_blocks(), blank=True, verbose_name=_("Body"))

    search_fields = [*BalisePage.search_fields, index.SearchField("body")]
    content_panels = [*BalisePage.content_panels, FieldPanel("body")]
    plain_language_fields = ["intro", "body"]

    parent_page_types = ["balise_pages.HomePage", "balise_pages.StandardPage"]
    subpage_types = ["balise_pages.StandardPage"]
    # the same for every reader who is not signed in: kept whole in the cache (pages.caching)
    cache_for_anonymous = True

    class Meta:
        verbose_name = _("Standard page")
