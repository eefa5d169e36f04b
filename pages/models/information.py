import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from ..blocks.information import InformationBodyBlock
from ..plain_language import tokens
from .base import BalisePage

MAX_IN_SHORT_SENTENCES = 3
REVIEW_INTERVALS = [(3, _("Every 3 months")), (6, _("Every 6 months")),
                    (12, _("Every year")), (24, _("Every 2 years"))]


def add_months(day, months):
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last_day in (day.day, 30, 29, 28):
        try:
            return datetime.date(year, month, min(day.day, last_day))
        except ValueError:
            continue
    raise ValueError(day)


class InformationPage(BalisePage):
    """One task or question a citizen has ("Apply for the integration
    income"): a short summary first, then a body limited to plain-language
    blocks, and the date someone last checked that it is still true."""

    intro = models.TextField(
        _("In short"), max_length=400,
        help_text=_("At most 3 short sentences: the answer, for people who read nothing else."),
    )
    body = StreamField(InformationBodyBlock(), blank=True, verbose_name=_("Body"))
    last_reviewed = models.DateField(
        _("Last reviewed"), null=True, blank=True,
        help_text=_("The day someone checked that this page is still true. Shown to readers."),
    )
    review_interval = models.PositiveSmallIntegerField(
        _("Review interval"), choices=REVIEW_INTERVALS, default=6)
    content_owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("Content owner"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
        help_text=_("Who checks that this page stays true. Appears in the freshness report."),
    )

    plain_language_fields = ["intro", "body"]
    search_fields = [*BalisePage.search_fields, index.SearchField("body")]
    content_panels = [
        *BalisePage.content_panels,
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("last_reviewed"), FieldPanel("review_interval"),
                         FieldPanel("content_owner")], heading=_("Review")),
    ]

    parent_page_types = ["balise_pages.HomePage", "balise_pages.TopicPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Information page")

    def clean(self):
        super().clean()
        sentences = tokens.sentences([self.intro or ""])
        if len(sentences) > MAX_IN_SHORT_SENTENCES:
            raise ValidationError({"intro": _(
                "Keep \"In short\" to %(limit)s sentences; this has %(count)s."
            ) % {"limit": MAX_IN_SHORT_SENTENCES, "count": len(sentences)}})

    @property
    def review_due(self):
        if self.last_reviewed is None:
            return None
        return add_months(self.last_reviewed, self.review_interval)

    def is_overdue(self, today=None):
        due = self.review_due
        return due is None or due < (today or timezone.localdate())
