"""What citizens typed into the search box, one row per day, language and
query: how often, and how many results the last search got.

Wagtail's own "Search terms" report keeps neither the language nor the
result count, and both are what tells editors which page or synonym is
missing in which language. Only aggregates are kept: no time of day, no
reader; the query is masked before it is stored (``pages.search.terms``)
and rows are deleted after ``SEARCH_TERMS_DAYS``."""

import re

from django.db import models
from django.utils.translation import gettext_lazy as _

QUERY_LENGTH = 100
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def normalise_query(text):
    """``text`` as queries are compared and stored: lower case, typographic
    apostrophes made straight, one space between words, 100 characters.
    Here, beside the rows it keys, so that promoted results compare queries
    the same way without the models importing the search package. Control
    characters count as spaces: PostgreSQL refuses a NUL in text, and none
    is a search word."""
    text = CONTROL_CHARACTERS.sub(" ", (text or "").replace("\u2019", "'").lower())
    return " ".join(text.split())[:QUERY_LENGTH].strip()


class SearchTerm(models.Model):
    day = models.DateField(_("Day"), db_index=True)
    language = models.CharField(_("Language"), max_length=10)
    query = models.CharField(_("Search terms"), max_length=QUERY_LENGTH)
    searches = models.PositiveIntegerField(_("Searches"), default=0)
    last_result_count = models.PositiveIntegerField(_("Results (last search)"), default=0)

    class Meta:
        verbose_name = _("Search term")
        verbose_name_plural = _("Search terms")
        constraints = [models.UniqueConstraint(fields=["day", "language", "query"],
                                               name="balise_search_term_one_row_per_day")]
        permissions = [("view_search_terms", _("Can see what citizens search for"))]

    def __str__(self):
        return f"{self.day} {self.language} {self.query}"
