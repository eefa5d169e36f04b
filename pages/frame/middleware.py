"""Optional: the site and the language home from the cached frame, before
Wagtail looks them up.

Wagtail keeps the request's site in ``request._wagtail_site`` (documented in
``Site.find_for_request``) and a page's route in
``request._wagtail_route_for_request`` (``Page.route_for_request``), and
looks in the database only when they are missing. Filled here from the frame
cache, a page no longer pays for the site, the active locale, the home's
translation and its specific row (up to four queries) before its own. The
route itself is still Wagtail's: the cached home's ``route``, exactly as
``route_for_request`` would call it. Without this middleware everything
works the same, with those queries.

Add ``"pages.frame.middleware.FrameMiddleware"`` to ``MIDDLEWARE``, after
``LocaleMiddleware``.
"""

from django.http import Http404
from django.http.request import split_domain_port
from wagtail import views as wagtail_views
from wagtail.models import Site

from .cache import shared
from .language_frame import content_language, specific_home


def _known_hostnames(request):
    return shared(request, "hostnames", lambda: frozenset(
        Site.objects.values_list("hostname", flat=True)))


def cached_site(request):
    """Wagtail's own answer for this host, computed once per generation. A
    host no site names gets the default site whatever it is, so every
    unknown host shares one entry (a stream of made-up hosts adds none)."""
    try:
        hostname = split_domain_port(request._get_raw_host())[0]
        port = request.get_port()
    except Exception:  # a malformed host: let Wagtail (and Django) answer
        return None
    name = f"site-for:{hostname}:{port}" if hostname in _known_hostnames(request) \
        else "site-for:*"
    return shared(request, name, lambda: Site._find_for_request(request))


class FrameMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        """Only for Wagtail's page view (pages and their 404s): the admin and
        other views look the site up themselves, as before."""
        if view_func is not wagtail_views.serve or hasattr(request, "_wagtail_route_for_request"):
            return None
        if not hasattr(request, "_wagtail_site"):
            site = cached_site(request)
            if site is not None:
                request._wagtail_site = site
        site = Site.find_for_request(request)
        home = specific_home(request, site, content_language()) if site is not None else None
        if home is None:
            return None
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        try:
            route = home.route(request, [part for part in path.split("/") if part])
        except Http404:
            route = None
        request._wagtail_route_for_request = route
        return None
