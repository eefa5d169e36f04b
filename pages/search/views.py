"""The public search page and its autocomplete suggestions.

The page works without JavaScript: a form, a list of results with the words
found marked, the documents found (on the first page of results), a
corrected query to follow, and when nothing is found (or the
index cannot be read) the top tasks and a phone number. The suggestions are
a small JSON answer that ``search_autocomplete.js`` turns into a list under
the header's search box."""

import logging

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control, patch_vary_headers

from ..conf import app_settings
from .finding import (
    MAX_QUERY_LENGTH,
    Search,
    public_backend,
    search_terms,
    visible_pages,
    with_specific,
)
from .help import human_routes
from .promotions import promoted_pages
from .storage import IndexUnavailable
from .terms import record_search

logger = logging.getLogger(__name__)

# kept importable from here: other modules and tests use them
__all__ = ["search", "search_terms", "suggestions", "visible_pages", "with_specific"]

MAX_SUGGESTIONS = 8
MIN_PREFIX = 2


def _results_page(found, number):
    paginator = Paginator(found, app_settings.SEARCH_RESULTS_PER_PAGE)
    try:
        return paginator.page(number)
    except (PageNotAnInteger, EmptyPage):
        return paginator.page(1)


def _is_first_visit(request):
    """Whether this is a new search rather than one of its further pages
    (only new searches are counted in the search terms report)."""
    try:
        return int(request.GET.get("page", 1)) <= 1
    except (TypeError, ValueError):
        return True


def _promoted(current, pages):
    """The promoted results as the template shows them: the editors'
    description, else the page's "In short"."""
    shown = []
    for page, description in pages:
        result = current.marked(page)
        if description:
            result["summary"] = description
        shown.append(result)
    return shown


def search(request):
    """Search the pages of the reader's language."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    context = {"query": query, "results": None}
    status = 200
    if query:
        current = Search(request, query)
        promoted = promoted_pages(request, current.locale, query)
        current.excluded = [page.pk for page, _description in promoted]
        try:
            results = _results_page(current.found, request.GET.get("page", 1))
            results.object_list = [current.marked(page)
                                   for page in with_specific(results.object_list)]
            context["results"] = results
            pages_found = results.paginator.count + len(promoted)
            documents_found = current.documents_count()
            if results.number == 1:
                context["promoted"] = _promoted(current, promoted)
                if documents_found:  # under the first page of results only
                    context["documents"] = current.documents(
                        app_settings.SEARCH_DOCUMENTS_SHOWN)
                    context["documents_count"] = documents_found
            context["count"] = pages_found + documents_found
            context["correction"] = current.correction()
            if _is_first_visit(request):
                record_search(query, current.language, context["count"])
            if not pages_found:
                context["elsewhere"] = current.elsewhere(app_settings.SEARCH_RESULTS_PER_PAGE)
        except IndexUnavailable:
            logger.exception("search index unavailable")
            context["unavailable"] = True
            status = 503
        if status == 503 or not context.get("count"):
            context.update(human_routes(request, current.locale))
    return render(request, "balise_pages/search.html", context, status=status)


def suggestions(request):
    """At most 8 titles of visible pages of the reader's language whose words
    start as typed: {"results": [{"title", "url"}]}."""
    prefix = search_terms(request.GET.get("q", ""))[:50]
    found = []
    if len(prefix) >= MIN_PREFIX:
        try:
            pages = public_backend().autocomplete(prefix, visible_pages(request))
            found = list(pages[:MAX_SUGGESTIONS])
        except (IndexUnavailable, NotImplementedError):
            found = []
    response = JsonResponse({"results": [
        {"title": page.title, "url": page.get_url(request)} for page in found]})
    # what a reader may see depends on who they are: never a shared cache
    patch_cache_control(response, private=True, max_age=60)
    patch_vary_headers(response, ["Cookie"])
    return response
