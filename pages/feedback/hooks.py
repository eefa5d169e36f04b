"""Admin registration of the page-feedback reports."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem

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
    return AdminOnlyMenuItem(_("Page feedback"), reverse("balise_feedback_report"),
                             name="page-feedback", icon_name="comment", order=1120)
