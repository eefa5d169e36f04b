"""Admin registration of the review reports."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from ..reports.menu import ReportMenuItem
from ..reports.urls import report_urls
from .reports import DocumentsReportView, FreshnessReportView


@hooks.register("register_admin_urls")
def review_report_urls():
    return [
        *report_urls("reports/pages-to-review/", FreshnessReportView, "balise_freshness_report"),
        *report_urls("reports/documents-without-web-version/", DocumentsReportView,
                     "balise_documents_report"),
    ]


@hooks.register("register_reports_menu_item")
def freshness_report_item():
    return ReportMenuItem(FreshnessReportView, _("Pages to review"), "balise_freshness_report",
                          name="pages-to-review", icon_name="date", order=1110)


@hooks.register("register_reports_menu_item")
def documents_report_item():
    return ReportMenuItem(DocumentsReportView, _("Documents without a web version"),
                          "balise_documents_report", name="documents-without-web-version",
                          icon_name="doc-full", order=1130)
