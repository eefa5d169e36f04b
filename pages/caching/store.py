"""Kept copies of pages, one per address and language, valid for one
generation of the page frame (``pages.frame.cache``).

The entry's key has no generation in it: the entry carries the generation
it was built under, and the current number and the entry are read
together in one round trip (``get_many``). A copy built while a publish
happened carries the number read before it was built, so it is never
used. With Redis or memcached every server process sees the same number:
a publish empties the cache of all of them at once.
"""

import hashlib
import time
from dataclasses import dataclass

from django.core.cache import cache
from django.utils.translation import get_language

from ..conf import app_settings
from ..frame.cache import GENERATION_KEY, generation, seconds_to_keep

KEY_PREFIX = "balise:page"
# Headers the middleware writes itself on every answer
OWN_HEADERS = frozenset({"cache-control", "etag", "expires", "last-modified"})


@dataclass(frozen=True)
class Entry:
    generation: int
    valid_until: float  # time.time() after which the text is no longer true
    status: int
    headers: tuple
    content: bytes
    etag: str
    page_id: int


def timeout_seconds():
    """BALISE_PAGES["PAGE_CACHE_SECONDS"], or by default a day with a cache
    every process shares, a minute with local memory; 0 turns caching off."""
    return seconds_to_keep(app_settings.PAGE_CACHE_SECONDS)


def entry_key(request):
    """Scheme, host (several sites), full path and language; hashed, so a
    long address makes no key memcached refuses. None for a host Django
    refuses: that request goes on without the cache."""
    try:
        host = request.get_host()
    except Exception:  # noqa: BLE001 - DisallowedHost and malformed hosts
        return None
    where = f"{request.scheme}://{host}{request.get_full_path()}|{get_language() or ''}"
    return f"{KEY_PREFIX}:{hashlib.sha256(where.encode()).hexdigest()}"


def lookup(key):
    """(the current generation, the usable entry at ``key`` or None)."""
    found = cache.get_many([GENERATION_KEY, key])
    current = found.get(GENERATION_KEY)
    if current is None:
        return generation(), None
    entry = found.get(key)
    if (not isinstance(entry, Entry) or entry.generation != current
            or entry.valid_until <= time.time()):
        return current, None
    return current, entry


def keep(key, built_under, response, page, until=None):
    """Keep ``response`` for ``timeout_seconds()``, or until ``until`` (an
    aware datetime) when the page's text changes with the clock sooner."""
    now = time.time()
    seconds = timeout_seconds()
    if until is not None:
        seconds = min(seconds, int(until.timestamp() - now))
    if seconds <= 0:
        return None
    content = response.content
    entry = Entry(
        generation=built_under,
        valid_until=now + seconds,
        status=response.status_code,
        headers=tuple((name, value) for name, value in response.items()
                      if name.lower() not in OWN_HEADERS),
        content=content,
        etag=f'"{hashlib.sha256(content).hexdigest()[:32]}"',
        page_id=page.pk,
    )
    cache.set(key, entry, timeout=seconds)
    return entry
