"""Findings from the shared templates (header, menu, footer, the feedback
box) are reported once, not on every page: the same problem (fingerprint)
seen at addresses of two or more pages becomes one shared finding, with the
number of addresses where it was seen. The rest stay with their page, once
per page however many of its states (a form with its errors…) showed them.

Pure: no ORM and no Wagtail.
"""

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Seen:
    """A finding and the address (and state) where it was seen."""

    finding: object  # findings.Finding, stamped with its page
    url: str = ""
    state: str = "page"


@dataclass(frozen=True)
class Grouped:
    finding: object
    url: str
    state: str
    shared: bool = False
    occurrences: int = 1


def group(seen):
    """``seen`` (Seen items, in the order found) -> Grouped findings: shared
    ones first, in the order first seen, then each page's."""
    by_fingerprint = {}
    for item in seen:
        by_fingerprint.setdefault(item.finding.fingerprint, []).append(item)
    shared, per_page = [], []
    for items in by_fingerprint.values():
        pages = {item.finding.page_id for item in items if item.finding.page_id is not None}
        if len(pages) >= 2:
            first = items[0]
            locales = {item.finding.locale for item in items}
            finding = replace(first.finding, page_id=None, revision_id=None,
                              locale=locales.pop() if len(locales) == 1 else "")
            addresses = {item.url for item in items}
            shared.append(Grouped(finding, first.url, first.state, shared=True,
                                  occurrences=len(addresses)))
            continue
        by_page = {}
        for item in items:
            by_page.setdefault(item.finding.page_id, []).append(item)
        for page_items in by_page.values():
            first = page_items[0]
            per_page.append(Grouped(first.finding, first.url, first.state,
                                    occurrences=len({item.url for item in page_items})))
    return shared + per_page
