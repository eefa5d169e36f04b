"""Admin registration of the rights explorer's snippets."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .partners import THEME_CHOICES, PartnerOrganisation
from .questions import Question


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
