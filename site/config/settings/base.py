"""Settings shared by every environment of the reference site."""

import os
from datetime import timedelta

import dj_database_url
from django.utils.translation import gettext_lazy as _

from .environment import REPO_DIR, csv_list, trusted_proxies, var_dir
from .error_reports import admins_from, logging_config

BALISE_VAR_DIR = var_dir()
PROJECT_DIR = REPO_DIR / "site"

INSTALLED_APPS = [
    "demo",
    "pages",
    "csp",
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
    "django_tasks",
    "django_tasks_db",
    # Sign-in lock-out (admin_sign_in.py). Django's own admin is not installed:
    # the Wagtail admin is the only one, and nothing here needs the other.
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy and Permissions-Policy on every response, static files too
    # (outside whitenoise, which answers those itself): pages/security/
    "pages.security.content_policy.ContentSecurityPolicyMiddleware",
    "pages.security.headers.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # counts page views (pages/usage/): before, so outside, any page cache middleware
    "pages.usage.middleware.UsageMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # the site and the language home from the cached page frame (pages/frame/middleware.py)
    "pages.frame.middleware.FrameMiddleware",
    "django.middleware.common.CommonMiddleware",
    # the citizens' forms: a cookie-free check instead of Django's (pages/security/)
    "pages.security.public_forms.PublicFormCsrfMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Whole pages for anonymous readers (pages/caching/): after the language and after
    # every middleware that adds headers or counts views (pages.usage's counting must
    # stay BEFORE this line, outside it, so that copies from the cache are counted too)
    "pages.caching.middleware.AnonymousPageCacheMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # last, as django-axes asks: turns a lock-out into its answer page
    "axes.middleware.AxesMiddleware",
]

# Every public form gets the design system's markup (error summary, hints, "(optional)").
FORM_RENDERER = "pages.form_rendering.renderer.BaliseFormRenderer"

# Background work (plain-language results; later e-mail and audits) goes through
# django-tasks: a database queue, worked through by `manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

_database_url = os.environ.get("DATABASE_URL") or f"sqlite:///{BALISE_VAR_DIR / 'balise.sqlite3'}"
# On SQLite a connection is kept by default (10 minutes): opening one, with the
# pragmas below, cost about 1.5 ms of CPU per request (benchmarks/contact_form.py).
DATABASES = {
    "default": dj_database_url.parse(
        _database_url,
        conn_max_age=int(os.environ.get(
            "DATABASE_CONN_MAX_AGE", "600" if _database_url.startswith("sqlite") else "0")),
    )
}
# SQLite with several server workers or threads writing at once (contact forms):
# WAL lets readers go on while one writes, and with synchronous=NORMAL a commit
# no longer waits for the disk (still safe against a crash; a power cut may lose
# the last commits); a writer waits up to 20 s for another instead of failing
# with "database is locked"; and every transaction takes the write lock when it
# begins (IMMEDIATE), because a transaction that read first and then writes
# cannot wait for the lock: SQLite fails it at once. PostgreSQL needs none of it.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        **DATABASES["default"].get("OPTIONS", {}),
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: French is the source (staff write in it), the others are
# wagtail-localize translations. The public site names each language in its own
# language (locales.languages); these names are for the admin, in its language.
LANGUAGE_CODE = "fr"
LANGUAGES = [
    ("fr", _("French")),
    ("nl", _("Dutch")),
    ("de", _("German")),
    ("en", _("English")),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
USE_I18N = True
USE_TZ = True
TIME_ZONE = os.environ.get("TIME_ZONE", "Europe/Brussels")

STATIC_URL = "/static/"
STATIC_ROOT = os.environ.get("STATIC_ROOT") or str(BALISE_VAR_DIR / "static")
MEDIA_URL = "/media/"
MEDIA_ROOT = str(BALISE_VAR_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Served by whitenoise (MIDDLEWARE) from STATIC_ROOT. The demo without DEBUG and
# production use hashed, compressed files: run `collectstatic` first (bin/demo does).
HASHED_STATIC_STORAGE = {
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
}
# Uploaded files served by Django itself (the demo); a server leaves them to the web server.
BALISE_SERVE_MEDIA = False

# E-mail: files under var/mail unless an SMTP host is given.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "1") == "1"
else:
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = str(BALISE_VAR_DIR / "mail")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "noreply@cpas-valmont.example")

CACHES = {
    "default": {
        "BACKEND": os.environ.get(
            "CACHE_BACKEND", "django.core.cache.backends.locmem.LocMemCache"
        ),
        "LOCATION": os.environ.get("CACHE_LOCATION", "balise"),
    }
}
# Several server processes or machines: one cache they all read and clear (a
# publish then empties every worker's page cache, not only its own). Local
# memory stays the default: one process, nothing to install.
if os.environ.get("REDIS_URL"):
    CACHES["default"] = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "balise"),
    }

# Search: the admin uses Wagtail's database backend; the public search page
# uses the Whoosh backend (BALISE_PAGES["SEARCH_BACKEND"]), whose index lives in
# BALISE_SEARCH_INDEX_DIR (read when the backend starts, so a settings module
# that changes that folder needs no PATH here). Both are kept current on save.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database"},
    "whoosh": {"BACKEND": "pages.search.backend", "AUTO_UPDATE": True},
}
# On PostgreSQL the database backend's text configuration is named, not left to
# the server's default (which follows its locale: often 'english', stemming
# French pages as English): 'simple', as tests/pages/test_search_contract.py runs it.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] = "simple"
BALISE_SEARCH_INDEX_DIR = str(BALISE_VAR_DIR / "search-index")

WAGTAIL_SITE_NAME = os.environ.get("WAGTAIL_SITE_NAME", "CPAS de Valmont")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "rtf", "txt", "xlsx"]
# Uploads in the admin (pages/documents/uploads.py): a document's content must
# match its extension, names lose folders, control characters and inner
# extensions; no SVG image (it can carry scripts). Documents are sent by
# Django (private collections stay private) with nosniff, a sandboxing CSP and,
# for anything but PDF, as a download; nginx serves /media/ images only
# (deploy/nginx/balise.conf).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "pages.documents.uploads.SafeDocumentForm"
WAGTAILIMAGES_IMAGE_FORM_BASE = "pages.documents.uploads.SafeImageForm"
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_CONTENT_TYPES = {
    "csv": "text/csv",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "pdf": "application/pdf",
    "rtf": "application/rtf",
    "txt": "text/plain",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
# Request bodies: 2.5 MB of form fields at most; files above 2.5 MB go to a
# temporary file instead of memory (Django's defaults, stated).
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
# documents with a description and the text of the file, for the search
WAGTAILDOCS_DOCUMENT_MODEL = "balise_pages.BaliseDocument"
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

ALLOWED_HOSTS = csv_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")

MESSAGE_STORAGE = "django.contrib.messages.storage.cookie.CookieStorage"

# Errors: the designed pages (config/errors.py, handlers in config/urls.py) and
# where reports go: stderr always, e-mail to ADMINS ("Name <a@b>,...") when set.
CSRF_FAILURE_VIEW = "config.errors.csrf_failure"
ADMINS = admins_from("ADMINS")
LOGGING = logging_config(mail_admins=bool(ADMINS))

# The admin's sign-in: django-axes locks an account, and a client, out after
# AXES_FAILURE_LIMIT wrong passwords, for AXES_COOLOFF_MINUTES; every failure
# and lock-out is logged (logger "axes"). Unlock early with
# `manage.py axes_reset_username NAME` or `manage.py axes_reset`.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # either one reaching the limit
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "config.admin_sign_in.locked_out"
AXES_DISABLE_ACCESS_LOG = True  # failures are kept, successful sign-ins are not
AXES_ENABLE_ADMIN = False  # there is no Django admin to show them in
AXES_VERBOSE = False  # no start-up banner on every command
AXES_SENSITIVE_PARAMETERS = []  # the log names the account and the client (never the password)
# Behind N reverse proxies, the client is the Nth address from the right of
# X-Forwarded-For (the one the outermost proxy saw); 0: REMOTE_ADDR.
BALISE_PROXY_COUNT = int(os.environ.get("BALISE_PROXY_COUNT", "0"))
# Or, better, the reverse proxies' own addresses or networks (nginx on the same
# machine: "127.0.0.1,::1"): X-Forwarded-For is then read only on requests
# from them, and the client is its rightmost address that is not one of them.
BALISE_TRUSTED_PROXIES = trusted_proxies("BALISE_TRUSTED_PROXIES")
AXES_CLIENT_IP_CALLABLE = "config.admin_sign_in.client_address"
# "Forgotten password?" (config/admin_sign_in.py): requests per window.
BALISE_PASSWORD_RESET_THROTTLE = {"per_client": 10, "per_address": 3, "window_minutes": 60}

# The admin fetches nothing from another origin: no Gravatar pictures, no
# check for a newer Wagtail on releases.wagtail.org.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Named in every contact form's privacy notice (balise_forms.W001 when unset).
# The name may stay empty: the notice then says "our data protection officer"
# in the reader's language.
BALISE_FORMS = {"DATA_PROTECTION_OFFICER": {
    "name": os.environ.get("BALISE_DPO_NAME", ""),
    "email": os.environ.get("BALISE_DPO_EMAIL", "dpo@example.org"),
}}

# SECURITY (pages/security/, README "Security"): the headers every response carries.
# One fixed Content-Security-Policy, no nonce (anonymous pages are cached): scripts and
# styles from this site only, never inline scripts; the admin alone allows inline styles
# and frame-ancestors is 'self' only where Wagtail's preview sends X-Frame-Options:
# SAMEORIGIN, else 'none' (pages.security.content_policy).
CONTENT_SECURITY_POLICY = {"DIRECTIVES": {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "media-src": ["'self'"],
    "frame-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}}
# Referrer-Policy: a link to another site tells it nothing of the page it was
# followed from (a page's address can say what a citizen was reading: debts, health);
# the site itself still sees where its readers come from.
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views say SAMEORIGIN themselves
