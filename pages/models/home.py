from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField

from ..blocks import TopTaskBlock
from ..frame.cache import shared
from ..frame.locales import locale_by_id
from ..frame.routing import route_in_one_query
from ..links import live_translations, localized_tasks
from .base import BalisePage

MAX_TOP_TASKS = 8


class HomePage(BalisePage):
    """The home of one language: the few tasks citizens come for, a search box
    and how to reach the CPAS, nothing else competing for attention."""

    top_tasks = StreamField(
        [("task", TopTaskBlock())],
        blank=True,
        max_num=MAX_TOP_TASKS,
        verbose_name=_("Top tasks"),
        help_text=_("At most 8 shortcuts to what people ask for most, most asked first."),
    )
    reach_us_text = models.TextField(
        _("How to reach us: introduction"),
        blank=True,
        max_length=300,
    )
    contact_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Page with all contact channels"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *BalisePage.content_panels,
        FieldPanel("top_tasks"),
        MultiFieldPanel(
            [FieldPanel("reach_us_text"), FieldPanel("contact_page")],
            heading=_("How to reach us"),
        ),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "balise_pages.TopicPage", "balise_pages.InformationPage", "balise_pages.ReachUsPage",
        "balise_pages.StandardPage", "balise_forms.ContactFormPage",
        "balise_rights.PartnerDirectoryPage", "balise_rights.RightsExplorerPage",
        "balise_a11y.AccessibilityStatementPage",
    ]
    plain_language_fields = ["intro", "reach_us_text"]
    # the same for every reader who is not signed in: kept whole in the cache (pages.caching)
    cache_for_anonymous = True

    class Meta:
        verbose_name = _("Home page")

    def route(self, request, path_components):
        """Every page of this language is routed from here: in one query when
        the pages on the way route like Wagtail's (``frame.routing``)."""
        found = route_in_one_query(self, path_components)
        if found is None:
            return super().route(request, path_components)
        if found is self:
            return super().route(request, [])
        return found.route(request, [])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.reader_links(request))
        return context

    def reader_links(self, request):
        """The top tasks and the contact page, each linked only when its page
        is live and public in this home's language. The same for every reader,
        so cached with the frame (not for a preview, whose tasks are a draft)."""
        def compute():
            return {"tasks": self.localized_tasks(request),
                    "contact_page": self.localized_contact_page(request)}

        if getattr(request, "is_preview", False):
            return compute()
        return shared(request, f"home-links:{self.pk}", compute)

    def localized_contact_page(self, request=None):
        if self.contact_page_id is None:
            return None
        locale = locale_by_id(self.locale_id, request)
        return live_translations([self.contact_page], locale, request)[0]

    def localized_tasks(self, request=None):
        """Top tasks whose page is live and public in this home's language, in
        one query whatever the number of tasks; the others are left out."""
        return localized_tasks(self.top_tasks, locale_by_id(self.locale_id, request), request)
