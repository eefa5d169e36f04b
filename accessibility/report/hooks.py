"""Admin registration of the accessibility report: its URLs, its entry
under Reports (shown to those who may read it) and its permissions in
Settings → Groups. Imported from the app's ``wagtail_hooks``."""

from django.contrib.auth.models import Permission
from django.db.models import Q
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from pages.reports.menu import ReportMenuItem

from . import permissions, urls
from .views import NAMESPACE, OverviewView


@hooks.register("register_admin_urls")
def report_urls():
    return [path("accessibility/report/", include(urls, namespace=NAMESPACE))]


@hooks.register("register_reports_menu_item")
def report_menu_item():
    return ReportMenuItem(OverviewView, _("Accessibility"), f"{NAMESPACE}:overview",
                          name="accessibility", icon_name="glasses", order=1450)


@hooks.register("register_permissions")
def report_permissions():
    """So administrators can give the report, the audit button and dismissing
    to a group (the Auditors group has them all)."""
    wanted = Q()
    for model, codename in permissions.GROUP_PERMISSIONS:
        wanted |= Q(content_type__model=model, codename=codename)
    return Permission.objects.filter(wanted, content_type__app_label="balise_a11y")
