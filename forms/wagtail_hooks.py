"""Admin parts of the contact forms: the list of their e-mails (which ones
failed) and the permission that opens it."""

from django.contrib.auth.models import Permission
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from pages.reports.menu import ReportMenuItem
from pages.reports.urls import report_urls

from .document_views import download_document
from .email_report import OutgoingEmailReportView


@hooks.register("register_admin_urls")
def outgoing_email_urls():
    return report_urls("reports/outgoing-emails/", OutgoingEmailReportView,
                       "balise_outgoing_emails")


@hooks.register("register_admin_urls")
def contact_document_urls():
    """The attached documents, for the staff who may read the request."""
    return [path("contact-requests/<int:submission_id>/documents/<int:document_id>/",
                 download_document, name="balise_contact_document")]


@hooks.register("register_reports_menu_item")
def outgoing_email_item():
    return ReportMenuItem(OutgoingEmailReportView, _("Contact-form e-mails"),
                          "balise_outgoing_emails", name="outgoing-emails", icon_name="mail",
                          order=1300)


@hooks.register("register_permissions")
def outgoing_email_permissions():
    """Lets administrators give "Can view outgoing e-mail" to a group in
    Settings → Groups."""
    return Permission.objects.filter(content_type__app_label="balise_forms",
                                     codename="view_outgoingemail")
