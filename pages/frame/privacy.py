"""Which parts of the page tree are private (a password, a login or groups),
so that a page can be known public, and Wagtail's view-restriction check
skipped, without two queries per request.

A restriction applies to its page and everything below it, so a page is
private when a restricted page's path starts its own. Aliases take the
restrictions of their source page: below an alias the answer is left to
Wagtail (``None``).
"""

from wagtail.models import Page, PageViewRestriction

from .cache import shared


def _tree_facts():
    return {
        "restricted": tuple(sorted(set(
            PageViewRestriction.objects.values_list("page__path", flat=True)))),
        "aliases": tuple(Page.objects.filter(alias_of__isnull=False)
                         .values_list("path", flat=True)),
    }


def tree_facts(request=None):
    return shared(request, "privacy", _tree_facts)


def _under(path, prefixes):
    return any(path.startswith(prefix) for prefix in prefixes)


def is_restricted(page, request=None):
    """True or False when the cached facts settle it, None below an alias."""
    facts = tree_facts(request)
    if _under(page.path, facts["restricted"]):
        return True
    if _under(page.path, facts["aliases"]):
        return None
    return False


def is_public(page, request=None):
    """Whether any reader may see ``page``, without a password or a login."""
    restricted = is_restricted(page, request)
    if restricted is None:
        return not page.get_view_restrictions().exists()
    return not restricted
