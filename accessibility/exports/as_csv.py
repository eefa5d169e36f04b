"""One row per finding, for a spreadsheet: UTF-8 with a byte-order mark (so
Excel reads the accents), every cell neutralised so that a page title or a
snippet starting with "=" is shown as text, never run as a formula."""

import csv
import io

from pages.reports.exports import UTF8_BOM, neutralise

from .rows import describe
from .words import CSV_HEADINGS, YES

COLUMNS = ("run_date", "page_id", "page_title", "url", "locale", "revision", "source", "rule",
           "rule_title", "impact", "wcag", "en_clause", "anysurfer", "location", "snippet",
           "dismissed", "new")


def render(summary):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([neutralise(str(CSV_HEADINGS[column])) for column in COLUMNS])
    yes = str(YES)
    for finding in summary.findings:
        row = describe(finding, summary)
        row["new"] = yes if row["new"] else ""
        writer.writerow([neutralise(str(row[column])) for column in COLUMNS])
    return (UTF8_BOM + out.getvalue()).encode("utf-8")
