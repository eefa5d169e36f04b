"""A page editors pin to the top of the search results for a query in one
language ("best bets").

Wagtail's ``search_promotions`` has no locale, and a promotion is about the
words citizens type in one language ("leefloon" is Dutch, "RIS" French), so
each promotion names its locale. For the same reason it is not a
translatable snippet: a French promotion has no Dutch twin to keep in sync,
only, perhaps, a Dutch promotion of other words for another page."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.models import Locale

from .search_terms import QUERY_LENGTH, normalise_query


class PromotedResult(models.Model):
    locale = models.ForeignKey(Locale, on_delete=models.CASCADE, related_name="+",
                               verbose_name=_("Language"))
    query = models.CharField(
        _("Search terms"), max_length=QUERY_LENGTH,
        help_text=_("What citizens type. Capitals and extra spaces do not matter."))
    other_queries = models.TextField(
        _("Other search terms"), blank=True,
        help_text=_("Optional: other words that show the same page, one per line."))
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+",
                             verbose_name=_("Page"))
    description = models.CharField(
        _("Description"), max_length=300, blank=True,
        help_text=_("Optional: shown under the title. Empty: the page's \"In short\"."))
    sort_order = models.PositiveSmallIntegerField(
        _("Order"), default=0, help_text=_("Lower numbers come first."))

    panels = [FieldPanel("locale"), FieldPanel("query"), FieldPanel("other_queries"),
              PageChooserPanel("page"), FieldPanel("description"), FieldPanel("sort_order")]

    class Meta:
        verbose_name = _("Promoted result")
        verbose_name_plural = _("Promoted results")
        ordering = ["locale", "query", "sort_order", "pk"]

    def __str__(self):
        return self.query

    def queries(self):
        """Every query this promotion answers, normalised."""
        lines = [self.query, *self.other_queries.splitlines()]
        return [query for query in dict.fromkeys(normalise_query(line) for line in lines) if query]

    def clean(self):
        super().clean()
        self.query = normalise_query(self.query)
        if not self.query:
            raise ValidationError({"query": _("Type the words citizens search for.")})
        if self.page_id and self.locale_id and self.page.locale_id != self.locale_id:
            raise ValidationError({"page": _("Choose a page in the promotion's language.")})
