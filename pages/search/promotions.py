"""The promoted results ("best bets") a search shows first: the pages
editors pinned to what the reader typed, in the reader's language.

A promotion never shows a page the reader could not open or find (a draft,
an unpublished page, one behind a view restriction), and a promoted page
is taken out of the ordinary results so it is not listed twice."""

from ..models.promoted_result import PromotedResult
from ..models.search_terms import normalise_query
from .finding import visible_pages, with_specific

MAX_PROMOTED = 5


def matching(locale, query):
    """The promotions of ``locale`` whose words are ``query``, in order."""
    wanted = normalise_query(query)
    if not wanted:
        return []
    candidates = PromotedResult.objects.filter(locale=locale).order_by("sort_order", "pk")
    # the other words are free text: compared in Python, on one language's few rows
    return [promotion for promotion in candidates if wanted in promotion.queries()]


def promoted_pages(request, locale, query):
    """[(page, description)] for the reader: live, visible pages only, each
    once, at most ``MAX_PROMOTED``."""
    promotions = matching(locale, query)
    if not promotions:
        return []
    allowed = set(visible_pages(request).filter(
        pk__in=[promotion.page_id for promotion in promotions]).values_list("pk", flat=True))
    chosen = {}
    for promotion in promotions:
        if promotion.page_id in allowed and promotion.page_id not in chosen:
            chosen[promotion.page_id] = promotion.description
    ids = list(chosen)[:MAX_PROMOTED]
    pages = with_specific([_Pk(pk) for pk in ids])
    return [(page, chosen[page.pk]) for page in pages]


class _Pk:
    """What ``with_specific`` reads of a result: its primary key."""

    def __init__(self, pk):
        self.pk = pk
