"""URLs of the small test site: what README's "Adding Balise to an
existing Wagtail site" asks a project to add."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("language/", include("locales.urls")),
]
urlpatterns += i18n_patterns(
    path("", include("pages.urls")),
    path("", include("forms.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
