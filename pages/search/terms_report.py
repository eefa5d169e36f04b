"""The staff report "Search terms" (Reports menu): what citizens searched
for in each language over a period, how often, and how many results the
last search got, the queries that found nothing first: each is a page, a
synonym or a promoted result to add, and the row links to both forms.

Open to users with ``balise_pages.view_search_terms`` (Settings → Groups):
queries are citizens' own words, masked but still worth a permission. The
CSV export is the shared reports' one, with safe cells."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django import forms
from django.db.models import Sum
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.models import Locale

from ..models.search_terms import SearchTerm
from ..reports import periods
from ..reports.views import ListReportView

VIEW_SEARCH_TERMS = "balise_pages.view_search_terms"


class SearchTermsForm(periods.PeriodForm):
    language = forms.ChoiceField(label=_("Language"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [("", _("All languages"))] + [
            (locale.language_code, locale.get_display_name())
            for locale in Locale.objects.order_by("language_code")]


@dataclass
class TermRow:
    language: str
    query: str
    searches: int
    results: int

    @property
    def synonym_url(self):
        # the glossary's add form takes no initial values: staff type the term
        return reverse("wagtailsnippets_balise_pages_glossaryterm:add")

    @property
    def promote_url(self):
        return "{}?{}".format(reverse("wagtailsnippets_balise_pages_promotedresult:add"),
                              urlencode({"query": self.query, "locale": self.language}))


def term_rows(start, end, language=None):
    """One row per language and query searched between ``start`` and
    ``end`` (included): zero results first, then the most searched."""
    terms = SearchTerm.objects.filter(day__gte=start, day__lte=end)
    if language:
        terms = terms.filter(language=language)
    totals = terms.values("language", "query").annotate(searches=Sum("searches"))
    latest = {}
    for language_code, query, count in (terms.order_by("day")
                                        .values_list("language", "query", "last_result_count")):
        latest[language_code, query] = count  # the last day wins
    rows = [TermRow(total["language"], total["query"], total["searches"],
                    latest.get((total["language"], total["query"]), 0))
            for total in totals]
    rows.sort(key=lambda row: (row.results > 0, -row.searches, row.language, row.query))
    return rows


class ActionsColumn(Column):
    cell_template_name = "balise_pages/admin/search_term_actions_cell.html"


class SearchTermsReportView(periods.PeriodReportMixin, ListReportView):
    period_form_class = SearchTermsForm
    choice_field = "language"
    choice_default = ""

    required_permission = VIEW_SEARCH_TERMS
    page_title = _("Search terms")
    header_icon = "search"
    index_url_name = "balise_search_terms_report"
    index_results_url_name = "balise_search_terms_report_results"
    template_name = "balise_pages/admin/search_terms_report.html"
    export_name = "search-terms"
    paginate_by = 100
    list_export = ["language", "query", "searches", "results"]

    @property
    def export_headings(self):
        return {"language": gettext("Language"), "query": gettext("Search terms"),
                "searches": gettext("Searches"), "results": gettext("Results")}


    def get_rows(self):
        return term_rows(*self.period)

    @property
    def columns(self):
        return [
            Column("query", label=_("Search terms"), sort_key="query"),
            Column("language", label=_("Language"), sort_key="language"),
            Column("searches", label=_("Searches"), sort_key="searches"),
            Column("results", label=_("Results"), sort_key="results"),
            ActionsColumn("actions", label=_("Improve")),
        ]

    def get_filename(self):
        start, end, language = self.period
        return "-".join(filter(None, [self.export_name, language,
                                      f"{start:%Y-%m-%d}", f"{end:%Y-%m-%d}"]))

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        start, end, _language = self.period
        context.update({"period_form": self.period_form, "period_start": start,
                        "period_end": end})
        return context
