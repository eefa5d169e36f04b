import re

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.shortcuts import render
from wagtail.models import Locale, Page

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def search_terms(raw):
    """The words of what the reader typed. Punctuation and control characters
    would reach the search engine's own query syntax (a lone quote breaks
    SQLite's full-text search), and they never help find a page."""
    return " ".join(re.sub(r"[^\w]+", " ", raw[:MAX_QUERY_LENGTH]).split())


def search(request):
    """Search the pages of the reader's language.

    A first version on Wagtail's database backend; the Whoosh backend (with
    stemming per language) replaces it in the search issue, through the
    same view.
    """
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    terms = search_terms(query)
    results = None
    if query:
        found = []
        if terms:
            found = list(
                Page.objects.live()
                .filter(locale=Locale.get_active())
                .exclude(depth__lte=1)
                .search(terms)
            )
        paginator = Paginator(found, RESULTS_PER_PAGE)
        try:
            results = paginator.page(request.GET.get("page", 1))
        except (PageNotAnInteger, EmptyPage):
            results = paginator.page(1)
    return render(
        request,
        "balise_pages/search.html",
        {"query": query, "results": results},
    )
