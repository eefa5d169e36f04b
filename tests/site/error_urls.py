"""The reference site's URLs plus views that fail on purpose, in every
language, to reach the 400, 403 and 500 pages the way a real failure does."""

from django.conf.urls.i18n import i18n_patterns
from django.core.exceptions import BadRequest, PermissionDenied
from django.urls import path

from config import urls as site_urls
from config.urls import handler400, handler403, handler404, handler500  # noqa: F401


def bad_request(request):
    raise BadRequest("a malformed request")


def forbidden(request):
    raise PermissionDenied


def broken(request):
    raise RuntimeError("a bug in a view")


urlpatterns = [
    *i18n_patterns(
        path("test-errors/400/", bad_request),
        path("test-errors/403/", forbidden),
        path("test-errors/500/", broken),
        prefix_default_language=True,
    ),
    *site_urls.urlpatterns,
]
