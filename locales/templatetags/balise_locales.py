from django import template
from wagtail.models import Page

from .. import not_found, switcher
from ..languages import native_name
from ..local_urls import local_url

register = template.Library()


def _translations(context, page):
    """Look the page's translations up once per request: the switcher and the
    hreflang links both need them."""
    request = context.get("request")
    page = page if isinstance(page, Page) else None
    cache_key = ("_balise_translations", getattr(page, "pk", None))
    cache = getattr(request, "_balise_translations", None)
    if cache is None:
        cache = {}
        if request is not None:
            request._balise_translations = cache
    if cache_key not in cache:
        cache[cache_key] = switcher.translations_of(page, request)
    return cache[cache_key]


@register.inclusion_tag("balise_locales/switcher.html", takes_context=True)
def language_switcher(context, page=None):
    request = context.get("request")
    page = page if isinstance(page, Page) else None
    translations = _translations(context, page)
    return {"links": switcher.language_links(request, page, translations)}


@register.inclusion_tag("balise_locales/hreflang.html", takes_context=True)
def hreflang_links(context, page=None):
    request = context.get("request")
    translations = _translations(context, page)
    return {"alternates": switcher.alternates(request, translations)}


@register.inclusion_tag("balise_locales/page_elsewhere.html", takes_context=True)
def page_elsewhere(context):
    """On a 404: the page at the same address in another language, if any."""
    request = context.get("request")
    page = not_found.page_elsewhere(request) if request is not None else None
    if page is None:
        return {"elsewhere": None}
    language = page.locale.language_code
    return {"elsewhere": page, "language": language, "language_name": native_name(language),
            "url": local_url(page.get_url(request=request), request)}
