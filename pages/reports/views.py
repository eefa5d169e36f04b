"""The base of every Balise admin report.

A report shows staff what the site holds (citizens' comments, pages to
review, requests...), so each one says who may read it, and its page, the
results view the filters reload and every export check that before anything
is read. Exports are safe to open in a spreadsheet program and keep accents
in Excel.

How to write a report (in this app or in another Balise app)::

    from pages.reports.menu import ReportMenuItem
    from pages.reports.urls import report_urls
    from pages.reports.views import BaliseReportView, EditablePagesMixin, ListReportView

    class InboxReportView(BaliseReportView):          # rows from a queryset
        required_permission = "balise_forms.read_submission"
        ...

    class AuditReportView(EditablePagesMixin, ListReportView):   # rows about pages
        def get_rows(self):
            return self.only_editable_pages(audit_rows())

Then, in the app's hooks module, register its two URLs with ``report_urls`` and
its Reports menu entry with ``ReportMenuItem(AuditReportView, ...)``: the menu
entry and the dashboard's Reports panel show it only to users the view lets in.

Who may read a report, in order of preference:

- ``required_permission = "app_label.codename"``: a Django model permission,
  granted to a group in Settings → Groups (declare it in the model's
  ``Meta.permissions`` and list it with the ``register_permissions`` hook);
- ``EditablePagesMixin``: a report about pages, opened by anyone who may edit
  at least one page and listing only the pages they may edit (Wagtail's page
  permissions);
- or override the class method ``user_can_view(user)``.

A report that says none of these raises ``ImproperlyConfigured``: a report is
never open to every admin user by mistake.
"""

import datetime

from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.urls import reverse
from wagtail.admin.views.reports import ReportView

from .exports import SafeSpreadsheetExportMixin
from .permissions import pages_user_can_edit, user_can_edit_some_page


class BaliseReportView(SafeSpreadsheetExportMixin, ReportView):
    """A Wagtail report that checks who reads it and exports safe cells."""

    #: "app_label.codename" of the permission a reader needs.
    required_permission = None

    @classmethod
    def user_can_view(cls, user):
        """Whether ``user`` may open this report: the page, its results and
        its exports. The menu entry and the dashboard panel ask the same."""
        if cls.required_permission is None:
            raise ImproperlyConfigured(
                f"{cls.__name__} must set required_permission or override user_can_view()."
            )
        return user.has_perm(cls.required_permission)

    @classmethod
    def summary(cls, user):
        """A short line the dashboard shows under the report's link (for
        example how many pages are overdue), or "" for none."""
        return ""

    def dispatch(self, request, *args, **kwargs):
        if not self.user_can_view(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class EditablePagesMixin:
    """For a report about pages: open to whoever may edit at least one page,
    listing only the pages they may edit (a superuser sees them all)."""

    @classmethod
    def user_can_view(cls, user):
        return user_can_edit_some_page(user)

    def editable_pages(self):
        """The pages the reader may edit, as a queryset to filter on."""
        return pages_user_can_edit(self.request.user)

    def only_editable_pages(self, rows):
        """``rows`` (objects with a ``page``) restricted to the reader's pages."""
        if self.request.user.is_superuser:
            return rows
        allowed = set(self.editable_pages().values_list("pk", flat=True))
        return [row for row in rows if row.page.pk in allowed]


def edit_url(row):
    return reverse("wagtailadmin_pages:edit", args=[row.page.pk])


class ListReportView(BaliseReportView):
    """A report over a list of rows computed in Python (scores are not in
    the database), sorted by the column the reader clicks."""

    def get_rows(self):
        raise NotImplementedError

    def get_base_queryset(self):
        return self.get_rows()

    def order_queryset(self, rows):
        if not self.ordering:
            return rows
        key = self.ordering.lstrip("-")
        return sorted(rows, key=lambda row: _sortable(getattr(row, key)),
                      reverse=self.ordering.startswith("-"))

    def get_filename(self):
        return f"{self.export_name}-{datetime.date.today():%Y-%m-%d}"


def _sortable(value):
    if value is None:
        return (1, "")
    return (0, value.lower() if isinstance(value, str) else value)
