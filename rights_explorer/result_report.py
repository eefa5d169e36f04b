"""The staff report "Rights explorer: results" (Reports menu): for each
right, over a chosen period, how often the explorer showed it as likely,
possible or unlikely, and how often readers said a result surprised them.

The figures are the anonymous counters of ``counting`` (numbers per day,
right and outcome, nothing about a reader). Rights often called unexpected
are the first place to look for a rule that says something its editors did
not mean: the report can list them first. Open to users with the permission
``balise_rights.view_result_counts`` (Settings → Groups); the CSV export is
the shared reports' one, with safe cells."""

from dataclasses import dataclass

from django import forms
from django.db.models import Sum
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column

from pages.reports import periods
from pages.reports.views import ListReportView

from . import rule_set
from .engine import LIKELY, POSSIBLE, UNLIKELY
from .result_counts import ResultCount

VIEW_RESULT_COUNTS = "balise_rights.view_result_counts"
BY_TITLE = "title"
MOST_UNEXPECTED = "unexpected"
ORDER_CHOICES = [(BY_TITLE, _("Right")), (MOST_UNEXPECTED, _("Most unexpected first"))]


class PeriodForm(periods.PeriodForm):
    order = forms.ChoiceField(label=_("Order"), choices=ORDER_CHOICES, required=False)


@dataclass
class RightRow:
    right: str
    title: str
    likely: int = 0
    possible: int = 0
    unlikely: int = 0
    unexpected: int = 0

    @property
    def shown(self):
        return self.likely + self.possible + self.unlikely


def rows_for(start, end, titles):
    """One row per right counted between ``start`` and ``end`` (included)."""
    rows = {}
    counts = (ResultCount.objects.filter(day__gte=start, day__lte=end)
              .values("right", "outcome").annotate(shown=Sum("shown"),
                                                   unexpected=Sum("unexpected")))
    for count in counts:
        slug = count["right"]
        row = rows.setdefault(slug, RightRow(slug, titles.get(slug, slug)))
        if count["outcome"] in (LIKELY, POSSIBLE, UNLIKELY):
            setattr(row, count["outcome"], getattr(row, count["outcome"]) + count["shown"])
        row.unexpected += count["unexpected"]
    return list(rows.values())


class ResultReportView(periods.PeriodReportMixin, ListReportView):
    period_form_class = PeriodForm
    choice_field = "order"
    choice_default = BY_TITLE

    required_permission = VIEW_RESULT_COUNTS
    page_title = _("Rights explorer: results")
    header_icon = "help"
    index_url_name = "balise_rights_result_report"
    index_results_url_name = "balise_rights_result_report_results"
    template_name = "balise_rights/result_report.html"
    export_name = "rights-explorer-results"
    paginate_by = None
    list_export = ["right", "title", "shown", "likely", "possible", "unlikely", "unexpected"]

    @property
    def export_headings(self):
        return {"right": gettext("Right (slug)"), "title": gettext("Right"),
                "shown": gettext("Shown"), "likely": gettext("Shown as likely"),
                "possible": gettext("Shown as possible"),
                "unlikely": gettext("Shown as unlikely"),
                "unexpected": gettext("Said to be unexpected")}


    def get_rows(self):
        start, end, order = self.period
        titles = {page.slug: page.title for page in rule_set.rights(drafts=False)}
        rows = sorted(rows_for(start, end, titles), key=lambda row: row.title.lower())
        if order == MOST_UNEXPECTED:
            rows.sort(key=lambda row: row.unexpected, reverse=True)  # stable: titles next
        return rows

    @property
    def columns(self):
        return [
            Column("title", label=_("Right"), sort_key="title"),
            Column("shown", label=_("Shown"), sort_key="shown"),
            Column("likely", label=_("Likely"), sort_key="likely"),
            Column("possible", label=_("Possible"), sort_key="possible"),
            Column("unlikely", label=_("Unlikely"), sort_key="unlikely"),
            Column("unexpected", label=_("Said to be unexpected"), sort_key="unexpected"),
        ]

    def get_filename(self):
        start, end, _order = self.period
        return f"{self.export_name}-{start:%Y-%m-%d}-{end:%Y-%m-%d}"

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        start, end, _order = self.period
        context.update({"period_form": self.period_form, "period_start": start,
                        "period_end": end})
        return context
