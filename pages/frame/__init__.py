"""The page frame: what every page shows around its own content (the
language home, the main menu, the organisation details in the footer) and
what every request needs to know (the site's locales, which parts of the tree
are private).

All of it is the same for every reader of a site in one language, so it is
kept in Django's cache (``frame.cache``) under a generation number that any
publish, move, unpublish or delete of a page, and any save of the snippets
and settings it is built from, moves on (``frame.signals``). A page then costs
the queries of its own content, whatever the size of the site.
"""
