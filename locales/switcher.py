"""Where each language link of a page leads.

A reader who switches language expects the same page in the other language.
When it has not been translated yet, the link goes through a small view that
sends them to that language's home and says so, rather than to a 404. Every
link is a path on this site (see ``local_urls``): the path of a 404 page is
whatever the visitor typed, and must never become a link to another host.
"""

from dataclasses import dataclass

from django.db import connections, router
from django.urls import reverse, translate_url
from django.utils.http import urlencode
from django.utils.translation import get_language
from wagtail import hooks
from wagtail.models import Page, PageViewRestriction

from . import not_found
from .languages import Language, languages, source_language
from .local_urls import absolute_url, local_url, request_path


@dataclass(frozen=True)
class LanguageLink:
    language: Language
    url: str
    is_current: bool
    is_translated: bool


def live_translations(page, request=None):
    """The live versions of ``page`` keyed by language code, in one query;
    with a ``request``, without the translations behind a view restriction
    (password, login, groups) that this reader has not passed: a link to
    them would lead to a sign-in box."""
    if not isinstance(page, Page):
        return {}
    translations = (
        Page.objects.live()
        .filter(translation_key=page.translation_key)
        .select_related("locale")
    )
    closed = closed_paths(request) if request is not None else ()
    return {translation.locale.language_code: translation for translation in translations
            if not translation.path.startswith(closed)}


def translations_of(page, request=None):
    """The live translations of ``page`` the language links need, each with
    its ``get_url``: from the first ``balise_live_translations`` hook that
    answers (the pages app keeps them with its cached page frame: ``locales``
    imports no app), else ``live_translations``."""
    for find in hooks.get_hooks("balise_live_translations"):
        found = find(page, request)
        if found is not None:
            return found
    return live_translations(page, request)


def closed_paths(request):
    """Tree paths of the sections this reader may not open, once a request."""
    if not hasattr(request, "_balise_closed_paths"):
        request._balise_closed_paths = tuple(
            restriction.page_path for restriction in restrictions_with_paths()
            if not restriction.accept_request(request))
    return request._balise_closed_paths


def restrictions_with_paths():
    """Every view restriction, with the tree path of its page (``page_path``).
    Asked on every page view, and written in SQL: Django took longer to make
    the query (a join with every column of the page) than the database took
    to answer it."""
    alias = router.db_for_read(PageViewRestriction)
    quote = connections[alias].ops.quote_name
    return list(PageViewRestriction.objects.using(alias).raw(
        f"SELECT r.*, p.path AS page_path FROM {quote(PageViewRestriction._meta.db_table)} r"  # noqa: S608 - quoted names only
        f" JOIN {quote(Page._meta.db_table)} p ON p.id = r.page_id"))


def switch_url(language_code, page=None):
    """The switch view: the page in that language, or that language's home."""
    url = reverse("balise_locales:switch", args=[language_code])
    if page is not None:
        url = f"{url}?{urlencode({'page': page.pk})}"
    return url


def _page_url(request, translation):
    if translation is None:
        return None
    return local_url(translation.get_url(request=request), request)


def _same_view_url(request, language_code):
    """A view that is not a page (search, errors): the same view in the other
    language, keeping what the reader typed, when that is a path here."""
    if request is None:
        return None
    return local_url(translate_url(request_path(request), language_code))


def language_links(request, page=None, translations=None):
    """One link per language for the switcher, in the order of ``LANGUAGES``."""
    current = (get_language() or source_language()).split("-")[0]
    missing = page is None and request is not None and not_found.is_not_found(request)
    if missing:  # a 404: the same path in another language would be one too
        page = not_found.page_elsewhere(request)
        translations = None
    if translations is None:
        translations = translations_of(page, request)
    links = []
    for language in languages():
        url = _page_url(request, translations.get(language.code))
        is_translated = url is not None
        if url is None and page is None and not missing:
            url = _same_view_url(request, language.code)
            is_translated = True
        if url is None:
            url = switch_url(language.code, page)
        links.append(
            LanguageLink(
                language=language,
                url=url,
                is_current=language.code == current,
                is_translated=is_translated,
            )
        )
    return links


def alternates(request, translations):
    """(language code, absolute URL) for every live translation, for hreflang,
    on the host and port the reader used."""
    result = []
    for language in languages():
        translation = translations.get(language.code)
        if translation is None:
            continue
        url = absolute_url(request, translation.get_url(request=request))
        if url is not None:
            result.append((language.code, url))
    return result
