"""Admin and serving registration of measuring use: the page Wagtail serves
is noted for the counting middleware; the "Use of the site" report, its
Reports menu entry and its permission."""

from django.contrib.auth.models import Permission
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from ..frame.privacy import is_restricted
from ..reports.menu import ReportMenuItem
from ..reports.urls import report_urls
from .middleware import note_page
from .report import UsageReportView

VIEW_USAGE_REPORT = "view_usage_report"


@hooks.register("on_serve_page")
def note_served_page(next_serve_page):
    """Around Wagtail's serving of a page. Wagtail's own view-restriction
    check is a hook inside this one (its app comes later), so a private page
    (a password, a login, groups) is not noted at all: a password form is not
    a view, and private pages are not what citizens are counted on."""
    def serve(page, request, args, kwargs):
        if is_restricted(page, request) is not True:
            note_page(request, page)
        return next_serve_page(page, request, args, kwargs)

    return serve


@hooks.register("register_admin_urls")
def usage_report_urls():
    return report_urls("reports/use-of-the-site/", UsageReportView, "balise_usage_report")


@hooks.register("register_reports_menu_item")
def usage_report_item():
    return ReportMenuItem(UsageReportView, _("Use of the site"), "balise_usage_report",
                          name="balise-usage", icon_name="doc-full", order=1140)


@hooks.register("register_permissions")
def usage_permissions():
    """Lets administrators give "Can see how the public site is used" to a
    group in Settings → Groups."""
    return Permission.objects.filter(content_type__app_label="balise_pages",
                                     codename=VIEW_USAGE_REPORT)
