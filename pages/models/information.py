import datetime
from typing import NamedTuple

from django.conf import settings
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
# Generous on purpose: a draft may run long while the writer works; the
# sentence limit is what is enforced, when publishing.
IN_SHORT_MAX_LENGTH = 1000
REVIEW_INTERVALS = [(3, _("Every 3 months")), (6, _("Every 6 months")),
                    (12, _("Every year")), (24, _("Every 2 years"))]


class InShortCount(NamedTuple):
    """What the editor shows under "In short" and what publishing checks."""

    sentences: int
    characters: int
    limit: int

    @property
    def too_many_sentences(self):
        return self.sentences > self.limit


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
        _("In short"), max_length=IN_SHORT_MAX_LENGTH,
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
    # its template shows "Did this page help you?": the feedback views accept answers for it
    accepts_feedback = True
    # the same for every reader who is not signed in (the feedback box asks the same
    # question to all; its answers are posts, never kept): kept whole (pages.caching)
    cache_for_anonymous = True
    subpage_types = []

    class Meta:
        verbose_name = _("Information page")

    @staticmethod
    def count_in_short(text):
        """Counted as the analyser counts (a line break ends a sentence too).
        A draft may have more sentences than the limit: the page form refuses
        them only when publishing, and the editor shows the count live."""
        text = (text or "").replace("\r\n", "\n")
        return InShortCount(len(tokens.sentences([text])), len(text), MAX_IN_SHORT_SENTENCES)

    @property
    def review_due(self):
        if self.last_reviewed is None:
            return None
        return add_months(self.last_reviewed, self.review_interval)

    def is_overdue(self, today=None):
        due = self.review_due
        return due is None or due < (today or timezone.localdate())
