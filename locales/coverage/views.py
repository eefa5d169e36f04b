"""The translation-coverage report, built on wagtail-localize's Translations
report: the same view extended with what was never sent for translation, a
share per language and what to do next for each missing or stale object."""

import django_filters
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail_localize.models import Translation
from wagtail_localize.views.report import TranslationsReportView

from ..exports import SafeSpreadsheetExportMixin
from ..languages import languages, source_language
from . import status
from .collect import KIND_LABELS, PAGE, collect

#: Who may read the report: whoever may send content for translation and
#: sync it, which is what every link of the report leads to.
REQUIRED_PERMISSION = "wagtail_localize.submit_translation"


class RowFilter(django_filters.ChoiceFilter):
    """A choice filter over the report's rows (a list, not a queryset)."""

    def __init__(self, *args, attribute, **kwargs):
        self.attribute = attribute
        super().__init__(*args, **kwargs)

    def filter(self, rows, value):
        if not value:
            return rows
        return [row for row in rows if self.attribute(row) == value]


class LanguageColumn(Column):
    """The language's own name, marked up in that language for screen readers."""

    cell_template_name = "balise_locales/coverage/language_cell.html"


def _language_choices():
    source = source_language()
    return [(language.code, language.native_name) for language in languages()
            if language.code != source]


class CoverageFilterSet(WagtailFilterSet):
    language = RowFilter(label=_("Language"), choices=_language_choices, empty_label=_("All"),
                         attribute=lambda row: row.language.code)
    status = RowFilter(label=_("Status"), empty_label=_("All"),
                       choices=[(status.MISSING, status.STATUS_LABELS[status.MISSING]),
                                (status.STALE, status.STATUS_LABELS[status.STALE])],
                       attribute=lambda row: row.status)
    kind = RowFilter(label=_("Pages or snippets"), choices=list(KIND_LABELS.items()),
                     empty_label=_("All"), attribute=lambda row: row.item.kind)

    class Meta:
        model = Translation
        fields = []

    def filter_queryset(self, rows):
        for name, value in self.form.cleaned_data.items():
            rows = self.filters[name].filter(rows, value)
        return rows


def add_page_details(rows, user):
    """What other apps say of each translated page, for example its
    plain-language result (the pages app answers), asked through the
    ``balise_translation_page_details`` hook: ``locales`` imports no app."""
    ids = [row.target_pk for row in rows if row.item.kind == PAGE and row.target_pk]
    if not ids:
        return
    details = {}
    for answer in hooks.get_hooks("balise_translation_page_details"):
        for page_id, detail in answer(ids, user=user).items():
            details.setdefault(page_id, detail)
    for row in rows:
        if row.item.kind == PAGE:
            row.detail = details.get(row.target_pk)


class TranslationCoverageView(SafeSpreadsheetExportMixin, TranslationsReportView):
    template_name = "balise_locales/coverage/report.html"
    results_template_name = "wagtailadmin/reports/base_report_results.html"
    index_url_name = "balise_locales_coverage"
    index_results_url_name = "balise_locales_coverage_results"
    page_title = _("Translation coverage")
    header_icon = "site"
    filterset_class = CoverageFilterSet
    paginate_by = 50
    export_filename = "translation-coverage"
    columns = [
        TitleColumn("title", label=_("Content"), get_url=lambda row: row.source_edit_url),
        Column("type_name", label=_("Type")),
        LanguageColumn("language_name", label=_("Language")),
        Column("status_label", label=_("Status")),
        Column("reason_label", label=_("Why")),
        TitleColumn("action_label", label=_("What to do"), get_url=lambda row: row.action_url),
        TitleColumn("detail_text", label=_("Check of the translation"),
                    get_url=lambda row: row.detail["url"] if row.detail else None),
    ]
    list_export = ["title", "type_name", "language_name", "status_label", "reason_label",
                   "action_label", "action_link", "detail_text"]
    export_headings = {
        "title": _("Content"),
        "type_name": _("Type"),
        "language_name": _("Language"),
        "status_label": _("Status"),
        "reason_label": _("Why"),
        "action_label": _("What to do"),
        "action_link": _("Link"),
        "detail_text": _("Check of the translation"),
    }

    @classmethod
    def user_can_view(cls, user):
        return user.is_active and user.has_perm(REQUIRED_PERMISSION)

    def dispatch(self, request, *args, **kwargs):
        # The page, the results the filters reload and every export.
        if not self.user_can_view(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def coverage(self):
        # wagtail-localize's own report queryset: its translation records,
        # each with whether strings are waiting for translation.
        coverage = collect(self.request.user, super().get_queryset())
        add_page_details(coverage.rows, self.request.user)
        return coverage

    def get_queryset(self):
        return self.coverage.rows

    def to_row_dict(self, item):
        row = {field: getattr(item, field) for field in self.list_export if field != "action_link"}
        row["action_link"] = self.request.build_absolute_uri(item.action_url)
        return row

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["coverage"] = self.coverage
        context["translations_report_url"] = reverse("wagtail_localize:translations_report")
        return context
