from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.staticfiles.storage import staticfiles_storage
from django.urls import include, path, re_path
from django.utils.functional import lazy
from django.views.generic import RedirectView
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from locales import urls as locales_urls
from pages import urls as pages_urls

from .admin_sign_in import ThrottledPasswordResetView

# The site's designed error pages, in the reader's language (config/errors.py).
handler400 = "config.errors.bad_request"
handler403 = "config.errors.permission_denied"
handler404 = "config.errors.page_not_found"
handler500 = "config.errors.server_error"

urlpatterns = [
    # Wagtail's password reset, throttled per client and per address; same name
    # and path, so Wagtail's own links lead here.
    path("admin/password_reset/", ThrottledPasswordResetView.as_view(),
         name="wagtailadmin_password_reset"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("language/", include(locales_urls)),
    # Feed readers and crawlers ask for /favicon.ico without reading the page's
    # <link rel="icon">: send them to the (hashed) static file, not a 404 page.
    path("favicon.ico", RedirectView.as_view(
        url=lazy(staticfiles_storage.url, str)("balise_pages/favicon.ico"))),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

# Uploaded files: the demo serves them itself, DEBUG or not (static files go
# through whitenoise); a production server leaves them to the web server.
if getattr(settings, "BALISE_SERVE_MEDIA", False):
    urlpatterns += [
        re_path(rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$", serve,
                {"document_root": settings.MEDIA_ROOT}),
    ]

# Every public URL starts with its language: /fr/, /nl/, /de/, /en/.
urlpatterns += i18n_patterns(
    path("", include(pages_urls)),
    path("", include("forms.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
