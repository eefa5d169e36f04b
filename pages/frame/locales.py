"""The site's locales, read once per generation instead of once per
``Locale.get_active()`` call (Wagtail looks the active locale up each time it
is asked: two or three times a request)."""

from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

from .cache import shared


def locales_by_code(request=None):
    return shared(request, "locales", lambda: {
        locale.language_code: locale for locale in Locale.objects.all()
    })


def active_locale(request=None):
    """The Locale of the language being served, or None when it has none."""
    try:
        code = get_supported_content_language_variant(get_language())
    except LookupError:
        return None
    return locales_by_code(request).get(code)


def language_codes_by_id(request=None):
    """{locale id: language code} of the site's locales, from the cached list."""
    return {locale.pk: code for code, locale in locales_by_code(request).items()}


def locale_by_id(pk, request=None):
    """The Locale with this id, from the cached list (a page's ``locale_id``)."""
    for locale in locales_by_code(request).values():
        if locale.pk == pk:
            return locale
    return Locale.objects.filter(pk=pk).first()
