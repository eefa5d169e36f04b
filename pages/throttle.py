"""Counting what one client (or one e-mail address) asks for, to refuse a
flood: feedback votes, password resets, and next the contact forms.

Counters live in Django's cache only, under a keyed hash of what they count:
no IP address or e-mail address is stored anywhere. With a shared cache
(Redis, memcached) every server process counts together.
"""

import functools
import hashlib
import hmac
import ipaddress

from django.conf import settings
from django.core.cache import cache


def client_address(request):
    """The client's address: ``REMOTE_ADDR``, unless the request comes from
    a reverse proxy of ``BALISE_TRUSTED_PROXIES`` (addresses or networks):
    then the rightmost address of ``X-Forwarded-For`` that is not one of those
    proxies, the one the proxy saw (each proxy appends what it saw; addresses
    further left can be made up by the client). Without that setting,
    ``BALISE_PROXY_COUNT`` reverse proxies: the address the outermost one saw.
    A request that does not come from a trusted proxy has its header ignored."""
    remote = request.META.get("REMOTE_ADDR") or "unknown"
    trusted = _networks(tuple(getattr(settings, "BALISE_TRUSTED_PROXIES", ()) or ()))
    forwarded = [part.strip() for part in
                 request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if trusted:
        if not _is_in(remote, trusted):
            return remote
        for hop in reversed(forwarded):
            if not _is_in(hop, trusted):
                return hop
        return forwarded[0] if forwarded else remote
    proxies = getattr(settings, "BALISE_PROXY_COUNT", 0)
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies]
    return remote


@functools.lru_cache(maxsize=8)
def _networks(entries):
    return tuple(ipaddress.ip_network(entry.strip(), strict=False) for entry in entries)


def _is_in(address, networks):
    try:
        ip = ipaddress.ip_address(address.strip("[]"))
    except ValueError:
        return False
    if ip.version == 6 and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return any(ip in network for network in networks if network.version == ip.version)


def _key(kind, value):
    digest = hmac.new(settings.SECRET_KEY.encode(), f"{kind}|{value}".encode(),
                      hashlib.sha256).hexdigest()[:32]
    return f"balise:throttle:{kind}:{digest}"


def count(kind, value, window_seconds):
    """One more request of ``kind`` from ``value`` in the current window;
    returns how many there have been in it."""
    key = _key(kind, value)
    cache.add(key, 0, window_seconds)
    try:
        return cache.incr(key)
    except ValueError:  # the entry expired between add and incr
        cache.set(key, 1, window_seconds)
        return 1


def over_limit(kind, value, limit, window_seconds):
    return count(kind, value, window_seconds) > limit


def current(kind, value):
    """How many requests of ``kind`` from ``value`` the current window holds,
    without counting one more: for limits that count only failed tries."""
    return cache.get(_key(kind, value), 0)
