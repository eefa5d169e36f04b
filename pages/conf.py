"""Settings of a Balise app, read in one place with their defaults.

Each app declares its own accessor, for example::

    app_settings = AppSettings("BALISE_PAGES", {"SEARCH_RESULTS_PER_PAGE": 10})

and a site overrides a value with ``BALISE_PAGES = {"SEARCH_RESULTS_PER_PAGE": 20}``
in its settings. Values are read when asked for, so ``override_settings``
works in tests. A setting without a default must be given by the site; the
error then names the setting to add.
"""

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

REQUIRED = object()


class AppSettings:
    def __init__(self, setting_name, defaults):
        self.setting_name = setting_name
        self.defaults = dict(defaults)

    def overrides(self):
        return getattr(settings, self.setting_name, None) or {}

    def unknown_names(self):
        """Names a site set that the app does not know: usually a typo."""
        return sorted(set(self.overrides()) - set(self.defaults))

    def unknown_name_warnings(self, app_name, check_id):
        """A system-check warning for each of ``unknown_names()``."""
        from django.core import checks

        return [checks.Warning(
            f"{self.setting_name}[{name!r}] is not a setting of the {app_name} app.",
            hint=f"Known settings: {', '.join(sorted(self.defaults))}.",
            id=check_id,
        ) for name in self.unknown_names()]

    def __getattr__(self, name):
        if name.startswith("_") or name not in self.defaults:
            raise AttributeError(f"{self.setting_name} has no setting {name!r}")
        value = self.overrides().get(name, self.defaults[name])
        if value is REQUIRED:
            raise ImproperlyConfigured(
                f"Add {self.setting_name} = {{{name!r}: ...}} to your settings: "
                "this setting has no default."
            )
        return value


app_settings = AppSettings("BALISE_PAGES", {
    # How long a reader may add a comment after answering "Did this page help you?"
    "FEEDBACK_COMMENT_MAX_AGE": 3600,
    # Answers one client may give per hour, across all pages (no IP address is stored)
    "FEEDBACK_ANSWERS_PER_HOUR": 30,
    "SEARCH_RESULTS_PER_PAGE": 10,
    # The WAGTAILSEARCH_BACKENDS entry the public search page uses; None: "whoosh"
    # when the site configures it, else "default" (the admin's backend)
    "SEARCH_BACKEND": None,
    # Days the search terms report keeps (older daily counts are deleted)
    "SEARCH_TERMS_DAYS": 90,
    # Days the use counts (pages.usage) are kept: two years, to compare a year with the last
    "USAGE_DAYS": 2 * 366,
    # How long the page frame (menu, footer, home, a page's translations) stays cached;
    # publishing clears it. None: a day with Redis or memcached, a minute with local
    # memory (another process's copy would outlive a publish)
    "FRAME_CACHE_SECONDS": None,
    # How long a whole page is kept for anonymous readers (pages.caching); publishing
    # clears it. None: a day with Redis or memcached, a minute with local memory; 0: off
    "PAGE_CACHE_SECONDS": None,
    # Local time (HH:MM) after which a request counts from the next working day
    "WORKING_DAY_CUT_OFF": "16:00",
    # Text read from a document's file for the search (characters; PDF pages)
    "DOCUMENT_TEXT_MAX_CHARS": 100_000,
    "DOCUMENT_TEXT_MAX_PAGES": 200,
    # Documents listed under the pages on the search page
    "SEARCH_DOCUMENTS_SHOWN": 5,
})


def search_backend_name():
    """The name of the search backend the public search page uses."""
    chosen = app_settings.SEARCH_BACKEND
    if chosen:
        return chosen
    configured = getattr(settings, "WAGTAILSEARCH_BACKENDS", None) or {}
    return "whoosh" if "whoosh" in configured else "default"
