from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem, MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import plain_language, reports
from .models import ContactChannel, GlossaryTerm, OrganisationDetails

register_snippet(OrganisationDetails)


class ContactChannelViewSet(SnippetViewSet):
    model = ContactChannel
    icon = "mail"
    list_display = ["name", "kind", "response_time"]
    list_filter = ["kind"]


class GlossaryViewSet(SnippetViewSet):
    """Staff edit the jargon list the checker uses, one language at a time."""

    model = GlossaryTerm
    icon = "help"
    menu_label = _("Glossary")
    list_display = ["term", "plain_alternative", "allowed_if_explained", "locale"]
    list_filter = ["locale", "allowed_if_explained"]
    search_fields = ["term", "plain_alternative"]


register_snippet(ContactChannelViewSet)
register_snippet(GlossaryViewSet)


@hooks.register("register_admin_urls")
def plain_language_urls():
    def report(url, view, name):
        return [
            path(url, view.as_view(), name=name),
            path(f"{url}results/", view.as_view(results_only=True), name=f"{name}_results"),
        ]

    return [
        path("plain-language/check/<int:page_id>/", plain_language.CheckOnEdit.as_view(),
             name="balise_plain_language_check"),
        path("plain-language/check/new/<str:content_type_app_name>/"
             "<str:content_type_model_name>/<int:parent_page_id>/",
             plain_language.CheckOnCreate.as_view(), name="balise_plain_language_check_new"),
        *report("reports/plain-language/", reports.PlainLanguageReportView,
                "balise_plain_language_report"),
        *report("reports/pages-to-review/", reports.FreshnessReportView,
                "balise_freshness_report"),
        *report("reports/page-feedback/", reports.FeedbackReportView, "balise_feedback_report"),
        *report("reports/documents-without-web-version/", reports.DocumentsReportView,
                "balise_documents_report"),
        *report("reports/page-feedback/<int:page_id>/", reports.FeedbackDetailView,
                "balise_feedback_detail"),
    ]


@hooks.register("insert_editor_js")
def plain_language_panel_js():
    return format_html('<script src="{}" defer></script>',
                       static("balise_pages/js/plain_language_panel.js"))


@hooks.register("insert_global_admin_css")
def plain_language_panel_css():
    return format_html('<link rel="stylesheet" href="{}">',
                       static("balise_pages/css/admin.css"))


@hooks.register("register_reports_menu_item")
def plain_language_report_item():
    return MenuItem(_("Plain language"), reverse("balise_plain_language_report"),
                    name="plain-language", icon_name="edit", order=1100)


@hooks.register("register_reports_menu_item")
def freshness_report_item():
    return MenuItem(_("Pages to review"), reverse("balise_freshness_report"),
                    name="pages-to-review", icon_name="date", order=1110)


@hooks.register("register_reports_menu_item")
def feedback_report_item():
    return AdminOnlyMenuItem(_("Page feedback"), reverse("balise_feedback_report"),
                             name="page-feedback", icon_name="comment", order=1120)


@hooks.register("register_reports_menu_item")
def documents_report_item():
    return MenuItem(_("Documents without a web version"), reverse("balise_documents_report"),
                    name="documents-without-web-version", icon_name="doc-full", order=1130)
