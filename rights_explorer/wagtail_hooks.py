"""Admin registration of the rights explorer's snippets."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import publish_check  # noqa: F401 (registers the persona check on publish)
from .partners import THEME_CHOICES, PartnerOrganisation
from .persona_admin import PersonaViewSet
from .questions import Question
from .topic_listing import topic_rights_section  # noqa: F401  (registers the topic hook)


class PartnerFilterSet(WagtailFilterSet):
    """By theme (themes are a JSON list: matched as the quoted slug, which
    SQLite and PostgreSQL both search) and CPAS service or not; Wagtail adds
    the language."""

    theme = django_filters.ChoiceFilter(label=_("Theme"), choices=THEME_CHOICES,
                                        method="filter_theme")

    class Meta:
        model = PartnerOrganisation
        fields = ["is_cpas_service"]

    def filter_theme(self, queryset, name, value):
        return queryset.filter(themes__icontains=f'"{value}"') if value else queryset


class PartnerOrganisationViewSet(SnippetViewSet):
    """The social map's organisations, with the CPAS's own services."""

    model = PartnerOrganisation
    icon = "group"
    list_display = ["name", "theme_labels", "is_cpas_service", "phone"]
    filterset_class = PartnerFilterSet
    search_fields = ["name", "helps_with"]
    ordering = ["name"]


register_snippet(PartnerOrganisationViewSet)


class QuestionViewSet(SnippetViewSet):
    """The explorer's questions, with drafts and revisions: a question and the
    rule that needs it go live together."""

    model = Question
    icon = "help"
    list_display = ["text", "slug", "type", "sort_order"]
    list_filter = ["type"]
    search_fields = ["text", "slug"]
    ordering = ["sort_order", "pk"]


register_snippet(QuestionViewSet)
register_snippet(PersonaViewSet)



# The explorer's results report (rights_explorer.result_report): anonymous
# counts, open to the groups given "Can see the rights explorer's result counts".

@hooks.register("register_admin_urls")
def result_report_urls():
    from pages.reports.urls import report_urls

    from .result_report import ResultReportView

    return report_urls("reports/rights-explorer-results/", ResultReportView,
                       "balise_rights_result_report")


@hooks.register("register_reports_menu_item")
def result_report_item():
    from pages.reports.menu import ReportMenuItem

    from .result_report import ResultReportView

    return ReportMenuItem(ResultReportView, _("Rights explorer: results"),
                          "balise_rights_result_report", name="rights-explorer-results",
                          icon_name="help", order=1400)


@hooks.register("register_permissions")
def result_count_permissions():
    """Lets administrators give "Can see the rights explorer's result counts"
    to a group in Settings → Groups."""
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(content_type__app_label="balise_rights",
                                     codename="view_result_counts")
