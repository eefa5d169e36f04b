"""Admin registration of the review reports."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

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
    return MenuItem(_("Pages to review"), reverse("balise_freshness_report"),
                    name="pages-to-review", icon_name="date", order=1110)


@hooks.register("register_reports_menu_item")
def documents_report_item():
    return MenuItem(_("Documents without a web version"), reverse("balise_documents_report"),
                    name="documents-without-web-version", icon_name="doc-full", order=1130)
