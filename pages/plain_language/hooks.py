"""Admin registration of plain language: the glossary snippets, the live
check behind the editor panel, its script and styles, and the report."""

from django.templatetags.static import static
from django.urls import path
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from ..reports.columns import YesNoColumn
from ..reports.menu import ReportMenuItem
from ..reports.urls import report_urls
from . import editor
from .models import GlossaryTerm
from .reports import PlainLanguageReportView


class GlossaryViewSet(SnippetViewSet):
    """Staff edit the jargon list the checker uses, one language at a time."""

    model = GlossaryTerm
    icon = "help"
    menu_label = _("Glossary")
    list_display = [
        "term", "plain_alternative",
        YesNoColumn("allowed_if_explained", label=_("Allowed when explained"),
                    sort_key="allowed_if_explained"),
        "locale",
    ]
    list_filter = ["locale", "allowed_if_explained"]
    search_fields = ["term", "plain_alternative"]


register_snippet(GlossaryViewSet)


@hooks.register("register_admin_urls")
def plain_language_urls():
    return [
        path("plain-language/check/<int:page_id>/", editor.CheckOnEdit.as_view(),
             name="balise_plain_language_check"),
        path("plain-language/check/new/<str:content_type_app_name>/"
             "<str:content_type_model_name>/<int:parent_page_id>/",
             editor.CheckOnCreate.as_view(), name="balise_plain_language_check_new"),
        *report_urls("reports/plain-language/", PlainLanguageReportView,
                     "balise_plain_language_report"),
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
    return ReportMenuItem(PlainLanguageReportView, _("Plain language"),
                          "balise_plain_language_report", name="plain-language",
                          icon_name="edit", order=1100)
