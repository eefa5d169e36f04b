"""Whole pages kept for anonymous readers.

An information page is the same HTML for every reader who is not signed in
and carries no cookie of ours, so the first such reader's copy is kept in
Django's default cache and given to the next ones without routing,
rendering or a single query. Which pages: only page types that say so
(``cache_for_anonymous = True``), because only their authors know that the
page holds no form and nothing personal; contact forms, the rights
explorer, search and status lookups never opt in.

The copy is kept beside the page frame (``pages.frame``) and under the same
generation number: every publish, unpublish, move, delete, translation
sync, and every save of what pages show (snippets, settings, images,
documents), moves it on, and the next request builds the page again.

Parts: ``policy`` (which requests and answers may be kept), ``store``
(the cache entries), ``middleware`` (answers from the cache, keeps new
copies), ``hooks`` (notes the page Wagtail served), ``time_limits`` (pages
whose content changes with the clock say until when a copy holds) and
``signals`` (what else empties the cache).
"""

from .time_limits import content_changes_at, until_open_status_changes

__all__ = ["content_changes_at", "until_open_status_changes"]
