"""Knowing that a reader followed one of the home page's top tasks, without
marking the link.

No cookie, no script and no tracking parameter in the link: the browser
already says which page a link was followed from (the ``Referer`` header,
sent for links within the site under the ``same-origin`` or
``strict-origin-when-cross-origin`` referrer policies). A view counts as a
top-task click when that page was the home page of the viewed page's
language, on this site, and the viewed page is one of that home's top
tasks. The header is compared here and forgotten; nothing of it is stored.

A browser that sends no referrer (a privacy setting, a bookmark) is simply
not counted as a click: the figures are a lower bound."""

from urllib.parse import urlsplit

from django.core.exceptions import DisallowedHost
from wagtail.models import Site

from ..frame.cache import shared
from ..frame.language_frame import specific_home
from ..frame.middleware import cached_site


def _site(request):
    site = getattr(request, "_wagtail_site", None)
    if site is None:
        site = cached_site(request) or Site.find_for_request(request)
    return site


def home_and_tasks(request, language):
    """(path of the home page in ``language``, ids of its top tasks' pages),
    cached with the page frame (a publish of the home renews it)."""
    site = _site(request)
    if site is None:
        return None, frozenset()
    home = specific_home(request, site, language)
    if home is None or not hasattr(home, "reader_links"):
        return None, frozenset()

    def compute():
        tasks = home.reader_links(request)["tasks"]
        return (urlsplit(home.get_url(request) or "").path,
                frozenset(task["page"].pk for task in tasks))

    return shared(request, f"usage:home-tasks:{site.pk}:{home.pk}", compute)


def followed_a_top_task(request, page_id, language):
    """Whether this view of ``page_id`` came from a top task of the home page."""
    referrer = request.headers.get("Referer", "")
    if not referrer:
        return False
    try:
        came_from = urlsplit(referrer)
        host = request.get_host()
    except (ValueError, DisallowedHost):  # a malformed header or host: not a click
        return False
    if came_from.netloc.lower() != host.lower():
        return False
    home_path, task_ids = home_and_tasks(request, language)
    return home_path is not None and came_from.path == home_path and page_id in task_ids
