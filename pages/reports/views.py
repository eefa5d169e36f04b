"""The base of every Balise admin report: a Wagtail ReportView (sortable
columns, CSV and Excel export) over rows computed in Python."""

import datetime

from django.urls import reverse
from wagtail.admin.views.reports import ReportView


def edit_url(row):
    return reverse("wagtailadmin_pages:edit", args=[row.page.pk])


class ListReportView(ReportView):
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
