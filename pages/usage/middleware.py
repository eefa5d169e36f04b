"""Counting page views on the way out, whoever answered.

Add ``"pages.usage.middleware.UsageMiddleware"`` to ``MIDDLEWARE`` before
(outside) any middleware that answers from a page cache, so that a copy
served from the cache is counted like a page built for the reader.

A view counts when a person (``visitors``) got a Wagtail page with a 200
HTML answer to a GET, or a 304 "Not modified" for it (the page cache asks
browsers to check their copy each time: each check is the reader viewing
the page again). HEAD, errors, redirects, files, the admin and other views
are not counted. The page is known from the page Wagtail served
(``on_serve_page``: ``note_page``); for a copy answered by a cache,
Wagtail serves nothing, so the last page served at that address is
remembered in the cache. Costs: one database write (an ``UPDATE``) per
counted view, two when the view follows a top task; nothing for the rest.
"""

import hashlib
import logging

from django.core.cache import cache
from django.core.exceptions import DisallowedHost

from ..frame.locales import locale_by_id
from .kinds import PAGE_VIEW, TOP_TASK
from .recording import record
from .top_tasks import followed_a_top_task
from .visitors import is_person

logger = logging.getLogger(__name__)
PAGE_ATTRIBUTE = "_balise_usage_page"
ADDRESS_SECONDS = 7 * 24 * 3600


def _address_key(request):
    try:
        where = f"{request.get_host()}{request.path}"
    except DisallowedHost:
        return None
    return "balise:usage:page-at:" + hashlib.sha256(where.encode()).hexdigest()[:32]


def note_page(request, page):
    """Wagtail is serving ``page`` for this request (``on_serve_page``);
    a page cache answering with a copy may call it too."""
    note_page_id(request, page.pk, page.locale_id)


def note_page_id(request, page_id, locale_id):
    setattr(request, PAGE_ATTRIBUTE, (page_id, locale_id))


def served_page(request):
    """(page id, language code) of the page this request got, or None."""
    noted = getattr(request, PAGE_ATTRIBUTE, None)
    if noted is not None:
        page_id, locale_id = noted
        locale = locale_by_id(locale_id, request)
        language = locale.language_code if locale is not None else ""
        key = _address_key(request)
        if key is not None:
            cache.set(key, (page_id, language), ADDRESS_SECONDS)
        return page_id, language
    key = _address_key(request)
    return cache.get(key) if key is not None else None


def is_counted_answer(response):
    """A page (200, HTML), or "Not modified" (304): the reader's browser
    asked whether its copy of a page is still current, to show it again."""
    if response.status_code == 304:
        return True
    return (response.status_code == 200 and not response.streaming
            and response.get("Content-Type", "").startswith("text/html"))


class UsageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method == "GET" and is_counted_answer(response) and is_person(request):
            self.count_view(request)
        return response

    def count_view(self, request):
        found = served_page(request)
        if not found:
            return
        page_id, language = found
        record(PAGE_VIEW, language, page=page_id)
        if followed_a_top_task(request, page_id, language):
            record(TOP_TASK, language, page=page_id)
