"""The site chrome every page shares: the language home, the main menu, the
breadcrumb and the organisation details.

Each is one query at most and is remembered on the request, so the number of
queries for a page stays the same however large the site grows.
"""

from wagtail.models import Locale, Page, Site

from .contact.models import SiteSettings


def _remember(request, key, compute):
    store = request.__dict__.setdefault("_balise_chrome", {})
    if key not in store:
        store[key] = compute()
    return store[key]


def locale_home(request, page=None):
    """The home page of the reader's language (depth 2 in the tree)."""

    def compute():
        if page is not None and page.depth >= 2:
            return Page.objects.filter(path=page.path[: Page.steplen * 2]).first()
        site = Site.find_for_request(request)
        if site is None:
            return None
        root = site.root_page
        return (
            Page.objects.live()
            .filter(translation_key=root.translation_key, locale=Locale.get_active())
            .first()
            or root
        )

    return _remember(request, "home", compute)


def menu_pages(request, page=None):
    home = locale_home(request, page)

    def compute():
        if home is None:
            return []
        return list(Page.objects.live().in_menu().child_of(home).order_by("path"))

    return _remember(request, "menu", compute)


def breadcrumb(request, page):
    """Ancestors from the language home down to the page's parent."""

    def compute():
        if page is None or page.depth <= 2:
            return []
        return list(page.get_ancestors().filter(depth__gte=2).order_by("depth"))

    return _remember(request, "breadcrumb", compute)


def organisation(request):
    """The organisation details in the reader's language, or in French when
    they are not translated yet."""
    def compute():
        site = Site.find_for_request(request)
        if site is None:
            return None
        source = SiteSettings.for_site(site).organisation
        if source is None:
            return None
        return source.get_translation_or_none(Locale.get_active()) or source

    return _remember(request, "organisation", compute)
