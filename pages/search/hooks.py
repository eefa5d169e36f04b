"""Admin registration of the search's staff tools: the "Search terms"
report with its permission, and the "Promoted results" snippets."""

from django.contrib.auth.models import Permission
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from ..models.promoted_result import PromotedResult
from ..models.search_terms import normalise_query
from ..reports.menu import ReportMenuItem
from ..reports.urls import report_urls
from .terms_report import SearchTermsReportView


class PromotedResultCreateView(CreateView):
    """The add form, filled in from the search terms report's link
    (``?query=...&locale=fr``): staff only choose the page."""

    def get_initial_form_instance(self):
        instance = super().get_initial_form_instance() or self.model()
        query = normalise_query(self.request.GET.get("query", ""))
        if query:
            instance.query = query
        code = self.request.GET.get("locale", "")
        locale = Locale.objects.filter(language_code=code[:10]).first() if code else None
        if locale is not None:
            instance.locale = locale
        return instance


class PromotedResultViewSet(SnippetViewSet):
    """Editors pin pages to what citizens type, one language at a time."""

    model = PromotedResult
    icon = "pick"
    menu_label = _("Promoted results")
    add_view_class = PromotedResultCreateView
    list_display = ["query", "page", "locale", "sort_order"]
    list_filter = ["locale"]
    search_fields = ["query", "other_queries"]


register_snippet(PromotedResultViewSet)


@hooks.register("register_admin_urls")
def search_terms_report_urls():
    return report_urls("reports/search-terms/", SearchTermsReportView,
                       "balise_search_terms_report")


@hooks.register("register_reports_menu_item")
def search_terms_report_item():
    return ReportMenuItem(SearchTermsReportView, _("Search terms"),
                          "balise_search_terms_report", name="balise-search-terms",
                          icon_name="search", order=1130)


@hooks.register("register_permissions")
def search_terms_permissions():
    """Lets administrators give "Can see what citizens search for" to a group
    in Settings → Groups."""
    return Permission.objects.filter(content_type__app_label="balise_pages",
                                     codename="view_search_terms")
