"""Safe spreadsheet exports for every Balise report. The rules live in the
``locales`` app, the lowest layer, so that its translation-coverage report
and every report built on ``pages`` share one implementation."""

from locales.exports import FORMULA_STARTS, UTF8_BOM, SafeSpreadsheetExportMixin, neutralise

__all__ = ["FORMULA_STARTS", "UTF8_BOM", "SafeSpreadsheetExportMixin", "neutralise"]
