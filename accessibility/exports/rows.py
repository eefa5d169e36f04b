"""What every export says about a finding, worked out once: the address it
was seen at, the page's title, the dismissal's reason."""

from ..results import labels
from .words import IMPACTS, REASONS, SOURCES


def page_title(finding):
    page = finding.page if finding.page_id else None
    return page.title if page is not None else ""


def address_of(finding, summary):
    """The address the finding was seen at: its own, else the address the
    run opened for its page (content rules read the stored page, not an
    address), else ""."""
    return finding.url or summary.page_addresses.get(finding.page_id, "")


def dismissal_text(finding):
    dismissal = getattr(finding, "dismissal", None)
    if dismissal is None:
        return ""
    reason = REASONS.get(dismissal.reason, dismissal.reason)
    return f"{reason}: {dismissal.explanation}".strip(": ")


def describe(finding, summary):
    """A plain dict of the finding, in the active language."""
    return {
        "run_date": summary.run.started_at.isoformat(),
        "page_id": finding.page_id or "",
        "page_title": page_title(finding),
        "url": address_of(finding, summary),
        "locale": finding.locale,
        "revision": finding.revision_id or "",
        "source": str(SOURCES.get(finding.source, finding.source)),
        "rule": finding.rule,
        "rule_title": labels.rule_title(finding),
        "impact": str(IMPACTS.get(finding.impact, finding.impact)),
        "wcag": finding.wcag,
        "en_clause": finding.en_clause,
        "anysurfer": labels.anysurfer_label(finding.anysurfer),
        "location": finding.location,
        "snippet": finding.snippet,
        "hint": labels.rule_hint(finding),
        "dismissed": dismissal_text(finding),
        "new": bool(getattr(finding, "is_new", False)),
        "shared": finding.shared,
        "occurrences": finding.occurrences,
    }
