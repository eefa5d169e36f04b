"""The service-level report (Reports menu): are requests answered in time?

Open to whoever may use the inbox (``forms.access.may_use_inbox``), and
computed only over the requests that reader may access
(``forms.access.requests_for``): a service's staff see their own service's
figures, the front office those of its forms. Survey answers carry no
request, so a reader sees those of the services their requests went to.

The figures are defined in ``forms.service_levels``; times to a first answer
are in calendar days. The chart is SVG drawn here (``forms.svg_chart``), with
the same figures in a table next to it; the CSV export is the base report's,
with safe cells.
"""

import datetime

from django import forms
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column

from pages.reports import periods
from pages.reports.views import ListReportView

from . import service_levels
from .access import may_use_inbox, requests_for, services_for
from .channels import CHANNEL_CHOICES
from .kinds import FORM_KIND_CHOICES
from .models import ContactSubmission, Service
from .satisfaction import SatisfactionAnswer
from .svg_chart import trend_chart

DEFAULT_WEEKS = 12
GROUP_CHOICES = [
    (service_levels.SERVICE, _("Service")),
    (service_levels.TOPIC, _("Topic")),
    (service_levels.CHANNEL, _("Channel")),
    (service_levels.KIND, _("Kind of form")),
]
REQUEST_FIELDS = ("submit_time", "due_date", "status", "first_answered_at", "closed_at",
                  "assigned_to_id", "topic", "channel", "kind")


class PeriodForm(periods.PeriodForm):
    group_by = forms.ChoiceField(label=_("Group by"), choices=GROUP_CHOICES, required=False)


def request_row(values):
    return service_levels.RequestRow(
        submitted_at=values["submit_time"], due_date=values["due_date"],
        status=values["status"], first_answered_at=values["first_answered_at"],
        closed_at=values["closed_at"], service=values["assigned_to_id"],
        topic=values["topic"], channel=values["channel"], kind=values["kind"])


def answer_row(values):
    return service_levels.AnswerRow(
        answer=values["answer"], week=values["week"], service=values["service_id"],
        topic=values["topic"], channel=values["channel"], kind=values["kind"])


def visible_answers(user, queryset):
    """Survey answers of the services ``user`` works for or whose requests
    they may read (all for a superuser)."""
    if user.is_superuser:
        return queryset
    services = set(services_for(user).values_list("pk", flat=True))
    services |= set(requests_for(user).exclude(assigned_to=None)
                    .values_list("assigned_to_id", flat=True).distinct())
    return queryset.filter(service_id__in=services)


def _percent(value):
    return "" if value is None else f"{value:g} %"


def _days(value):
    return "" if value is None else f"{value:g}"


class ServiceLevelReportView(periods.PeriodReportMixin, ListReportView):
    period_form_class = PeriodForm
    choice_field = "group_by"
    choice_default = service_levels.SERVICE

    def default_period(self, today):
        """The last 12 weeks: from the Monday 11 weeks before this one, to today."""
        start = service_levels.monday_of(today) - datetime.timedelta(weeks=DEFAULT_WEEKS - 1)
        return start, today

    page_title = _("Service levels")
    header_icon = "time"
    index_url_name = "balise_service_report"
    index_results_url_name = "balise_service_report_results"
    template_name = "balise_forms/service_report.html"
    export_name = "service-levels"
    paginate_by = None
    list_export = ["label", "requests", "per_week", "median_days", "in_time", "counted",
                   "share_in_time", "overdue", "yes", "partly", "no"]

    @classmethod
    def user_can_view(cls, user):
        return may_use_inbox(user)

    @property
    def export_headings(self):
        return {
            "label": self.group_label, "requests": gettext("Requests"),
            "per_week": gettext("Requests per week"),
            "median_days": gettext("Median days to first answer"),
            "in_time": gettext("Answered in time"),
            "counted": gettext("Answered or past due"),
            "share_in_time": gettext("Share answered in time (%)"),
            "overdue": gettext("Overdue now"), "yes": gettext("Answered: yes"),
            "partly": gettext("Answered: partly"), "no": gettext("Answered: no"),
        }

    # The chosen grouping (the period: PeriodReportMixin)

    @property
    def group_by(self):
        return self.period[2]

    @property
    def group_label(self):
        return str(dict(GROUP_CHOICES)[self.group_by])

    @cached_property
    def weeks(self):
        start, end, _group = self.period
        return len(service_levels.weeks_between(start, end))

    # Rows, read once and only from what the reader may access

    @cached_property
    def request_rows(self):
        start, end, _group = self.period
        queryset = ContactSubmission.objects.filter(submit_time__date__gte=start,
                                                    submit_time__date__lte=end)
        return [request_row(values) for values in
                requests_for(self.request.user, queryset).values(*REQUEST_FIELDS)]

    @cached_property
    def overdue_rows(self):
        queryset = ContactSubmission.objects.filter(ContactSubmission.late_on(self.today))
        return [request_row(values) for values in
                requests_for(self.request.user, queryset).values(*REQUEST_FIELDS)]

    @cached_property
    def answer_rows(self):
        start, end, _group = self.period
        queryset = SatisfactionAnswer.objects.filter(
            week__gte=service_levels.monday_of(start), week__lte=end)
        return [answer_row(values) for values in visible_answers(self.request.user, queryset)
                .values("answer", "week", "service_id", "topic", "channel", "kind")]

    def label_for(self, value):
        if self.group_by == service_levels.SERVICE:
            if value is None:
                return gettext("Not passed on yet")
            return self.service_names.get(value, str(value))
        if self.group_by == service_levels.CHANNEL:
            return str(dict(CHANNEL_CHOICES).get(value, value))
        if self.group_by == service_levels.KIND:
            return str(dict(FORM_KIND_CHOICES).get(value, value))
        return value or gettext("No topic")

    @cached_property
    def service_names(self):
        return dict(Service.objects.values_list("pk", "name"))

    def get_rows(self):
        return service_levels.figures(
            self.request_rows, self.today, group_by=self.group_by, weeks=self.weeks,
            overdue_rows=self.overdue_rows, answers=self.answer_rows, labels=self.label_for)

    @property
    def columns(self):
        return [
            Column("label", label=self.group_label, sort_key="label"),
            Column("requests", label=_("Requests"), sort_key="requests"),
            Column("per_week", label=_("Requests per week"), sort_key="per_week"),
            Column("median_days", label=_("Median days to first answer"),
                   accessor=lambda row: _days(row.median_days), sort_key="median_days"),
            Column("share_in_time", label=_("Answered in time"),
                   accessor=lambda row: _percent(row.share_in_time), sort_key="share_in_time"),
            Column("overdue", label=_("Overdue now"), sort_key="overdue"),
            Column("yes", label=_("Answered: yes"), sort_key="yes"),
            Column("partly", label=_("Answered: partly"), sort_key="partly"),
            Column("no", label=_("Answered: no"), sort_key="no"),
        ]

    def get_filename(self):
        start, end, group_by = self.period
        return f"{self.export_name}-{group_by}-{start:%Y-%m-%d}-{end:%Y-%m-%d}"

    # The page around the table

    def trend(self):
        start, end, _group = self.period
        return service_levels.weekly_trend(self.request_rows, start, end, self.today)

    def chart(self, trend):
        start, end, _group = self.period
        points = [(f"{point.monday:%d/%m}", point.requests, point.share_in_time)
                  for point in trend]
        description = gettext(
            "Requests received per week (bars) and the share answered in time (line), from "
            "%(start)s to %(end)s. The table below gives the same figures.") % {
                "start": f"{start:%d/%m/%Y}", "end": f"{end:%d/%m/%Y}"}
        return mark_safe(trend_chart(  # noqa: S308 - every text is escaped by trend_chart
            points, gettext("Requests per week and share answered in time"), description,
            gettext("Requests received"), gettext("Share answered in time"),
            chart_id="service-level-trend"))

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        start, end, group_by = self.period
        trend = self.trend()
        context.update({
            "period_form": self.period_form, "period_start": start, "period_end": end,
            "trend": trend, "chart": self.chart(trend),
            "totals": service_levels.totals(
                self.request_rows, self.today, weeks=self.weeks,
                overdue_rows=self.overdue_rows, answers=self.answer_rows),
        })
        return context
