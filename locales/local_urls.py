"""Links that stay on the site being served.

The language links are built from what the reader asked for (the path of a
404 page, a page id in a query string). A path such as ``///evil.example/``
is, for a browser, a link to another host; so every link this app writes
goes through ``local_url`` (a path starting with exactly one ``/``) or
``absolute_url`` (that path on the host and port the reader used).
"""

from urllib.parse import urlsplit

from django.utils.encoding import escape_uri_path, iri_to_uri
from django.utils.http import url_has_allowed_host_and_scheme


def is_local_path(url):
    """True for ``/a/path?query``; false for ``//host``, ``/\\host``,
    ``http://…``, ``a/relative/path`` and anything with a control character."""
    if not isinstance(url, str) or not url.startswith("/") or url[1:2] in ("/", "\\"):
        return False
    if any(ord(char) < 32 or ord(char) == 127 for char in url):
        return False
    return url_has_allowed_host_and_scheme(url, allowed_hosts=set())


def local_url(url, request=None):
    """``url`` as a local path, or None when it leads elsewhere.

    Wagtail gives an absolute URL for a page of another site; an absolute URL
    on the host being served is shortened to its path."""
    if not url:
        return None
    parts = urlsplit(url)
    if parts.scheme or parts.netloc:
        if request is None or parts.scheme not in ("http", "https"):
            return None
        if parts.netloc.lower() != request.get_host().lower():
            return None
        url = parts._replace(scheme="", netloc="").geturl() or "/"
    return url if is_local_path(url) else None


def absolute_url(request, url):
    """A local ``url`` on the host and port the reader used, or None."""
    path = local_url(url, request)
    if path is None:
        return None
    if request is None:
        return path
    return request.build_absolute_uri(path)


def request_path(request):
    """The path the reader asked for, escaped, with one leading slash, and its
    query string: safe to hand to ``translate_url``."""
    path = "/" + escape_uri_path(request.path).lstrip("/")
    query = iri_to_uri(request.META.get("QUERY_STRING", ""))
    return f"{path}?{query}" if query else path
