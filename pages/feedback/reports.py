"""What readers answered to "Did this page help you?": helpful % per page,
and each page's answers and comments.

Comments are citizens' own words, so both reports need the dedicated
permission "Can read page feedback" (a group such as the communication team).
Whoever has it sees the feedback of every page, not only of the pages they
may edit: the people who read and answer feedback at a CPAS are usually not
the editors of each page."""

import datetime
from dataclasses import dataclass

from django.db.models import Count, Q
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.models import Page

from ..reports.views import BaliseReportView, ListReportView
from .models import PageFeedback

READ_FEEDBACK = "balise_pages.read_pagefeedback"


@dataclass
class FeedbackRow:
    page: Page
    yes: int
    no: int
    comments: int

    @property
    def answers(self):
        return self.yes + self.no

    @property
    def helpful_percent(self):
        return round(100 * self.yes / self.answers) if self.answers else None


def feedback_rows():
    counts = (
        PageFeedback.objects.values("page")
        .annotate(yes=Count("pk", filter=Q(helpful=True)), no=Count("pk", filter=Q(helpful=False)),
                  comments=Count("pk", filter=~Q(comment="")))
    )
    pages = Page.objects.in_bulk([row["page"] for row in counts])
    return [
        FeedbackRow(page=pages[row["page"]], yes=row["yes"], no=row["no"],
                    comments=row["comments"])
        for row in counts if row["page"] in pages
    ]


class FeedbackReportView(ListReportView):
    required_permission = READ_FEEDBACK
    page_title = _("Page feedback")
    header_icon = "comment"
    index_url_name = "balise_feedback_report"
    index_results_url_name = "balise_feedback_report_results"
    default_ordering = "helpful_percent"
    export_name = "page-feedback"
    list_export = ["title", "language", "url", "answers", "yes", "no", "helpful_percent",
                   "comments"]
    export_headings = {
        "title": _("Title"), "language": _("Language"), "url": _("Path"),
        "answers": _("Answers"), "yes": _("Yes"), "no": _("No"),
        "helpful_percent": _("Helpful (%)"), "comments": _("Comments"),
    }

    @property
    def columns(self):
        return [
            TitleColumn("title", label=_("Title"), sort_key="title",
                        get_url=lambda row: reverse("balise_feedback_detail",
                                                    args=[row.page.pk])),
            Column("language", label=_("Language"), sort_key="language"),
            Column("answers", label=_("Answers"), sort_key="answers"),
            Column("helpful_display", label=_("Helpful"), sort_key="helpful_percent"),
            Column("comments", label=_("Comments"), sort_key="comments"),
        ]

    def get_rows(self):
        rows = feedback_rows()
        for row in rows:
            row.title = row.page.title
            row.language = row.page.locale.language_code if row.page.locale_id else ""
            row.url = row.page.get_url() or row.page.url_path
            percent = row.helpful_percent
            row.helpful_display = "–" if percent is None else f"{percent} %"
        return rows


class FeedbackDetailView(BaliseReportView):
    """Every answer and comment for one page, newest first."""

    required_permission = READ_FEEDBACK
    header_icon = "comment"
    index_url_name = "balise_feedback_detail"
    index_results_url_name = "balise_feedback_detail_results"
    list_export = ["submitted_on", "helpful_display", "comment"]
    export_headings = {"submitted_on": _("Date"), "helpful_display": _("Helpful"),
                       "comment": _("Comment")}

    @property
    def page(self):
        return get_object_or_404(Page, pk=self.kwargs["page_id"])

    @property
    def page_title(self):
        return _("Feedback: %(title)s") % {"title": self.page.title}

    def get_index_url(self):
        return reverse(self.index_url_name, args=[self.kwargs["page_id"]])

    def get_index_results_url(self):
        return reverse(self.index_results_url_name, args=[self.kwargs["page_id"]])

    columns = [
        Column("submitted_on", label=_("Date")),
        Column("helpful_display", label=_("Helpful")),
        Column("comment", label=_("Comment")),
    ]

    def get_filename(self):
        return f"page-feedback-{self.kwargs['page_id']}-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        return PageFeedback.objects.filter(page_id=self.kwargs["page_id"]).order_by("-pk")

    def decorate_paginated_queryset(self, object_list):
        for item in object_list:
            item.helpful_display = _("Yes") if item.helpful else _("No")
        return object_list
