"""The public search: pages of the reader's language that the reader may
see, one page of results loaded at a time."""

import re

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.shortcuts import render
from wagtail.models import Locale, Page, PageViewRestriction

from ..conf import app_settings

MAX_QUERY_LENGTH = 200


def search_terms(raw):
    """The words of what the reader typed. Punctuation and control characters
    would reach the search engine's own query syntax (a lone quote breaks
    SQLite's full-text search), and they never help find a page."""
    return " ".join(re.sub(r"[^\w]+", " ", raw[:MAX_QUERY_LENGTH]).split())


def visible_pages(request):
    """Live pages of the reader's language, without those behind a view
    restriction (password, login, groups) this reader has not passed: a
    result would show the title and summary of a page they may not open."""
    pages = Page.objects.live().filter(locale=Locale.get_active()).exclude(depth__lte=1)
    for restriction in PageViewRestriction.objects.select_related("page"):
        if not restriction.accept_request(request):
            pages = pages.exclude(path__startswith=restriction.page.path)
    return pages


def with_specific(results):
    """The specific pages of one page of results, in their order, in one
    query per page type (the template shows each page's summary)."""
    ids = [page.pk for page in results]
    specific = Page.objects.filter(pk__in=ids).specific().in_bulk()
    return [specific[pk] for pk in ids if pk in specific]


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
        found = visible_pages(request).search(terms) if terms else Page.objects.none()
        paginator = Paginator(found, app_settings.SEARCH_RESULTS_PER_PAGE)
        try:
            results = paginator.page(request.GET.get("page", 1))
        except (PageNotAnInteger, EmptyPage):
            results = paginator.page(1)
        results.object_list = with_specific(results.object_list)
    return render(
        request,
        "balise_pages/search.html",
        {"query": query, "results": results},
    )
