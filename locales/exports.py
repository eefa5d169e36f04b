"""Spreadsheet exports that are safe to open.

A spreadsheet program runs a cell that starts like a formula, so a page
title such as ``=HYPERLINK(...)`` would become a live link on a staff
member's computer (CSV / formula injection). Excel reads a CSV file as
UTF-8 only when it starts with a byte-order mark.

They live here, in the lowest layer, so that this app's coverage report and
every report built on ``pages`` (``pages.reports.views.BaliseReportView``)
share them.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
UTF8_BOM = "\ufeff"


def neutralise(value):
    """A string that starts like a formula gets a leading apostrophe, so the
    spreadsheet shows it as text; other values are returned unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeSpreadsheetExportMixin:
    """For a view using Wagtail's ``SpreadsheetExportMixin``: every cell
    neutralised, CSV in UTF-8 with a byte-order mark."""

    def preprocess_field_value(self, field, value, export_format):
        return neutralise(super().preprocess_field_value(field, value, export_format))

    def get_heading(self, queryset, field):
        return neutralise(super().get_heading(queryset, field))

    def stream_csv(self, queryset):
        yield UTF8_BOM
        yield from super().stream_csv(queryset)

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response
