"""A small Wagtail site with the Balise apps and nothing of the reference
site (no demo content, no site/config): the app tests run on it, to show
that each app works in any Wagtail project that follows the README's
"Adding Balise to an existing Wagtail site"."""

import os
import tempfile
from pathlib import Path

import dj_database_url

SECRET_KEY = "tests-only-not-secret"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "tests.urls"
_tmp = Path(tempfile.mkdtemp(prefix="balise-apps-"))

INSTALLED_APPS = [
    "pages",
    "rights_explorer",
    "forms",
    "accessibility",
    "locales",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

TEMPLATES = [{
    "BACKEND": "django.template.backends.django.DjangoTemplates",
    "APP_DIRS": True,
    "OPTIONS": {"context_processors": [
        "django.template.context_processors.request",
        "django.contrib.auth.context_processors.auth",
        "django.contrib.messages.context_processors.messages",
        "wagtail.contrib.settings.context_processors.settings",
    ]},
}]
FORM_RENDERER = "pages.form_rendering.renderer.BaliseFormRenderer"

# SQLite in memory; or, when the environment names them (bin/test's PostgreSQL
# run), Django's test database on that PostgreSQL server and the Redis cache.
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
if os.environ.get("REDIS_URL"):
    # this run's own keys, emptied without touching another run's (tests/redis_cache.py);
    # a process the tests start inherits the prefix through the environment
    os.environ.setdefault("BALISE_TEST_CACHE_PREFIX", f"balise-apps-{os.getpid()}")
    CACHES = {"default": {"BACKEND": "tests.redis_cache.RunOwnRedisCache",
                          "LOCATION": os.environ["REDIS_URL"],
                          "KEY_PREFIX": os.environ["BALISE_TEST_CACHE_PREFIX"]}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# no Chromium started by every publish in the tests; the audit-on-publish tests turn it on
BALISE_ACCESSIBILITY = {"AUDIT_ON_PUBLISH": False}
MESSAGE_STORAGE = "django.contrib.messages.storage.cookie.CookieStorage"

LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "French"), ("nl", "Dutch"), ("de", "German"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Brussels"

STATIC_URL = "/static/"
STATIC_ROOT = str(_tmp / "static")
MEDIA_URL = "/media/"
MEDIA_ROOT = str(_tmp / "media")
WAGTAIL_SITE_NAME = "Balise tests"
WAGTAILDOCS_DOCUMENT_MODEL = "balise_pages.BaliseDocument"
WAGTAILADMIN_BASE_URL = "http://testserver"
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database"},
    # the public search page's backend; this run's own index, kept current on save
    "whoosh": {"BACKEND": "pages.search.backend", "PATH": str(_tmp / "search-index"),
               "AUTO_UPDATE": True},
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] = "simple"  # as the reference site
# Named in the contact forms' privacy notice (balise_forms.W001 when unset).
BALISE_FORMS = {"DATA_PROTECTION_OFFICER": {"name": "", "email": "dpo@example.org"}}
