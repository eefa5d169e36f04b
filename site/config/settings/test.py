"""Fast, isolated settings for the test suite: an in-memory-ish SQLite,
MD5 hashing, local-memory e-mail and cache, tasks run at once."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
_tmp = Path(tempfile.mkdtemp(prefix="balise-test-"))
MEDIA_ROOT = str(_tmp / "media")
BALISE_SEARCH_INDEX_DIR = str(_tmp / "search-index")
# Plain static storage: the tests need no collectstatic. whitenoise looks at
# STATIC_ROOT once at start-up; an empty folder keeps it quiet.
STATIC_ROOT = str(_tmp / "static")
Path(STATIC_ROOT).mkdir()
# django-axes needs a request for every authenticate(); Client.login() gives
# none. The sign-in tests turn it on (tests/site/test_admin_sign_in.py).
AXES_ENABLED = False
ALLOWED_HOSTS = ["*"]
