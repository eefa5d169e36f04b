"""The translation-coverage report in the admin: its URLs and its entry
under Reports, shown only to staff the report lets in."""

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail_localize.views.report import TranslationsReportView

from .coverage.views import TranslationCoverageView


@hooks.register("register_admin_urls")
def register_coverage_urls():
    return [
        path("reports/translation-coverage/", TranslationCoverageView.as_view(),
             name="balise_locales_coverage"),
        path("reports/translation-coverage/results/",
             TranslationCoverageView.as_view(results_only=True),
             name="balise_locales_coverage_results"),
    ]


class CoverageMenuItem(MenuItem):
    def is_shown(self, request):
        return TranslationCoverageView.user_can_view(request.user)


@hooks.register("register_reports_menu_item")
def register_coverage_menu_item():
    return CoverageMenuItem(_("Translation coverage"), reverse("balise_locales_coverage"),
                            icon_name="site", order=9010)


class GuardedTranslationsReport(TranslationsReportView):
    """wagtail-localize's own "Translations" report lists every translation
    record, titles of private branches included, to anyone who may enter the
    admin. The same view, at the same URL (these patterns come first), for
    the staff who may submit translations only."""

    def dispatch(self, request, *args, **kwargs):
        if not TranslationCoverageView.user_can_view(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        # newest first, and a stable order for the paginator
        return super().get_queryset().order_by("-created_at", "-pk")


@hooks.register("register_admin_urls")
def guard_translations_report():
    return [
        path("localize/reports/translations/", GuardedTranslationsReport.as_view()),
        path("localize/reports/translations/results/",
             GuardedTranslationsReport.as_view(results_only=True)),
    ]


@hooks.register("construct_reports_menu")
def hide_translations_report(request, menu_items):
    if not TranslationCoverageView.user_can_view(request.user):
        hidden = reverse("wagtail_localize:translations_report")
        menu_items[:] = [item for item in menu_items if item.url != hidden]
