"""The site chrome every page shares: the language home, the main menu, the
breadcrumb and the organisation details.

What is the same for every reader of a site in one language (home, menu,
organisation) comes from the cached frame (``pages.frame``): no query once
built. The breadcrumb is the page's own: it comes from the rows that routed
the page (``frame.routing``), or from one query for its ancestors, once a
request. A page in the menu or the breadcrumb that is not live and public is
not linked (``pages.links``).
"""

from wagtail import hooks
from wagtail.models import Page

from .frame.cache import per_request, shared
from .frame.language_frame import content_language, language_frame
from .frame.routing import ancestors as routed_ancestors


def _frame(request):
    return language_frame(request, content_language())


def locale_home(request, page=None):
    """The home page of the reader's language (depth 2 in the tree)."""
    home = _frame(request)["home"]
    if page is None or page.depth < 2 or (home is not None and page.path.startswith(home.path)):
        return home
    # A page outside the language's tree (a preview, another site's page).
    return per_request(request, f"home-of:{page.path[:Page.steplen * 2]}", lambda: (
        Page.objects.filter(path=page.path[: Page.steplen * 2]).first()))


def menu_pages(request, page=None):
    home = locale_home(request, page)
    frame = _frame(request)
    if home is not None and frame["home"] is not None and home.pk != frame["home"].pk:
        return per_request(request, f"menu-of:{home.pk}", lambda: [
            item for item in Page.objects.live().public().in_menu().child_of(home)
            .order_by("path")])
    return frame["menu"]


def breadcrumb(request, page):
    """Ancestors from the language home down to the page's parent."""
    if page is None or page.depth <= 2:
        return []

    def compute():
        found = routed_ancestors(page)
        if found is None:
            found = list(page.get_ancestors().order_by("depth"))
        return [ancestor for ancestor in found if ancestor.depth >= 2]

    return per_request(request, f"breadcrumb:{page.pk}", compute)


def organisation(request):
    """The organisation details in the reader's language, or in French when
    they are not translated yet."""
    return _frame(request)["organisation"]


def site_settings(request):
    """The site's ``SiteSettings`` (promised answer times...), read with the
    frame and never created by a page view; None before staff save them."""
    return _frame(request)["settings"]


# Other apps add links to the footer of every page (the accessibility
# statement) without the pages app knowing them: a function registered under
# this hook name gets (request, language home) and returns None or
# {"url": ..., "text": ...}. Called when the cached footer is built, so a
# publish (which renews the frame) is what brings a new link.
FOOTER_LINKS_HOOK = "balise_footer_links"


def footer_links(request, home=None):
    """The links other apps put in the footer (``FOOTER_LINKS_HOOK``)."""
    home = home if home is not None else _frame(request)["home"]
    found = []
    for link_for in hooks.get_hooks(FOOTER_LINKS_HOOK):
        link = link_for(request, home)
        if link:
            found.append(link)
    return found


def footer_html(request, render):
    """``render(organisation, links)``, cached for every reader of the site and
    language; ``links`` are the other apps' footer links."""
    frame = _frame(request)
    home = frame["home"]
    return shared(request, f"footer:{getattr(home, 'pk', 0)}:{content_language()}",
                  lambda: render(frame["organisation"], footer_links(request, home)))
