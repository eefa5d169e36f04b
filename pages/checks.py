"""System checks for the configuration mistakes a site can make when it
installs Balise. Ids are stable: ``balise_pages.E001`` always means the same
mistake, so a site can silence one on purpose."""

from django.conf import settings
from django.core import checks

from .conf import app_settings, search_backend_name

LOCALE_MIDDLEWARE = "django.middleware.locale.LocaleMiddleware"
SESSION_MIDDLEWARE = "django.contrib.sessions.middleware.SessionMiddleware"
COMMON_MIDDLEWARE = "django.middleware.common.CommonMiddleware"
RENDERER = "pages.form_rendering.renderer.BaliseFormRenderer"


@checks.register(checks.Tags.translation)
def check_languages(app_configs, **kwargs):
    errors = []
    middleware = list(settings.MIDDLEWARE)
    if LOCALE_MIDDLEWARE not in middleware:
        errors.append(checks.Error(
            "LocaleMiddleware is not in MIDDLEWARE: every page would be in one language.",
            hint=f"Add {LOCALE_MIDDLEWARE!r} after SessionMiddleware and before "
                 "CommonMiddleware.",
            id="balise_pages.E001",
        ))
    else:
        position = middleware.index(LOCALE_MIDDLEWARE)
        after_session = SESSION_MIDDLEWARE not in middleware or \
            middleware.index(SESSION_MIDDLEWARE) < position
        before_common = COMMON_MIDDLEWARE not in middleware or \
            position < middleware.index(COMMON_MIDDLEWARE)
        if not (after_session and before_common):
            errors.append(checks.Error(
                "LocaleMiddleware is in the wrong place in MIDDLEWARE.",
                hint="Put it after SessionMiddleware and before CommonMiddleware.",
                id="balise_pages.E002",
            ))
    if not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        errors.append(checks.Error(
            "WAGTAIL_I18N_ENABLED is not True: pages cannot be translated.",
            hint="Set WAGTAIL_I18N_ENABLED = True and WAGTAIL_CONTENT_LANGUAGES = LANGUAGES.",
            id="balise_pages.E003",
        ))
    codes = [code for code, _name in settings.LANGUAGES]
    if settings.LANGUAGE_CODE not in codes:
        errors.append(checks.Error(
            f"LANGUAGE_CODE {settings.LANGUAGE_CODE!r} is not one of LANGUAGES {codes}.",
            hint="The source language (LANGUAGE_CODE) must be one of the site's languages.",
            id="balise_pages.E004",
        ))
    return errors


@checks.register()
def check_apps(app_configs, **kwargs):
    return installed_app_errors(list(settings.INSTALLED_APPS))


def installed_app_errors(apps):
    """Kept apart from the check so that tests can pass a list: changing
    INSTALLED_APPS in a running process reloads every app."""
    errors = []
    if "wagtail.locales" in apps:
        errors.append(checks.Error(
            "wagtail.locales is installed: Balise uses wagtail-localize's locale admin.",
            hint="Replace 'wagtail.locales' with 'wagtail_localize.locales'.",
            id="balise_pages.E005",
        ))
    for needed in ("wagtail_localize", "wagtail.contrib.settings", "locales"):
        if needed not in apps:
            errors.append(checks.Error(
                f"{needed!r} is not in INSTALLED_APPS; the pages app needs it.",
                id="balise_pages.E006",
            ))
    if "wagtail.admin" in apps and apps.index("pages") > apps.index("wagtail.admin"):
        errors.append(checks.Error(
            "'pages' comes after 'wagtail.admin' in INSTALLED_APPS: the editor would "
            "lose Balise's plain-language panel.",
            hint="Put the Balise apps before Wagtail's.",
            id="balise_pages.E007",
        ))
    if getattr(settings, "FORM_RENDERER", None) != RENDERER:
        errors.append(checks.Warning(
            "Public forms are not rendered with Balise's form renderer.",
            hint=f"Set FORM_RENDERER = {RENDERER!r} for the error summary, hints and "
                 "messages in the reader's language.",
            id="balise_pages.W001",
        ))
    errors.extend(app_settings.unknown_name_warnings("pages", "balise_pages.W002"))
    return errors


@checks.register(checks.Tags.compatibility)
def check_search_backend(app_configs, **kwargs):
    """The public search page names a backend the site does not configure:
    every search would fail."""
    name = search_backend_name()
    # without a "default" entry, Wagtail picks its database backend
    configured = {"default", *(getattr(settings, "WAGTAILSEARCH_BACKENDS", None) or {})}
    if name in configured:
        return []
    return [checks.Error(
        f"BALISE_PAGES['SEARCH_BACKEND'] is {name!r}, which is not in "
        "WAGTAILSEARCH_BACKENDS: the search page could not search.",
        hint=f"Add a {name!r} entry to WAGTAILSEARCH_BACKENDS, or choose one of "
             f"{', '.join(sorted(configured))}.",
        id="balise_pages.E008",
    )]
