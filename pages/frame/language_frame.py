"""The parts of the frame that depend on the site and the language only: the
language's home page, its main menu and the organisation's details. Built in
five queries when the generation changes, then read from the cache."""

from django.conf import settings
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site

from ..contact.models import SiteSettings
from .cache import shared
from .locales import locales_by_code
from .privacy import is_public


def content_language():
    """The content language being served ("fr", "nl"...), or "" for none."""
    try:
        return get_supported_content_language_variant(get_language())
    except LookupError:
        return ""


def _home(site, locale):
    """What Wagtail routes from: ``site.root_page.localized.specific``."""
    root = site.root_page
    if (locale is None or root.locale_id == locale.pk
            or not getattr(settings, "WAGTAIL_I18N_ENABLED", False)):
        return root.specific
    translation = Page.objects.live().filter(
        translation_key=root.translation_key, locale=locale).first()
    return (translation or root).specific


def _menu(home):
    pages = Page.objects.live().in_menu().child_of(home).order_by("path")
    return [page for page in pages if is_public(page)]


def _organisation(settings, locale):
    source = settings.organisation if settings is not None else None
    if source is None or locale is None or source.locale_id == locale.pk:
        return source
    return source.get_translation_or_none(locale) or source


def _build(site, language):
    locale = locales_by_code().get(language)
    home = _home(site, locale)
    # Read, not ``SiteSettings.for_site``: that creates the row on a first
    # visit, and a page view should write nothing.
    settings = SiteSettings.objects.filter(site=site).select_related("organisation").first()
    return {
        "home": home,
        "menu": _menu(home) if home is not None else [],
        "organisation": _organisation(settings, locale),
        "settings": settings,
    }


def language_frame(request, language):
    """{"home", "menu", "organisation", "settings"} for the request's site in
    ``language``; "settings" is the site's ``SiteSettings`` row or None."""
    site = Site.find_for_request(request)
    if site is None:
        return {"home": None, "menu": [], "organisation": None, "settings": None}
    return shared(request, f"site:{site.pk}:{language}",
                  lambda: _build(site, language))


def specific_home(request, site, language):
    """The specific page Wagtail would route this language from."""
    return language_frame(request, language)["home"] if site is not None else None
