"""Routing a URL below a language home in one query.

Wagtail walks the path one slug at a time, two queries a level (the child,
then its specific page), then reads the page's ancestors and their view
restrictions: two more queries. Every Wagtail page stores its full
``url_path``, so one query brings the root, the home and every page down to
the one asked for, each with whether it carries a view restriction; only the
last page needs its specific fields. The same rows are the breadcrumb.

Only pages that route the way Wagtail's ``Page.route`` does are walked this
way; when a page on the way routes by itself (a routable page, a form with
steps), a slug is not found or an alias is on the way, Wagtail's own walk and
checks answer instead, so the result is always the one Wagtail would give.
The restriction check stays in the database, never in a cache: a page made
private is private at once in every process.
"""

from dataclasses import dataclass

from django.db import connections, router
from wagtail.models import Page, PageViewRestriction

FACTS_ATTRIBUTE = "_balise_route"


@dataclass(frozen=True)
class RouteFacts:
    ancestors: tuple  # from the root down to the page's parent
    restricted_ids: tuple  # the page and ancestors that carry a view restriction
    alias_on_the_way: bool


def _routes_like_wagtail(page):
    model = page.specific_class
    return model is not None and model.route is Page.route


def _ancestor_paths(page):
    return [page.path[: Page.steplen * depth] for depth in range(1, page.depth)]


def _route_rows(home, prefixes):
    """The pages at ``prefixes`` (url paths) below ``home`` and the home's
    ancestors, from the root down, each with ``balise_restricted``. Written
    in SQL: Django took three times as long to make this query as the
    database took to answer it (1.3 ms against 0.4, on every page view)."""
    alias = router.db_for_read(Page)
    quote = connections[alias].ops.quote_name
    ancestors = _ancestor_paths(home)
    places = ", ".join(["%s"] * len(prefixes))
    sql = (
        f"SELECT p.*, EXISTS (SELECT 1 FROM {quote(PageViewRestriction._meta.db_table)} r"  # noqa: S608 - quoted names, values are parameters
        f" WHERE r.page_id = p.id) AS balise_restricted"
        f" FROM {quote(Page._meta.db_table)} p"
        f" WHERE (p.url_path IN ({places}) AND p.path LIKE %s)"
    )
    if ancestors:
        sql += f" OR p.path IN ({', '.join(['%s'] * len(ancestors))})"
    # a tree path is digits and capital letters: no LIKE wildcard in it
    return list(Page.objects.using(alias).raw(
        sql + " ORDER BY p.depth", [*prefixes, f"{home.path}%", *ancestors]))


def _specific(row):
    """The page of ``row`` as its own type, its row and those of its model's
    parents joined in SQL (Wagtail's ``specific``: the same query through the
    ORM, twice as long to make)."""
    model = row.specific_class
    if model is None or model is Page:
        return row.specific
    alias = row._state.db or router.db_for_read(model)
    quote = connections[alias].ops.quote_name
    tables = [parent for parent in reversed(model._meta.get_parent_list())
              if parent is not Page] + [model]
    sql = "SELECT p.*" + "".join(f", t{number}.*" for number in range(len(tables)))
    sql += f" FROM {quote(Page._meta.db_table)} p"
    for number, table in enumerate(tables):
        sql += (f" JOIN {quote(table._meta.db_table)} t{number}"
                f" ON t{number}.{quote(table._meta.pk.column)} = p.id")
    found = list(model._default_manager.using(alias).raw(sql + " WHERE p.id = %s", [row.pk]))
    return found[0] if found else row.specific


def route_in_one_query(home, path_components):
    """The specific page at ``path_components`` below ``home`` (``home``
    itself for none), with its ``RouteFacts``; None when Wagtail's own walk
    must decide."""
    prefixes = [home.url_path + "".join(f"{slug}/" for slug in path_components[:size])
                for size in range(len(path_components) + 1)]
    rows = _route_rows(home, prefixes)
    expected_depth = home.depth + len(path_components)
    if [row.depth for row in rows] != list(range(1, expected_depth + 1)):
        return None
    chain = rows[home.depth:]
    if not all(_routes_like_wagtail(page) for page in chain[:-1]):
        return None
    parent = home
    for page in chain:
        page._cached_parent_obj = parent
        parent = page
    found = home
    if chain:
        found = _specific(chain[-1])
        found._cached_parent_obj = chain[-1]._cached_parent_obj
    setattr(found, FACTS_ATTRIBUTE, RouteFacts(
        ancestors=tuple([*rows[:home.depth - 1], home, *chain[:-1]] if chain else rows[:-1]),
        restricted_ids=tuple(row.pk for row in rows if row.balise_restricted),
        alias_on_the_way=any(row.alias_of_id for row in rows),
    ))
    return found


def route_facts(page):
    """What routing learnt about ``page``, or None when Wagtail routed it."""
    return getattr(page, FACTS_ATTRIBUTE, None)


def view_restrictions(page):
    """The restrictions on ``page`` and its ancestors as Wagtail's
    ``get_view_restrictions`` finds them, without its two queries when the
    routing rows already said; None when Wagtail must look."""
    facts = route_facts(page)
    if facts is None or facts.alias_on_the_way:
        return None
    if not facts.restricted_ids:
        return PageViewRestriction.objects.none()
    return PageViewRestriction.objects.filter(page_id__in=facts.restricted_ids)


def ancestors(page):
    """From the root down to ``page``'s parent, when routing found them."""
    facts = route_facts(page)
    return None if facts is None else list(facts.ancestors)
