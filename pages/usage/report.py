"""The staff report "Use of the site" (Reports menu): what citizens use,
counted on the server without tracking them (``pages.usage``).

Over the last 7, 30 or 90 days, in one language or all: page views per day
and language (an SVG chart and the same figures in a table), the most
viewed pages with their top-task clicks, the forms' funnel (started, sent),
the rights explorer's results shown, the search use (from the search terms'
own counts) and a "top tasks" suggestion per language. The listing and its
CSV export (safe cells) are the pages. Open to users with the permission
``balise_pages.view_usage_report`` (Settings → Groups)."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.models import Locale

from ..models.home import HomePage
from ..reports.views import ListReportView
from . import figures
from .chart import views_chart
from .kinds import EXPLORER_RESULTS
from .suggestions import suggest

VIEW_USAGE_REPORT = "balise_pages.view_usage_report"
PERIODS = [("7", _("Last 7 days")), ("30", _("Last 30 days")), ("90", _("Last 90 days"))]
DEFAULT_DAYS = "30"


class UsageForm(forms.Form):
    days = forms.ChoiceField(label=_("Period"), choices=PERIODS, required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)

    def __init__(self, *args, languages=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [("", _("All languages"))] + list(languages)


class PageTitleColumn(Column):
    cell_template_name = "balise_pages/usage/page_cell.html"


class UsageReportView(ListReportView):
    required_permission = VIEW_USAGE_REPORT
    page_title = _("Use of the site")
    header_icon = "doc-full"
    index_url_name = "balise_usage_report"
    index_results_url_name = "balise_usage_report_results"
    template_name = "balise_pages/usage/report.html"
    export_name = "use-of-the-site"
    paginate_by = 50
    list_export = ["language", "title", "views", "top_task_clicks", "forms_started",
                   "forms_sent", "explorer_results"]

    @property
    def export_headings(self):
        return {"language": gettext("Language"), "title": gettext("Page"),
                "views": gettext("Page views"), "top_task_clicks": gettext("Top task clicks"),
                "forms_started": gettext("Forms started"), "forms_sent": gettext("Forms sent"),
                "explorer_results": gettext("Rights explorer results shown")}

    # The period and the language, from the query string (wrong values: defaults)

    @cached_property
    def languages(self):
        """[(code, name)] of the site's languages."""
        return [(locale.language_code, locale.get_display_name())
                for locale in Locale.objects.order_by("pk")]

    @cached_property
    def period_form(self):
        asked = {"days", "language"} & set(self.request.GET)
        return UsageForm(self.request.GET if asked else None, languages=self.languages,
                         initial={"days": DEFAULT_DAYS, "language": ""})

    @cached_property
    def period(self):
        """(start, end, language): the last ``days`` days, today included."""
        days, language = DEFAULT_DAYS, ""
        form = self.period_form
        if form.is_bound and form.is_valid():
            days = form.cleaned_data["days"] or DEFAULT_DAYS
            language = form.cleaned_data["language"] or ""
        end = timezone.localdate()
        return end - datetime.timedelta(days=int(days) - 1), end, language

    @cached_property
    def shown_languages(self):
        language = self.period[2]
        return [(code, name) for code, name in self.languages if not language or code == language]

    @cached_property
    def rows(self):
        return figures.page_rows(*self.period)

    def get_rows(self):
        return self.rows

    @property
    def columns(self):
        return [
            PageTitleColumn("title", label=_("Page"), sort_key="title"),
            Column("language", label=_("Language"), sort_key="language"),
            Column("views", label=_("Page views"), sort_key="views"),
            Column("top_task_clicks", label=_("Top task clicks"), sort_key="top_task_clicks"),
            Column("forms_started", label=_("Forms started"), sort_key="forms_started"),
            Column("forms_sent", label=_("Forms sent"), sort_key="forms_sent"),
            Column("explorer_results", label=_("Rights explorer results shown"),
                   sort_key="explorer_results"),
        ]

    def get_filename(self):
        start, end, language = self.period
        return "-".join(filter(None, [self.export_name, language,
                                      f"{start:%Y-%m-%d}", f"{end:%Y-%m-%d}"]))

    # The page around the listing

    def trend(self):
        start, end, language = self.period
        codes = [code for code, _name in self.shown_languages]
        return figures.daily_views(start, end, codes, language)

    def chart(self, trend):
        start, end, _language = self.period
        series = [(name, [views[code] for _day, views in trend])
                  for code, name in self.shown_languages]
        description = gettext(
            "Page views per day and language, from %(start)s to %(end)s, one line per "
            "language. The table below gives the same figures.") % {
                "start": f"{start:%d/%m/%Y}", "end": f"{end:%d/%m/%Y}"}
        return mark_safe(views_chart(  # noqa: S308 - every text is escaped by views_chart
            series, [f"{day:%d/%m}" for day, _views in trend],
            gettext("Page views per day and language"), description))

    def current_tasks(self, language):
        """[(page id, title)] of the top tasks of the live home pages in ``language``."""
        tasks = []
        for home in HomePage.objects.live().filter(locale__language_code=language):
            tasks += [(task["page"].pk, task["label"]) for task in home.localized_tasks()]
        return list(dict.fromkeys(tasks))

    def suggestions(self):
        return [suggest(code, [row for row in self.rows if row.language == code],
                        self.current_tasks(code))
                for code, _name in self.shown_languages]

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        start, end, language = self.period
        codes = [code for code, _name in self.shown_languages]
        names = dict(self.languages)
        trend = self.trend()
        explorer = figures.per_language(start, end, EXPLORER_RESULTS, codes, language)
        searches = figures.search_use(start, end, codes, language)
        context.update({
            "period_form": self.period_form, "period_start": start, "period_end": end,
            "shown_languages": self.shown_languages, "trend": trend,
            "trend_rows": [(day, [views[code] for code in codes]) for day, views in trend],
            "trend_totals": [sum(views[code] for _day, views in trend) for code in codes],
            "chart": self.chart(trend),
            "funnel": [row for row in self.rows if row.forms_started or row.forms_sent],
            "by_language": [(names.get(code, code), explorer[code], *searches[code])
                            for code in codes],
            "suggestions": [(names.get(item.language, item.language), item)
                            for item in self.suggestions()],
        })
        return context
