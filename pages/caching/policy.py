"""Which requests may be answered from the cache, and which answers may be
kept for the next reader. Everything here errs on the side of not caching:
a page built once too often costs milliseconds, a personal page given to
the wrong reader cannot be taken back."""

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.utils.cache import cc_delim_re

SAFE_METHODS = ("GET", "HEAD")
# Cache-Control words with which a view says "not for everybody"
PRIVATE_WORDS = frozenset({"private", "no-store", "no-cache"})
# The only Vary a kept copy may carry: the language is in the address anyway
HARMLESS_VARY = frozenset({"accept-language"})
PAGE_ATTRIBUTE = "_balise_page_cache_page"


def personal_cookies():
    """Cookies that mean the reader has a state of their own here: signed in
    (or a password of a private page given), a CSRF token, a message waiting."""
    return (settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME, CookieStorage.cookie_name)


def may_answer_from_cache(request):
    """A GET or HEAD of an address without a query string, from a reader
    with none of our cookies. A query string is personal more often than
    not (a feedback token, a search, a filter), and keeping a copy for
    every made-up query would let anyone fill the cache."""
    if request.method not in SAFE_METHODS or request.META.get("QUERY_STRING"):
        return False
    if getattr(request, "is_dummy", False):  # Wagtail's preview: the draft, never a copy
        return False
    return not any(name in request.COOKIES for name in personal_cookies())


def note_page(request, page):
    """Wagtail is serving ``page`` itself (``hooks``): its own ``serve`` ran,
    after the view restrictions let the reader in."""
    setattr(request, PAGE_ATTRIBUTE, page)


def served_page(request):
    return getattr(request, PAGE_ATTRIBUTE, None)


def opted_in(page):
    return page is not None and getattr(page, "cache_for_anonymous", False) is True


def _signed_in(request):
    user = getattr(request, "user", None)
    return user is not None and user.is_authenticated


def _touched_personal_state(request):
    """The page wrote to the session, used a CSRF token (a ``{% csrf_token %}``
    in its HTML) or queued a message: what it shows is not the same for
    everyone, and the middlewares around would add a cookie. (Reading the
    session of a reader without a session cookie, as asking whether they are
    signed in does, reads an empty one: nothing personal.)"""
    session = getattr(request, "session", None)
    if session is not None and getattr(session, "modified", False):
        return True
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return True
    storage = getattr(request, "_messages", None)
    return bool(storage is not None and getattr(storage, "_queued_messages", None))


def _cache_control_words(response):
    return {part.split("=")[0].strip().lower()
            for part in cc_delim_re.split(response.get("Cache-Control", "")) if part}


def _vary_headers(response):
    return {part.strip().lower() for part in response.get("Vary", "").split(",") if part.strip()}


def may_keep(request, response):
    """Whether this answer may be given to the next anonymous reader."""
    return (
        may_answer_from_cache(request)
        and response.status_code == 200
        and not response.streaming
        and opted_in(served_page(request))
        and not _signed_in(request)
        and not response.cookies
        and not (_cache_control_words(response) & PRIVATE_WORDS)
        and _vary_headers(response) <= HARMLESS_VARY
        and not _touched_personal_state(request)
    )
