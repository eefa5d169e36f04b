"""Answers anonymous readers from the kept copies of pages.

Add ``"pages.caching.middleware.AnonymousPageCacheMiddleware"`` to
``MIDDLEWARE`` after ``LocaleMiddleware`` (the language is part of the key)
and after the middlewares that add headers to every answer (security,
sessions, CSRF, messages, frame options), so they still add them to a copy
from the cache; and after any middleware that must see every page view
(``pages.usage``: counting), which then counts copies too.

A copy found for the address, language and current generation is answered
at once: no routing, no view, no query. Otherwise the page is built as
usual and kept when ``policy.may_keep`` says so.

Every page Wagtail serves gets a ``Cache-Control`` for browsers and proxies:
a kept page is ``public, no-cache`` with an ``ETag`` (anyone may keep it,
and must ask whether it is still current before showing it again: a
published change is seen at once, and an unchanged page costs a
"304 Not Modified" without its body); any other page ``private, no-cache``
unless it said something itself.
"""

from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers

from . import policy, store, time_limits

KEPT_CACHE_CONTROL = {"public": True, "no_cache": True}
NOT_KEPT_CACHE_CONTROL = {"private": True, "no_cache": True}


def _answer_from(entry, request):
    response = HttpResponse(entry.content, status=entry.status)
    for name in list(response.headers):
        del response.headers[name]
    for name, value in entry.headers:
        response.headers[name] = value
    return _label_kept(request, response, entry)


def _label_kept(request, response, entry):
    """What a browser or proxy may do with a kept page: keep it, check before
    showing it again, and keep a copy apart for readers with cookies."""
    response["ETag"] = entry.etag
    patch_cache_control(response, **KEPT_CACHE_CONTROL)
    patch_vary_headers(response, ("Cookie",))
    return get_conditional_response(request, etag=entry.etag, response=response)


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = built_under = None
        if store.timeout_seconds() > 0 and policy.may_answer_from_cache(request):
            key = store.entry_key(request)
        if key is not None:
            built_under, entry = store.lookup(key)
            if entry is not None:
                return _answer_from(entry, request)
        response = self.get_response(request)
        page = policy.served_page(request)
        if page is None:  # not a page Wagtail served: not ours to label
            return response
        if key is not None and policy.may_keep(request, response):
            entry = store.keep(key, built_under, response, page,
                               until=time_limits.changes_at(request))
            if entry is not None:
                return _label_kept(request, response, entry)
        if "Cache-Control" not in response:
            patch_cache_control(response, **NOT_KEPT_CACHE_CONTROL)
        return response
