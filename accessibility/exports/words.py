"""The words of the exports, with the context "accessibility report" so that
their translations stay apart from the same English words elsewhere in the
app (an admin column, a model field) and the catalogue never holds one
msgid twice."""

from django.utils.translation import pgettext_lazy

IMPACTS = {
    "minor": pgettext_lazy("accessibility report", "Minor"),
    "moderate": pgettext_lazy("accessibility report", "Moderate"),
    "serious": pgettext_lazy("accessibility report", "Serious"),
    "critical": pgettext_lazy("accessibility report", "Critical"),
}

SOURCES = {
    "axe": pgettext_lazy("accessibility report", "Browser check (axe)"),
    "content": pgettext_lazy("accessibility report", "Content rule"),
    "document": pgettext_lazy("accessibility report", "Document check"),
}

REASONS = {
    "false_positive": pgettext_lazy("accessibility report", "False positive"),
    "disproportionate_burden": pgettext_lazy("accessibility report",
                                             "Disproportionate burden"),
}

STATUSES = {
    "running": pgettext_lazy("accessibility report", "Running"),
    "finished": pgettext_lazy("accessibility report", "Finished"),
    "failed": pgettext_lazy("accessibility report", "Failed"),
}

CSV_HEADINGS = {
    "run_date": pgettext_lazy("accessibility report", "Run date"),
    "page_id": pgettext_lazy("accessibility report", "Page ID"),
    "page_title": pgettext_lazy("accessibility report", "Page title"),
    "url": pgettext_lazy("accessibility report", "Address"),
    "locale": pgettext_lazy("accessibility report", "Language"),
    "revision": pgettext_lazy("accessibility report", "Revision"),
    "source": pgettext_lazy("accessibility report", "Found by"),
    "rule": pgettext_lazy("accessibility report", "Rule"),
    "rule_title": pgettext_lazy("accessibility report", "Problem"),
    "impact": pgettext_lazy("accessibility report", "Impact"),
    "wcag": pgettext_lazy("accessibility report", "WCAG success criterion"),
    "en_clause": pgettext_lazy("accessibility report", "EN 301 549 clause"),
    "anysurfer": pgettext_lazy("accessibility report", "AnySurfer theme"),
    "location": pgettext_lazy("accessibility report", "Where"),
    "snippet": pgettext_lazy("accessibility report", "Code or text"),
    "hint": pgettext_lazy("accessibility report", "How to fix it"),
    "dismissed": pgettext_lazy("accessibility report", "Dismissed (reason)"),
    "new": pgettext_lazy("accessibility report", "New since the previous run"),
}

YES = pgettext_lazy("accessibility report", "yes")
