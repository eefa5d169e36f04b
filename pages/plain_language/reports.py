"""The plain-language report: every live page with its score, band and
findings, read from the results stored when each revision was saved
(``tasks.store_result``), so opening it costs a few queries however many
pages the site has. The admin screen and ``plain_language_report`` read the
same rows, so both list the same pages with the same figures."""

import datetime

from django.db.models import IntegerField, Value
from django.db.models.fields.json import KT
from django.db.models.functions import Cast, Coalesce
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn

from ..reports.views import BaliseReportView, EditablePagesMixin, edit_url
from .findings import JARGON, LONG_SENTENCE, RULES
from .models import PlainLanguageResult
from .tasks import pages_to_check, store_results

LANGUAGE_PARAM = "language"

# Columns sorted in the database: a rule's count is read from the stored JSON.
SORTABLE_COUNTS = {"long_sentences": LONG_SENTENCE, "jargon": JARGON}


def check_unchecked_pages(language=None):
    """Check, once, live pages that have no stored result yet (pages saved
    before results were stored, or whose background check has not run):
    one query when there are none."""
    return store_results(pages_to_check(language))


def plain_language_rows(language=None):
    """The stored result of every live page (optionally in one language),
    in page-tree order, with the page and its locale in the same query."""
    check_unchecked_pages(language)
    results = (PlainLanguageResult.objects.live()
               .select_related("page", "page__locale")
               .annotate(**{name: Coalesce(Cast(KT(f"findings__{rule}"), IntegerField()),
                                           Value(0))
                            for name, rule in SORTABLE_COUNTS.items()})
               .order_by("page__path"))
    if language:
        results = results.filter(page__locale__language_code=language)
    return results


class PlainLanguageReportView(EditablePagesMixin, BaliseReportView):
    """Each editor sees the pages they may edit."""

    page_title = _("Plain language")
    header_icon = "edit"
    index_url_name = "balise_plain_language_report"
    index_results_url_name = "balise_plain_language_report_results"
    default_ordering = "score"
    export_name = "plain-language"
    list_export = ["title", "language", "url", "score", "band_label", "lix", "words",
                   *[f"findings_counts.{rule}" for rule in RULES], "total_findings"]
    export_headings = {
        "title": _("Title"), "language": _("Language"), "url": _("Path"),
        "score": _("Score"), "band_label": _("Band"), "lix": "LIX", "words": _("Words"),
        **{f"findings_counts.{rule}": label for rule, label in RULES.items()},
        "total_findings": _("All points"),
    }

    @property
    def columns(self):
        return [
            TitleColumn("title", label=_("Title"), get_url=edit_url, sort_key="page__title"),
            Column("language", label=_("Language"), sort_key="language"),
            Column("score", label=_("Score"), sort_key="score",
                   accessor=lambda row: f"{row.score:.0f}"),
            Column("band_label", label=_("Band")),
            Column("lix", label="LIX", sort_key="lix", accessor=lambda row: f"{row.lix:.0f}"),
            Column("words", label=_("Words"), sort_key="words"),
            Column("long_sentences", label=RULES[LONG_SENTENCE], sort_key="long_sentences"),
            Column("jargon", label=RULES[JARGON], sort_key="jargon"),
            Column("total_findings", label=_("All points"), sort_key="total_findings"),
        ]

    def get_base_queryset(self):
        results = plain_language_rows(self.request.GET.get(LANGUAGE_PARAM) or None)
        if not self.request.user.is_superuser:
            results = results.filter(page__in=self.editable_pages())
        return results

    def order_queryset(self, queryset):
        # The page path breaks ties, so pages never jump between pages of results.
        ordered = super().order_queryset(queryset)
        return ordered.order_by(*ordered.query.order_by, "page__path")

    def get_filename(self):
        return f"{self.export_name}-{datetime.date.today():%Y-%m-%d}"
