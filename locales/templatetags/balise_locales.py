from django import template
from wagtail.models import Page

from .. import switcher

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
        cache[cache_key] = switcher.live_translations(page, request)
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
