from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from ..frame.routing import view_restrictions


class BalisePage(Page):
    """What every public Balise page shares: a short introduction shown first
    and used as the meta description."""

    intro = models.TextField(
        _("Introduction"),
        blank=True,
        max_length=400,
        help_text=_("One or two short sentences: what the reader finds on this page."),
    )

    search_fields = [*Page.search_fields, index.SearchField("intro")]
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    # fields the plain-language checker reads, after the title
    plain_language_fields = ["intro"]

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        # Routing already read whether this page or an ancestor is private
        # (pages/frame/routing.py): Wagtail's two queries are not needed again.
        found = view_restrictions(self)
        return super().get_view_restrictions() if found is None else found

    @property
    def meta_description(self):
        return self.search_description or self.intro
