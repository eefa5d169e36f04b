"""The language links take a page's translations from the cached frame."""

from wagtail import hooks

from .translations import known_translations


@hooks.register("balise_live_translations")
def kept_translations(page, request):
    return known_translations(page, request)
