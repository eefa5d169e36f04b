"""The live translations of a page, kept with the page frame.

Every page's header has a language switcher and its head the ``hreflang``
links: both need where each translation of the page is, a query and a URL
built per translation on every page view. What changes them (a publish, an
unpublish, a move, a new slug, a translation synced) moves the frame's
generation on, so they are kept with it, per site. Which of them a reader
may open is still asked of the database on each request (``closed_paths``):
a section made private is private at once in every process.
"""

from dataclasses import dataclass

from wagtail.models import Page, Site

from locales.switcher import closed_paths, live_translations

from .cache import shared


@dataclass(frozen=True)
class KnownTranslation:
    """A live translation as the language links use it."""

    path: str  # its place in the tree: is it behind a view restriction?
    url: str | None

    def get_url(self, request=None):
        return self.url


def known_translations(page, request):
    """{language code: KnownTranslation} of ``page``'s live translations that
    this reader may open; None when there is no page or site to key them by
    (the language links then ask the database themselves)."""
    if request is None or not isinstance(page, Page) or page.pk is None:
        return None
    site = Site.find_for_request(request)
    if site is None:
        return None

    def where():
        return {code: KnownTranslation(translation.path, translation.get_url(request=request))
                for code, translation in live_translations(page).items()}

    found = shared(request, f"translations:{site.pk}:{page.pk}", where)
    closed = closed_paths(request)
    return {code: translation for code, translation in found.items()
            if not translation.path.startswith(closed)}
