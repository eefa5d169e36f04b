"""Admin registration of the page-feedback reports and of the permission
that opens them."""

from django.contrib.auth.models import Permission
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from ..reports.menu import ReportMenuItem
from ..reports.urls import report_urls
from .reports import FeedbackDetailView, FeedbackReportView


@hooks.register("register_admin_urls")
def feedback_report_urls():
    return [
        *report_urls("reports/page-feedback/", FeedbackReportView, "balise_feedback_report"),
        *report_urls("reports/page-feedback/<int:page_id>/", FeedbackDetailView,
                     "balise_feedback_detail"),
    ]


@hooks.register("register_reports_menu_item")
def feedback_report_item():
    return ReportMenuItem(FeedbackReportView, _("Page feedback"), "balise_feedback_report",
                          name="page-feedback", icon_name="comment", order=1120)


@hooks.register("register_permissions")
def feedback_permissions():
    """Lets administrators give "Can read page feedback" to a group in
    Settings → Groups."""
    return Permission.objects.filter(content_type__app_label="balise_pages",
                                     codename="read_pagefeedback")
