"""Page titles: the first thing a screen reader says and what a tab, a
bookmark and a search result show. A title must say what the page is
about ("Page", "Untitled", "Accueil" for a page that is not the home, a
single short word say nothing) and tell the page apart from the others of
its language (a site-level rule: ``check_unique``)."""

from . import definitions as d

GENERIC = {title for titles in d.GENERIC_TITLES.values() for title in titles}
HOME = set(d.HOME_TITLES)


def says_nothing(title, is_home=False):
    text = d.normalise(title)
    if not text:
        return True
    if text in GENERIC:
        return True
    if text in HOME:
        return not is_home
    return " " not in text and len(text) <= d.SHORT_TITLE_MAX_CHARACTERS and not is_home


def check(content):
    if says_nothing(content.title, content.is_home):
        return [d.RULES[d.TITLE_GENERIC].finding("title", content.title)]
    return []


def check_unique(titles):
    """``titles``: (key, language, title) of every page; returns
    {key: finding} for each page whose title another page of the same
    language also has."""
    groups = {}
    for key, language, title in titles:
        groups.setdefault((language, d.normalise(title)), []).append((key, title))
    found = {}
    for (_language, text), pages in groups.items():
        if text and len(pages) > 1:
            for key, title in pages:
                found[key] = d.RULES[d.TITLE_DUPLICATE].finding("title", title)
    return found
