"""Where each language link of a page leads.

A reader who switches language expects the same page in the other language.
When it has not been translated yet, the link goes through a small view that
sends them to that language's home and says so, rather than to a 404.
"""

from dataclasses import dataclass

from django.urls import reverse, translate_url
from django.utils.http import urlencode
from django.utils.translation import get_language
from wagtail.models import Page

from .languages import LANGUAGES, Language


@dataclass(frozen=True)
class LanguageLink:
    language: Language
    url: str
    is_current: bool
    is_translated: bool


def live_translations(page):
    """The live versions of ``page`` keyed by language code, in one query."""
    if not isinstance(page, Page):
        return {}
    translations = (
        Page.objects.live()
        .filter(translation_key=page.translation_key)
        .select_related("locale")
    )
    return {translation.locale.language_code: translation for translation in translations}


def language_links(request, page=None, translations=None):
    """One link per language for the switcher, in the order of ``LANGUAGES``."""
    current = (get_language() or "fr").split("-")[0]
    if translations is None:
        translations = live_translations(page)
    links = []
    for language in LANGUAGES:
        translation = translations.get(language.code)
        if translation is not None:
            url = translation.get_url(request=request)
        elif page is None and request is not None:
            # A view that is not a page (search, errors): the same view in the
            # other language, keeping what the reader typed.
            url = translate_url(request.get_full_path(), language.code)
        else:
            query = {"page": page.pk} if page is not None else {}
            url = reverse("balise_locales:switch", args=[language.code])
            if query:
                url = f"{url}?{urlencode(query)}"
        links.append(
            LanguageLink(
                language=language,
                url=url,
                is_current=language.code == current,
                is_translated=translation is not None or page is None,
            )
        )
    return links


def alternates(request, translations):
    """(language code, absolute URL) for every live translation, for hreflang."""
    result = []
    for language in LANGUAGES:
        translation = translations.get(language.code)
        if translation is not None:
            result.append((language.code, translation.get_full_url(request=request)))
    return result
