"""The Reports menu entries: plain language per page, pages past their review
date, and what readers answered to "Did this page help you?". Each is a
Wagtail ReportView (sortable columns, CSV and Excel export), fed by the same
functions as the management commands."""

import datetime

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page

from ..models import PageFeedback
from ..plain_language.findings import RULES
from ..reports import (
    documents_without_web_version,
    feedback_rows,
    freshness_rows,
    plain_language_rows,
)

LANGUAGE_PARAM = "language"


def _edit_url(row):
    return reverse("wagtailadmin_pages:edit", args=[row.page.pk])


class ListReportView(ReportView):
    """A report over a list of rows computed in Python (scores are not in
    the database), sorted by the column the reader clicks."""

    def get_rows(self):
        raise NotImplementedError

    def get_base_queryset(self):
        return self.get_rows()

    def order_queryset(self, rows):
        if not self.ordering:
            return rows
        key = self.ordering.lstrip("-")
        return sorted(rows, key=lambda row: _sortable(getattr(row, key)),
                      reverse=self.ordering.startswith("-"))

    def get_filename(self):
        return f"{self.export_name}-{datetime.date.today():%Y-%m-%d}"


def _sortable(value):
    if value is None:
        return (1, "")
    return (0, value.lower() if isinstance(value, str) else value)


class PlainLanguageReportView(ListReportView):
    page_title = _("Plain language")
    header_icon = "edit"
    index_url_name = "balise_plain_language_report"
    index_results_url_name = "balise_plain_language_report_results"
    default_ordering = "score"
    export_name = "plain-language"
    list_export = ["title", "language", "url", "score", "band_label", "lix", "words",
                   *[f"findings_{rule}" for rule in RULES], "total_findings"]
    export_headings = {
        "title": _("Title"), "language": _("Language"), "url": _("Path"),
        "score": _("Score"), "band_label": _("Band"), "lix": "LIX", "words": _("Words"),
        **{f"findings_{rule}": label for rule, label in RULES.items()},
        "total_findings": _("All points"),
    }

    @property
    def columns(self):
        return [
            TitleColumn("title", label=_("Title"), get_url=_edit_url, sort_key="title"),
            Column("language", label=_("Language"), sort_key="language"),
            Column("score_display", label=_("Score"), sort_key="score"),
            Column("band_label", label=_("Band")),
            Column("lix_display", label="LIX", sort_key="lix"),
            Column("words", label=_("Words"), sort_key="words"),
            Column("long_sentences", label=RULES["long_sentence"], sort_key="long_sentences"),
            Column("jargon", label=RULES["jargon"], sort_key="jargon"),
            Column("total_findings", label=_("All points"), sort_key="total_findings"),
        ]

    def get_rows(self):
        rows = plain_language_rows(self.request.GET.get(LANGUAGE_PARAM) or None)
        for row in rows:
            row.score_display = f"{row.score:.0f}"
            row.lix_display = f"{row.lix:.0f}"
            row.long_sentences = row.count("long_sentence")
            row.jargon = row.count("jargon")
            for rule in RULES:
                setattr(row, f"findings_{rule}", row.count(rule))
        return rows


class FreshnessReportView(ListReportView):
    page_title = _("Pages to review")
    header_icon = "date"
    index_url_name = "balise_freshness_report"
    index_results_url_name = "balise_freshness_report_results"
    default_ordering = "owner"
    export_name = "pages-to-review"
    list_export = ["owner", "title", "language", "last_reviewed", "review_due", "days_late"]
    export_headings = {
        "owner": _("Content owner"), "title": _("Title"), "language": _("Language"),
        "last_reviewed": _("Last reviewed"), "review_due": _("Review due"),
        "days_late": _("Days late"),
    }

    @property
    def columns(self):
        return [
            Column("owner_display", label=_("Content owner"), sort_key="owner"),
            TitleColumn("title", label=_("Title"), get_url=_edit_url, sort_key="title"),
            Column("language", label=_("Language"), sort_key="language"),
            Column("last_reviewed", label=_("Last reviewed"), sort_key="last_reviewed"),
            Column("review_due", label=_("Review due"), sort_key="review_due"),
            Column("days_late", label=_("Days late"), sort_key="days_late"),
        ]

    def get_rows(self):
        rows = freshness_rows()
        for row in rows:
            row.title = row.page.title
            row.language = row.page.locale.language_code
            row.owner_display = row.owner or _("No owner")
        return rows


class DocumentsReportView(ListReportView):
    page_title = _("Documents without a web version")
    header_icon = "doc-full"
    index_url_name = "balise_documents_report"
    index_results_url_name = "balise_documents_report_results"
    default_ordering = "title"
    export_name = "documents-without-web-version"
    list_export = ["title", "language", "document"]
    export_headings = {"title": _("Page"), "language": _("Language"), "document": _("Document")}

    @property
    def columns(self):
        return [
            TitleColumn("title", label=_("Page"), get_url=_edit_url, sort_key="title"),
            Column("language", label=_("Language"), sort_key="language"),
            Column("document", label=_("Document"), sort_key="document"),
        ]

    def get_rows(self):
        return documents_without_web_version()


class FeedbackReportView(ListReportView):
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


class FeedbackDetailView(ReportView):
    """Every answer and comment for one page, newest first."""

    header_icon = "comment"
    index_url_name = "balise_feedback_detail"
    index_results_url_name = "balise_feedback_detail_results"
    list_export = ["submitted_on", "helpful", "comment"]
    export_headings = {"submitted_on": _("Date"), "helpful": _("Helpful"),
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
