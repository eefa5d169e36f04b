"""The run as one standalone HTML page an auditor can keep, mail or publish
next to the statement: in the active language, inline CSS only, no script,
and accessible itself (tests/browser/test_audit_report_file.py runs axe on it).
Everything from a finding is escaped by the template: a snippet is HTML code,
shown as text."""

from django.template.loader import render_to_string
from django.utils.translation import get_language

from ..findings import IMPACTS
from .rows import describe
from .words import IMPACTS as IMPACT_LABELS
from .words import STATUSES


def _rows(findings, summary):
    return [describe(finding, summary) for finding in findings]


def context(summary):
    active = [finding for finding in summary.findings if not finding.is_dismissed]
    by_criterion = []
    for code, title, level, findings in summary.by_criterion:
        rows = _rows([finding for finding in findings if not finding.is_dismissed], summary)
        if rows:
            by_criterion.append({"code": code, "title": title, "level": level, "rows": rows})
    by_page = []
    for page, locale, findings in summary.by_page:
        rows = _rows([finding for finding in findings if not finding.is_dismissed], summary)
        if rows:
            by_page.append({"page": page, "locale": locale, "rows": rows})
    return {
        "language": (get_language() or "en")[:2],
        "run": summary.run,
        "status": STATUSES.get(summary.run.status, summary.run.status),
        "previous": summary.previous,
        "totals": [(IMPACT_LABELS[impact], summary.totals.get(impact, 0))
                   for impact in reversed(IMPACTS)],
        "total": len(active),
        "new": _rows(summary.new, summary),
        "fixed": _rows(summary.fixed, summary),
        "dismissed": _rows(summary.dismissed, summary),
        "by_criterion": by_criterion,
        "by_page": by_page,
        "unavailable": summary.unavailable,
        "pages_checked": len(summary.addresses),
    }


def render(summary):
    return render_to_string("balise_a11y/exports/report.html", context(summary)).encode("utf-8")
