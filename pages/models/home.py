from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from ..blocks import TopTaskBlock
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
        "balise_pages.StandardPage",
    ]
    plain_language_fields = ["intro", "reach_us_text"]

    class Meta:
        verbose_name = _("Home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["tasks"] = self.localized_tasks()
        context["contact_page"] = self.contact_page.localized if self.contact_page else None
        return context

    def localized_tasks(self):
        """Top tasks with their page in this home's language, in one query
        whatever the number of tasks."""
        chosen = [block.value for block in self.top_tasks if block.value["page"] is not None]
        keys = [value["page"].translation_key for value in chosen]
        local = {
            page.translation_key: page
            for page in Page.objects.live().filter(
                translation_key__in=keys, locale_id=self.locale_id
            )
        }
        tasks = []
        for value in chosen:
            page = local.get(value["page"].translation_key, value["page"])
            tasks.append(
                {
                    "page": page,
                    "label": value["label"] or page.title,
                    "description": value["description"],
                }
            )
        return tasks
