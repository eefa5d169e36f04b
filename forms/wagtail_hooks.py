"""Admin parts of the contact forms: the list of their e-mails (which ones
failed) and the permission that opens it, the services and saved replies,
and the audit-log actions of the front office."""

from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from pages.reports.menu import ReportMenuItem
from pages.reports.urls import report_urls

from . import audit
from .document_views import download_document
from .email_report import OutgoingEmailReportView
from .models import SavedReply, Service
from .saved_reply_chooser import SavedReplyChooserViewSet


@hooks.register("register_admin_urls")
def outgoing_email_urls():
    return report_urls("reports/outgoing-emails/", OutgoingEmailReportView,
                       "balise_outgoing_emails")


@hooks.register("register_admin_urls")
def inbox_urls():
    return [path("requests/", include("forms.inbox.urls", namespace="balise_inbox"))]


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


class ServiceViewSet(SnippetViewSet):
    """The services requests are routed to, and their staff groups."""

    model = Service
    icon = "group"
    list_display = ["name", "email", "locale"]


class SavedReplyViewSet(SnippetViewSet):
    """Answers staff give often, per language, to pick in the inbox."""

    model = SavedReply
    icon = "doc-full"
    # its chooser asks for a permission on saved replies (saved_reply_chooser.py)
    chooser_viewset_class = SavedReplyChooserViewSet
    list_display = ["title", "locale", "service"]
    list_filter = ["locale", "service"]


register_snippet(ServiceViewSet)
register_snippet(SavedReplyViewSet)


@hooks.register("register_log_actions")
def request_log_actions(actions):
    audit.register(actions)


# Wagtail's own views of a form's submissions: only the request's readers
# (forms.submissions_view). The deletion view goes before Wagtail's own
# address (order=-1), so every bulk deletion checks each request.


@hooks.register("filter_form_submissions_for_user")
def contact_forms_for_front_office(user, editable_forms):
    from .submissions_view import forms_for_user

    return forms_for_user(user, editable_forms)


@hooks.register("register_admin_urls", order=-1)
def checked_delete_submissions_url():
    from .submissions_view import ContactDeleteSubmissionsView

    return [path("forms/submissions/<int:page_id>/delete/",
                 ContactDeleteSubmissionsView.as_view(), name="balise_delete_submissions")]


# The inbox's main menu item (issue 9, points 1 and 2)
class InboxMenuItem(MenuItem):
    """Shown only to staff who answer for a service or a form's front office."""

    def is_shown(self, request):
        from .access import may_use_inbox

        return may_use_inbox(request.user)


@hooks.register("register_admin_menu_item")
def inbox_menu_item():
    return InboxMenuItem(_("Requests"), reverse("balise_inbox:index"), name="requests",
                         icon_name="mail", order=250)


# Service-level report (issue 9, point 7): open to inbox users, figures over
# the requests each may read (forms.service_report).
@hooks.register("register_admin_urls")
def service_report_urls():
    from .service_report import ServiceLevelReportView

    return report_urls("reports/service-levels/", ServiceLevelReportView,
                       "balise_service_report")


@hooks.register("register_reports_menu_item")
def service_report_item():
    from .service_report import ServiceLevelReportView

    return ReportMenuItem(ServiceLevelReportView, _("Service levels"), "balise_service_report",
                          name="service-levels", icon_name="time", order=1310)
