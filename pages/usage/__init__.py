"""Measuring use without tracking: first-party counts, kept on the server.

The source documents ask a CPAS to follow which pages and tasks citizens
use; analytics scripts are banned on this site (no cookie, no third-party
origin, no consent banner). So the site counts for itself, and only counts:
one row per day, language, kind of event and page, holding a number. No
cookie, no IP address, no user agent, no referrer and no time of day is
kept; bots, HEAD requests, errors and signed-in staff are not counted.

The other Balise apps call in here, never the reverse::

    from pages import usage
    usage.record_request(request, usage.FORM_STARTED, page=self)   # filters bots, staff
    usage.record(usage.EXPLORER_RESULTS, "fr", page=page)          # counts, no questions

Page views are counted by ``pages.usage.middleware.UsageMiddleware``; search
use is read from the search terms' own daily counts (``pages.search.terms``).
"""

from .kinds import (
    EXPLORER_RESULTS,
    FORM_STARTED,
    FORM_SUBMITTED,
    KINDS,
    PAGE_VIEW,
    TOP_TASK,
)
from .recording import record, record_request

__all__ = [
    "EXPLORER_RESULTS",
    "FORM_STARTED",
    "FORM_SUBMITTED",
    "KINDS",
    "PAGE_VIEW",
    "TOP_TASK",
    "record",
    "record_request",
]
