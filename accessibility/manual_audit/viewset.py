"""The list of manual audits in the admin menu, with links to each audit's
assessment overview, its CSV export and its re-audit copy."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import ListingButton

from ..models import ManualAudit
from . import views


class ManualAuditIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        user = self.request.user
        if user.has_perm("balise_a11y.view_manualaudit"):
            buttons.append(ListingButton(
                _("Assess"), url=reverse(f"{views.URL_NAMESPACE}:overview", args=[instance.pk]),
                icon_name="tasks", priority=5))
            buttons.append(ListingButton(
                _("Export as CSV"),
                url=reverse(f"{views.URL_NAMESPACE}:export_csv", args=[instance.pk]),
                icon_name="download", priority=25))
        if user.has_perm("balise_a11y.add_manualaudit"):
            buttons.append(ListingButton(
                _("Copy to start a re-audit"),
                url=reverse(f"{views.URL_NAMESPACE}:copy_for_reaudit", args=[instance.pk]),
                icon_name="copy", priority=26))
        return buttons


class ManualAuditViewSet(ModelViewSet):
    model = ManualAudit
    name = "manual_audits"
    url_namespace = views.URL_NAMESPACE
    url_prefix = "accessibility/manual-audits"
    icon = "tasks"
    menu_label = _("Manual audits")
    add_to_admin_menu = True
    menu_order = 850
    copy_view_enabled = False
    index_view_class = ManualAuditIndexView
    list_display = ["title", "started_on", "auditors", "method", "progress_label"]
    search_fields = ["title", "auditors"]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/", views.overview, name="overview"),
            path("<int:pk>/assess/<str:sample_key>/", views.assess, name="assess"),
            path("<int:pk>/re-audit/", views.copy, name="copy_for_reaudit"),
            path("<int:pk>/export.csv", views.export_csv, name="export_csv"),
        ]


manual_audit_viewset = ManualAuditViewSet()
