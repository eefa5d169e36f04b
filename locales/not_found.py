"""A page asked for in a language it does not exist in.

A reader who changes ``/fr/`` into ``/de/`` in an address, or follows a link
someone copied from another language's page, asks for a path that exists
only under another language's home. The 404 page then names that page (in
its own language) and its language links lead to it, or to its translation,
or to each language's home with a message: never to another 404.
"""

from wagtail.models import Page, Site

from .languages import is_site_language, languages
from .local_urls import local_url

NOT_FOUND = "_balise_not_found"
MAX_PATH_LENGTH = 255  # Wagtail's url_path column


def mark_not_found(request):
    """Called by the site's 404 view: the switcher then leads elsewhere than
    to the same missing path in each language."""
    setattr(request, NOT_FOUND, True)


def is_not_found(request):
    return bool(getattr(request, NOT_FOUND, False))


def page_elsewhere(request):
    """The live page at the same path under another language's home, which
    this reader may open (the source language first); None otherwise. Looked
    up once per request."""
    if request is None:
        return None
    if not hasattr(request, "_balise_page_elsewhere"):
        request._balise_page_elsewhere = _find(request)
    return request._balise_page_elsewhere


def _find(request):
    language, _slash, rest = request.path.lstrip("/").partition("/")
    if not is_site_language(language) or not rest or len(rest) > MAX_PATH_LENGTH:
        return None
    rest = rest if rest.endswith("/") else f"{rest}/"
    site = Site.find_for_request(request)
    if site is None:
        return None
    homes = Page.objects.live().filter(translation_key=site.root_page.translation_key)
    wanted = [home.url_path + rest for home in homes]
    order = {entry.code: number for number, entry in enumerate(languages())}
    found = sorted(
        Page.objects.live().filter(url_path__in=wanted).exclude(
            locale__language_code=language).select_related("locale"),
        key=lambda page: order.get(page.locale.language_code, len(order)))
    for page in found:
        if local_url(page.get_url(request=request), request) is None:
            continue
        if all(restriction.accept_request(request)
               for restriction in page.get_view_restrictions()):
            return page.specific
    return None
