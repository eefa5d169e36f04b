"""A run's report as a file: an accessible HTML page for people, CSV for a
spreadsheet, JSON in axe's own result shape for tools that read axe, and JUnit
XML for a CI server. Each format takes a ``results.summary.RunSummary``, so
dismissals and "new since the previous run" are the same in every file.
"""

from . import as_csv, as_html, as_json, as_junit

FORMATS = ("html", "csv", "json", "junit")

_WRITERS = {
    "html": (as_html.render, "text/html; charset=utf-8", "html"),
    "csv": (as_csv.render, "text/csv; charset=utf-8", "csv"),
    "json": (as_json.render, "application/json", "json"),
    "junit": (as_junit.render, "application/xml; charset=utf-8", "xml"),
}


def filename(summary, extension):
    run = summary.run
    return f"accessibility-audit-{run.started_at:%Y-%m-%d}-{run.pk}.{extension}"


def export(summary, format):
    """(content as bytes, content type, file name); ValueError for a format
    not in ``FORMATS``."""
    if format not in _WRITERS:
        raise ValueError(f"Unknown export format {format!r}: use one of {FORMATS}.")
    render, content_type, extension = _WRITERS[format]
    return render(summary), content_type, filename(summary, extension)
