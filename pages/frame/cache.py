"""Values shared by every reader, cached under one generation number.

Each cached value's key carries the current generation; a change bumps the
number, so every older entry is simply never read again (and expires). No
list of keys is kept, and one ``cache.incr`` invalidates the whole frame of
every site and language, which is what a publish needs: a new page can appear
in a menu, a title in a breadcrumb, in any language.

Within a request each value is also remembered on the request itself, so a
template that asks three times reads the cache once.
"""

import time

from django.core.cache import DEFAULT_CACHE_ALIAS, cache, caches
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache

from ..conf import app_settings

GENERATION_KEY = "balise:frame:generation"
KEY_PREFIX = "balise:frame"
_MISSING = object()
SHARED_CACHE_SECONDS = 24 * 3600
# Local memory is one cache per server process, and a publish moves on only
# the generation of the process that handled it: what the other processes
# keep must not outlive a short while.
LOCAL_MEMORY_SECONDS = 60


def is_process_local():
    return isinstance(caches[DEFAULT_CACHE_ALIAS], (LocMemCache, DummyCache))


def seconds_to_keep(chosen):
    """``chosen`` (a setting), or by default a day with a cache every process
    shares, a minute with local memory."""
    if chosen is not None:
        return int(chosen)
    return LOCAL_MEMORY_SECONDS if is_process_local() else SHARED_CACHE_SECONDS


def timeout_seconds():
    return seconds_to_keep(app_settings.FRAME_CACHE_SECONDS)


def _fresh_generation():
    # A number no earlier run used: entries from before a cache restart or an
    # evicted generation key are never mistaken for current ones.
    return time.time_ns()


def generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, _fresh_generation(), timeout=None)
        value = cache.get(GENERATION_KEY)
    return value


def bump():
    """Forget every cached frame: the next request builds it again."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # no generation yet, or evicted
        cache.set(GENERATION_KEY, _fresh_generation(), timeout=None)


def _request_store(request):
    if request is None:
        return {}
    return request.__dict__.setdefault("_balise_frame", {})


def shared(request, name, compute):
    """``compute()`` as cached for every reader, under the current generation.

    ``name`` must say everything the value depends on (site, language...).
    """
    store = _request_store(request)
    if name in store:
        return store[name]
    current = store.get(GENERATION_KEY)
    if current is None:
        current = store[GENERATION_KEY] = generation()
    key = f"{KEY_PREFIX}:{current}:{name}"
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(key, value, timeout=timeout_seconds())
    store[name] = value
    return value


def per_request(request, name, compute):
    """``compute()`` once per request: for what differs from page to page."""
    store = _request_store(request)
    if name not in store:
        store[name] = compute()
    return store[name]
